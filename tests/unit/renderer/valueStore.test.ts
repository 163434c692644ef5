import { describe, expect, it } from 'vitest';
import { createValueStore } from '../../../src/renderer/src/store/valueStore';

describe('createValueStore', () => {
  it('tells its subscribers of a new value, not of the same one, and forgets those who left', () => {
    const store = createValueStore({ words: 1 });
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().words));
    expect(store.subscriberCount()).toBe(1);
    store.set({ words: 2 });
    store.set(store.get());
    unsubscribe();
    store.set({ words: 3 });
    expect(seen).toEqual([2]);
    expect(store.subscriberCount()).toBe(0);
    expect(store.get()).toEqual({ words: 3 });
  });
});
