import type { JSONContent } from '@tiptap/core';
import { countText, readingMinutes, type TextCounts } from '../readingTime';

/** The block nodes after which reading text gets a break, so words never run together. */
const BLOCK_TYPES = new Set([
  'paragraph', 'heading', 'blockquote', 'listItem', 'codeBlock', 'bulletList', 'orderedList', 'horizontalRule',
]);

/** Plain text of a Tiptap JSON document, blocks separated by newlines. */
export function docPlainText(doc: JSONContent): string {
  const parts: string[] = [];
  const walk = (node: JSONContent): void => {
    if (node.type === 'text' && node.text) parts.push(node.text);
    else if (node.type === 'hardBreak') parts.push('\n');
    for (const child of node.content ?? []) walk(child);
    if (node.type && BLOCK_TYPES.has(node.type)) parts.push('\n');
  };
  walk(doc);
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
