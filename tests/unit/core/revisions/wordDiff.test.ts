import { describe, it, expect } from 'vitest';
import { diffText, wordTokens } from '../../../../src/main/core/revisions/wordDiff';

const joined = (parts: ReturnType<typeof diffText>, skip: 'added' | 'removed'): string =>
  parts.filter((p) => p.kind !== skip).map((p) => p.text).join('');

describe('wordTokens', () => {
  it('splits words, whitespace and punctuation, and joins back exactly', () => {
    const text = "Don't panic — it's 42.\n\tNaïve café, ok?";
    const tokens = wordTokens(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens.slice(0, 8)).toEqual(["Don't", ' ', 'panic', ' ', '—', ' ', "it's", ' ']);
    expect(tokens).toContain('Naïve');
    expect(tokens).toContain('\n\t');
  });

  it('splits Chinese and Japanese runs into words', () => {
    expect(wordTokens('我们今天去公园')).toEqual(['我们', '今天', '去', '公园']);
    expect(wordTokens('東京に行きます').join('')).toBe('東京に行きます');
    expect(wordTokens('東京に行きます').length).toBeGreaterThan(1);
  });
});

describe('diffText', () => {
  it('marks changed words and keeps the rest', () => {
    expect(diffText('Hello brave world.\n', 'Hello bold world.\n')).toEqual([
      { kind: 'same', text: 'Hello ' },
      { kind: 'removed', text: 'brave' },
      { kind: 'added', text: 'bold' },
      { kind: 'same', text: ' world.\n' },
    ]);
  });

  it('gives the new text exactly from same and added parts, and the old one from same and removed', () => {
    const from = 'One two three.\nFour five six.\n  Indented 😀 line.\n';
    const to = 'One three.\nFour, five and six!\nSeven 😁.\n';
    const parts = diffText(from, to);
    expect(joined(parts, 'removed')).toBe(to);
    expect(joined(parts, 'added')).toBe(from);
  });

  it('merges adjacent parts of one kind and drops empty ones', () => {
    const parts = diffText('a b c d e f', 'a x c y e z');
    for (let i = 1; i < parts.length; i++) expect(parts[i]?.kind).not.toBe(parts[i - 1]?.kind);
    expect(parts.every((p) => p.text !== '')).toBe(true);
  });

  it('diffs Chinese text by word, not by whole sentence', () => {
    expect(diffText('我们今天去公园散步。', '我们明天去公园散步。')).toEqual([
      { kind: 'same', text: '我们' },
      { kind: 'removed', text: '今天' },
      { kind: 'added', text: '明天' },
      { kind: 'same', text: '去公园散步。' },
    ]);
  });

  it('maps tokens back by code unit, past the surrogate range of codes', () => {
    // 60,000 distinct words push token codes through 0xD800-0xDFFF, where two codes look like one character.
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i}`);
    const from = words.join(' ');
    const to = [...words.slice(0, 56_000), 'changed', ...words.slice(56_001)].join(' ');
    const parts = diffText(from, to);
    expect(joined(parts, 'removed')).toBe(to);
    expect(joined(parts, 'added')).toBe(from);
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'w56000' },
      { kind: 'added', text: 'changed' },
    ]);
  });

  it('shows a total rewrite as removed then added', () => {
    const words = (prefix: string): string => Array.from({ length: 3000 }, (_, i) => `${prefix}${i}`).join(' ');
    expect(diffText(words('old'), words('new')).map((p) => p.kind)).toEqual(['removed', 'added']);
  });

  it('handles empty sides', () => {
    expect(diffText('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(diffText('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('Same.', 'Same.')).toEqual([{ kind: 'same', text: 'Same.' }]);
  });
});
