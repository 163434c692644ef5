import type { JSONContent } from '@tiptap/core';
import { countImages, docPlainText, statsFromText } from '../../../shared/editor/docStats';
import { parseDoc, renderBodyHtml } from '../render/renderBodyHtml';
import type { DraftRecord } from './draftsRepository';

const EXCERPT_LENGTH = 200;

export type DerivedContent = Pick<DraftRecord, 'docJson' | 'bodyHtml' | 'excerpt' | 'wordCount' | 'readingMinutes'>;

function excerptOf(plainText: string): string {
  // Only the start is needed: collapse the whitespace of a prefix long enough to fill the
  // excerpt (the whole text when the prefix turns out mostly blank), not of a whole book.
  const head = plainText.slice(0, EXCERPT_LENGTH * 8);
  let text = head.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH && head.length < plainText.length) text = plainText.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  return `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/**
 * Everything a draft stores besides its own fields, derived from its document once per write:
 * the checked JSON, the HTML, the counts and the excerpt, plus the plain text the search index
 * takes and the checked document itself (what reading the draft back would give). The
 * document is parsed once and rendered once.
 */
export function deriveDraftContent(doc: JSONContent): { stored: DerivedContent; plainText: string; checkedDoc: JSONContent } {
  const node = parseDoc(doc);
  const checkedDoc = node.toJSON() as JSONContent;
  const plainText = docPlainText(doc);
  const stats = statsFromText(plainText, countImages(doc));
  return {
    checkedDoc,
    stored: {
      docJson: JSON.stringify(checkedDoc),
      bodyHtml: renderBodyHtml(node),
      excerpt: excerptOf(plainText),
      wordCount: stats.words + stats.cjkCharacters,
      readingMinutes: stats.readingMinutes,
    },
    plainText,
  };
}
