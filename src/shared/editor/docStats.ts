import type { JSONContent } from '@tiptap/core';
import { countText, readingMinutes, type TextCounts } from '../readingTime';

/** The block nodes after which reading text gets a break, so words never run together. */
const BLOCK_TYPES = new Set([
  'paragraph', 'heading', 'blockquote', 'listItem', 'codeBlock', 'bulletList', 'orderedList', 'horizontalRule',
  'taskList', 'taskItem', 'table', 'tableRow', 'tableHeader', 'tableCell',
]);

/** The blocks whose footnotes are read right after them (footnotes sit in their inline content). */
const TEXT_BLOCK_TYPES = new Set(['paragraph', 'heading']);

/**
 * Plain text of a Tiptap JSON document, blocks separated by newlines. Every block's text ends
 * with a newline (or is empty), so the text of a document is the concatenation of its
 * top-level blocks' texts (see src/main/core/drafts/draftContent.ts). What a reader reads
 * counts: a footnote's note comes on its own line after the paragraph it hangs on (not in the
 * middle of the sentence), and an image's caption on its own line.
 */
export function docPlainText(doc: JSONContent): string {
  const parts: string[] = [];
  let notes: string[] = [];
  const flushNotes = (): void => {
    for (const note of notes) parts.push(`${note}\n`);
    notes = [];
  };
  const walk = (node: JSONContent): void => {
    if (node.type === 'text' && node.text) parts.push(node.text);
    else if (node.type === 'hardBreak') parts.push('\n');
    else if (node.type === 'footnote' && typeof node.attrs?.text === 'string' && node.attrs.text.trim()) notes.push(node.attrs.text);
    else if (node.type === 'image' && typeof node.attrs?.caption === 'string' && node.attrs.caption.trim()) parts.push(`${node.attrs.caption}\n`);
    for (const child of node.content ?? []) walk(child);
    if (node.type && BLOCK_TYPES.has(node.type)) parts.push('\n');
    if (node.type && TEXT_BLOCK_TYPES.has(node.type)) flushNotes();
  };
  walk(doc);
  // Only a footnote given on its own, outside any paragraph, is left.
  flushNotes();
  return parts.join('');
}

export function countImages(doc: JSONContent): number {
  let images = 0;
  const walk = (node: JSONContent): void => {
    if (node.type === 'image') images += 1;
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return images;
}

export interface DocStats extends TextCounts {
  images: number;
  characters: number;
  readingMinutes: number;
}

export function docStats(doc: JSONContent): DocStats {
  return statsFromText(docPlainText(doc), countImages(doc));
}

export function statsFromText(text: string, images: number): DocStats {
  const counts = countText(text);
  return {
    ...counts,
    images,
    characters: text.replace(/\n/g, '').length,
    readingMinutes: readingMinutes({ ...counts, images }),
  };
}

export const EMPTY_DOC: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };
