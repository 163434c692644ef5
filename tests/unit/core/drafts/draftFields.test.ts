import { describe, it, expect } from 'vitest';
import { checkDraftFields, cleanTagName, cleanTags } from '../../../../src/main/core/drafts/draftFields';
import { appErrorFrom } from '../../helpers/appError';

describe('cleanTags', () => {
  it('trims, collapses inner spaces, drops empty ones and case-insensitive repeats, keeps the order', () => {
    expect(cleanTags([' Travel ', 'food', 'travel', '', '  ', 'Slow   living', 'FOOD'])).toEqual(['Travel', 'food', 'Slow living']);
    expect(cleanTagName('  a \t b ')).toBe('a b');
  });
});

describe('checkDraftFields', () => {
  it('accepts good fields, and fields left out', () => {
    expect(() => checkDraftFields({})).not.toThrow();
    expect(() =>
      checkDraftFields({ title: 'T', slug: 'a-b-1', status: 'published', tags: ['x'], coverImage: '', canonicalUrl: 'https://x.org', language: 'en', date: '2026-11-29' }),
    ).not.toThrow();
  });

  it('ignores the document and the ids (they are checked elsewhere)', () => {
    expect(() => checkDraftFields({ id: -1, baseVersion: -1, doc: { type: 'nonsense' } })).not.toThrow();
  });

  it.each([
    [{ slug: 'Two  Words' }, 'The slug "Two  Words" may only hold lowercase letters, digits and single dashes'],
    [{ slug: 'a--b' }, 'The slug "a--b" may only hold lowercase letters, digits and single dashes'],
    [{ status: 'live' }, 'The status must be draft, scheduled or published, not "live"'],
    [{ date: '2026-02-30' }, 'Invalid date: is not a real calendar date'],
    [{ tags: ['x'.repeat(101)] }, 'Invalid tags: Too big: expected string to have <=100 characters'],
    [{ coverImage: 'ftp://x.org/a.png' }, 'Invalid cover image: must be an http(s) address'],
  ])('refuses %j: %s', (fields, message) => {
    expect(appErrorFrom(() => checkDraftFields(fields as never))).toMatchObject({ code: 'VALIDATION', message });
  });
});
