import { describe, it, expect } from 'vitest';
import { deriveDraftContent } from '../../../../src/main/core/drafts/draftContent';
import { storedChunk } from '../../../../src/main/core/drafts/draftChunks';
import { searchBodyChunk } from '../../../../src/main/core/search/searchChunks';
import { docOf, docWith, paragraph } from '../../helpers/docs';

describe('deriveDraftContent', () => {
  it('derives the stored fields (the document and its HTML as one chunk), the search body and the checked document in one go', () => {
    const doc = docOf({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] }, paragraph('Two words.'));
    const derived = deriveDraftContent(doc);
    expect(derived.searchBody).toEqual([searchBodyChunk('Title\nTwo words.\n')]);
    expect(derived.stored).toEqual({
      chunks: [storedChunk(JSON.stringify(derived.checkedDoc), '<h2>Title</h2><p>Two words.</p>')],
      excerpt: 'Title Two words.',
      wordCount: 3,
      readingMinutes: 1,
    });
    expect(derived.checkedDoc).toEqual(doc);
  });

  it('indexes a long document in chunks of lines that join back to its plain text', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: ${'word '.repeat(5 + (i % 11))}end.`);
    const { searchBody } = deriveDraftContent(docWith(...paragraphs));
    expect(searchBody.length).toBeGreaterThan(1);
    expect(searchBody.map((chunk) => chunk.text).join('')).toBe(paragraphs.map((p) => `${p}\n`).join(''));
  });

  it('fills in the attributes the schema gives a node by default', () => {
    const { checkedDoc } = deriveDraftContent(docOf({ type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('x')] }] }));
    expect(checkedDoc.content?.[0]?.attrs).toEqual({ start: 1, type: null });
  });

  it('takes the excerpt from the start of a long text, and from further on when the start is blank', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(' ');
    const long = deriveDraftContent(docWith(words));
    expect(long.stored.excerpt.endsWith('…')).toBe(true);
    expect(words.startsWith(long.stored.excerpt.slice(0, -1))).toBe(true);

    const blankStart = deriveDraftContent(docOf(...Array.from({ length: 2_000 }, () => ({ type: 'paragraph' })), paragraph(words)));
    expect(blankStart.stored.excerpt).toBe(long.stored.excerpt);
  });
});
