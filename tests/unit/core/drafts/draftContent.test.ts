import { describe, it, expect } from 'vitest';
import { deriveDraftContent } from '../../../../src/main/core/drafts/draftContent';
import { docOf, docWith, paragraph } from '../../helpers/docs';

describe('deriveDraftContent', () => {
  it('derives the stored fields, the plain text and the checked document in one go', () => {
    const doc = docOf({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] }, paragraph('Two words.'));
    const derived = deriveDraftContent(doc);
    expect(derived.plainText).toBe('Title\nTwo words.\n');
    expect(derived.stored).toEqual({
      docJson: JSON.stringify(derived.checkedDoc),
      bodyHtml: '<h2>Title</h2><p>Two words.</p>',
      excerpt: 'Title Two words.',
      wordCount: 3,
      readingMinutes: 1,
    });
    expect(derived.checkedDoc).toEqual(doc);
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
