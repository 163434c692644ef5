import { describe, it, expect } from 'vitest';
import { createLruCache } from '../../../../src/main/core/drafts/lruCache';

const cacheOf = (maxCost: number) => createLruCache<string, string>({ maxCost, costOf: (key, value) => key.length + value.length });

describe('createLruCache', () => {
  it('evicts the least recently used entries once the total cost passes the bound', () => {
    const cache = cacheOf(12);
    cache.set('a', 'aaa');
    cache.set('b', 'bbb');
    cache.set('c', 'ccc');
    expect(cache.cost).toBe(12);
    expect(cache.get('a')).toBe('aaa');
    cache.set('d', 'ddd');
    // 'b' was used least recently: 'a' was read after it.
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['aaa', 'ccc', 'ddd']);
    expect(cache.cost).toBeLessThanOrEqual(12);
  });

  it('replaces an entry set again, and never keeps one bigger than the whole bound', () => {
    const cache = cacheOf(10);
    cache.set('k', 'one');
    cache.set('k', 'two!');
    expect(cache.get('k')).toBe('two!');
    expect(cache.cost).toBe(5);
    cache.set('huge', 'x'.repeat(20));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('k')).toBe('two!');
    expect(cache.size).toBe(1);
  });
});
