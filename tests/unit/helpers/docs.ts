import type { JSONContent } from '@tiptap/core';

/** Small builders for Tiptap JSON documents of the post schema. */
export const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

export const paragraph = (...content: (string | JSONContent)[]): JSONContent => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});

export const docOf = (...blocks: JSONContent[]): JSONContent => ({ type: 'doc', content: blocks });

/** A document of one paragraph per text. */
export const docWith = (...paragraphs: string[]): JSONContent => docOf(...paragraphs.map((p) => paragraph(p)));
