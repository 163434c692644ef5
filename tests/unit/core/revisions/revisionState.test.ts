import { describe, it, expect } from 'vitest';
import { contentHash, parseState, serializeState, stateOfDraft, type RevisionState } from '../../../../src/main/core/revisions/revisionState';
import { docOf, docWith, paragraph, text } from '../../helpers/docs';

const state = (doc: RevisionState['doc']): RevisionState => ({
  title: 'Title',
  author: 'Ann',
  date: '2026-11-29',
  description: 'About it',
  tags: ['travel', 'food'],
  doc,
});

describe('serializeState / parseState', () => {
  it('puts the fields on the first line and one block per line after it', () => {
    const serialized = serializeState(state(docWith('One', 'Two')));
    const lines = serialized.split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] as string)).toEqual({ title: 'Title', author: 'Ann', date: '2026-11-29', description: 'About it', tags: ['travel', 'food'], doc: { type: 'doc' } });
    expect(JSON.parse(lines[2] as string)).toEqual(paragraph('Two'));
  });

  it('round-trips documents exactly, including line breaks, marks, emoji and a doc with no or empty content', () => {
    const tricky = docOf(
      paragraph('first\nline', text('bold 🎉', [{ type: 'bold' }])),
      { type: 'heading', attrs: { level: 2 }, content: [text('\u2028 separators \r\n too')] },
      { type: 'image', attrs: { src: 'library-assets/x.png', alt: null } },
    );
    for (const doc of [tricky, docOf(), { type: 'doc' }, { type: 'doc', attrs: { lang: 'en' }, content: [paragraph('x')] }]) {
      const original = state(doc);
      const serialized = serializeState(original);
      expect(parseState(serialized)).toEqual(original);
      expect(serializeState(parseState(serialized))).toBe(serialized);
    }
    expect(parseState(serializeState(state(docOf()))).doc).toEqual({ type: 'doc', content: [] });
    expect(parseState(serializeState(state({ type: 'doc' }))).doc).toEqual({ type: 'doc' });
  });
});

describe('stateOfDraft', () => {
  it('takes the revision fields of a draft and nothing else', () => {
    const draft = { ...state(docWith('Body')), id: 7, version: 3, slug: 'title' };
    expect(stateOfDraft(draft)).toEqual(state(docWith('Body')));
  });
});

describe('contentHash', () => {
  it('is a 32-byte SHA-256 that changes with any field', () => {
    const a = contentHash(serializeState(state(docWith('Body'))));
    expect(a).toHaveLength(32);
    expect(contentHash(serializeState(state(docWith('Body'))))).toEqual(a);
    expect(contentHash(serializeState({ ...state(docWith('Body')), tags: ['travel'] }))).not.toEqual(a);
    expect(contentHash(serializeState(state(docWith('Body.'))))).not.toEqual(a);
  });
});
