import { describe, it, expect } from 'vitest';
import { slugFromTitle, uniqueSlug } from '../../../../src/main/core/drafts/slug';

describe('slugFromTitle', () => {
  it.each([
    ['Hello', 'hello'],
    ['Hello, World!', 'hello-world'],
    ['  --Hello--  ', 'hello'],
    ['Ten tips for 2026', 'ten-tips-for-2026'],
  ])('makes %j into %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it.each([
    ['你好世界', 'ni-hao-shi-jie'],
    ['Привет мир', 'privet-mir'],
    ['Crème brûlée à la française', 'creme-brulee-a-la-francaise'],
    ['Ünïcödé Straße', 'unicode-strasse'],
  ])('transliterates %j into the ASCII slug %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('falls back to "untitled" when nothing readable is left', () => {
    expect(slugFromTitle('')).toBe('untitled');
    expect(slugFromTitle('   ')).toBe('untitled');
    expect(slugFromTitle('🎉 !!! 🎉')).toBe('untitled');
  });

  it('keeps at most 80 characters and never ends on a dash', () => {
    const slug = slugFromTitle(`${'a'.repeat(79)} bcd`);
    expect(slug).toBe('a'.repeat(79));
    expect(slugFromTitle('word '.repeat(40)).length).toBeLessThanOrEqual(80);
    expect(slugFromTitle('word '.repeat(40))).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives only lowercase letters, digits and single dashes', () => {
    for (const title of ['C++ & C# -- a *comparison*', 'Ça va? Ja, gut!', 'Привет, 世界 2026']) {
      expect(slugFromTitle(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('uniqueSlug', () => {
  it('keeps the base when it is free', () => {
    expect(uniqueSlug('hello', () => false)).toBe('hello');
  });

  it('counts up from -2 past the slugs already taken', () => {
    const taken = new Set(['hello', 'hello-2', 'hello-3']);
    expect(uniqueSlug('hello', (s) => taken.has(s))).toBe('hello-4');
    expect(uniqueSlug('hello', (s) => s === 'hello')).toBe('hello-2');
  });
});
