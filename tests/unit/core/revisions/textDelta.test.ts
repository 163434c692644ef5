import { describe, it, expect } from 'vitest';
import { applyDelta, computeDelta, CorruptDeltaError, insertedLength } from '../../../../src/main/core/revisions/textDelta';

describe('computeDelta / applyDelta', () => {
  it('rebuilds the target exactly', () => {
    const base = 'The quick brown fox\njumps over\nthe lazy dog.';
    const target = 'The quick red fox\njumps over\nthe very lazy dog!\nThe end.';
    const delta = computeDelta(base, target);
    expect(applyDelta(base, delta)).toBe(target);
  });

  it('stores a small edit of a long text as a small delta', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `{"type":"paragraph","content":[{"type":"text","text":"Paragraph ${i} says something."}]}`);
    const base = lines.join('\n');
    lines[250] = lines[250]?.replace('something', 'something else') ?? '';
    const target = lines.join('\n');
    const delta = computeDelta(base, target);
    expect(applyDelta(base, delta)).toBe(target);
    expect(insertedLength(delta)).toBeLessThan(20);
    expect(JSON.stringify(delta).length).toBeLessThan(50);
  });

  it('handles emoji and other surrogate pairs even where an edit splits one', () => {
    // The two faces share their high surrogate: a character diff replaces only the low half.
    const base = 'smile 😀 and more 👍🏽 text';
    const target = 'smile 😁 and more 👍🏿 text 🎉';
    const delta = computeDelta(base, target);
    expect(applyDelta(base, delta)).toBe(target);
    expect(JSON.parse(JSON.stringify(delta))).toEqual(delta);
  });

  it('handles empty texts on either side', () => {
    for (const [base, target] of [['', ''], ['', 'new'], ['old', ''], ['same', 'same']]) {
      expect(applyDelta(base as string, computeDelta(base as string, target as string))).toBe(target);
    }
  });

  it('round-trips random edits', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = 'ab c\n😀é';
    let text = 'start';
    for (let round = 0; round < 200; round++) {
      const chars = [...text];
      for (let edits = rand(5); edits >= 0; edits--) {
        const at = rand(chars.length + 1);
        if (rand(2) === 0) chars.splice(at, rand(4));
        else chars.splice(at, 0, ...[...alphabet].slice(rand(6), 1 + rand(8)));
      }
      const next = chars.join('');
      expect(applyDelta(text, computeDelta(text, next))).toBe(next);
      text = next;
    }
  });
});

describe('applyDelta', () => {
  it('refuses a delta that does not span the base exactly', () => {
    expect(() => applyDelta('abc', [2])).toThrow(CorruptDeltaError);
    expect(() => applyDelta('abc', [4])).toThrow(CorruptDeltaError);
    expect(() => applyDelta('abc', [1, -3])).toThrow(CorruptDeltaError);
    expect(() => applyDelta('abc', [0, 3])).toThrow(CorruptDeltaError);
    expect(() => applyDelta('abc', [1.5, 1.5])).toThrow(CorruptDeltaError);
    expect(applyDelta('abc', [1, -1, 'X', 1])).toBe('aXc');
  });
});
