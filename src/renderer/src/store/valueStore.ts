import { useSyncExternalStore } from 'react';

/**
 * One value that changes outside React, read by the few components that show it. Typing
 * updates the status bar and the preview this way without re-rendering the workspace around
 * them: while a long document has focus, every React commit walks its whole DOM (React saves
 * and restores the selection of the focused contenteditable, facebook/react#1350), so commits
 * are kept few and small.
 */
export interface ValueStore<T> {
  get(): T;
  /** Replaces the value and tells the subscribers, unless it is the same value. */
  set(value: T): void;
  subscribe(listener: () => void): () => void;
  /** How many subscribers listen now (work nobody would see can be skipped). */
  subscriberCount(): number;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscriberCount: () => listeners.size,
  };
}

export function useValueStore<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
