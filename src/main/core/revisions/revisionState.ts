import { createHash } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import type { Draft } from '../../../shared/draft';

/** What a revision keeps of a draft: the writing and the fields a writer edits by hand. */
export interface RevisionState {
  title: string;
  author: string;
  date: string;
  description: string;
  tags: string[];
  doc: JSONContent;
}

export function stateOfDraft(draft: Pick<Draft, keyof RevisionState>): RevisionState {
  const { title, author, date, description, tags, doc } = draft;
  return { title, author, date, description, tags: [...tags], doc };
}

/**
 * The one text form of a state that revisions store, diff and hash: a header line with the
 * fields, then one line per top-level block. Block per line lets the differ's line mode line
 * up unchanged paragraphs cheaply before it looks at characters. JSON escapes every newline
 * inside strings, so a line break only ever separates blocks. A doc without `content` has
 * no second line; one with `content: []` ends in a lone newline, so both come back as they were.
 */
export function serializeState(state: RevisionState): string {
  const { content, ...docRest } = state.doc;
  const { title, author, date, description, tags } = state;
  const header = JSON.stringify({ title, author, date, description, tags, doc: docRest });
  if (content === undefined) return header;
  return [header, ...content.map((block) => JSON.stringify(block))].join('\n') + (content.length === 0 ? '\n' : '');
}

export function parseState(text: string): RevisionState {
  const [header = '', ...blockLines] = text.split('\n');
  const parsed = JSON.parse(header) as RevisionState;
  if (blockLines.length > 0) {
    const isEmptyContent = blockLines.length === 1 && blockLines[0] === '';
    parsed.doc = { ...parsed.doc, content: isEmptyContent ? [] : blockLines.map((line) => JSON.parse(line) as JSONContent) };
  }
  return parsed;
}

/** SHA-256 of the serialized state: tells "did the content change?" without reading a revision back. */
export function contentHash(serialized: string): Buffer {
  return createHash('sha256').update(serialized, 'utf8').digest();
}
