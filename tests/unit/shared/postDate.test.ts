import { describe, it, expect } from 'vitest';
import { formatPostDate, toPostDate } from '../../../src/shared/postDate';

describe('toPostDate', () => {
  it('gives the local calendar date as YYYY-MM-DD, zero-padded', () => {
    expect(toPostDate(new Date(2026, 0, 2, 9, 30))).toBe('2026-01-02');
    expect(toPostDate(new Date(2026, 10, 29, 12, 0))).toBe('2026-11-29');
  });

  it('uses the local day even just before midnight', () => {
    expect(toPostDate(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
  });
});

describe('formatPostDate', () => {
  it('writes the date as readers see it', () => {
    expect(formatPostDate('2026-11-29')).toBe('November 29, 2026');
    expect(formatPostDate('2026-01-01')).toBe('January 1, 2026');
  });

  it('follows the locale asked for', () => {
    expect(formatPostDate('2026-11-29', 'de-DE')).toBe('29. November 2026');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatPostDate('someday')).toBe('someday');
  });
});
