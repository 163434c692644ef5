import { useCallback, type RefCallback } from 'react';
import type { ValueStore } from './valueStore';

/**
 * DOM that follows a store without React: returns a ref for an element React renders without
 * the part that changes (no children, no className), and `show` writes that part into it now
 * and on every change of the store. For what changes with every keystroke or every autosave
 * (the word count, the save state): while a long document has focus, every React commit walks
 * its whole DOM (React saves and restores the selection of the focused contenteditable,
 * facebook/react#1350), some milliseconds at 100,000 words, so those must not commit.
 * `show` must be stable (a module-level function), or the subscription is renewed each render.
 */
export function useLiveElement<T, E extends HTMLElement = HTMLElement>(store: ValueStore<T>, show: (element: E, value: T) => void): RefCallback<E> {
  return useCallback(
    (element: E | null) => {
      if (!element) return undefined;
      const update = (): void => show(element, store.get());
      update();
      return store.subscribe(update);
    },
    [store, show],
  );
}

/** useLiveElement for an element whose text is text(value). */
export function useLiveText<T>(store: ValueStore<T>, text: (value: T) => string): RefCallback<HTMLElement> {
  const show = useCallback(
    (element: HTMLElement, value: T) => {
      const next = text(value);
      if (element.textContent !== next) element.textContent = next;
    },
    [text],
  );
  return useLiveElement(store, show);
}
