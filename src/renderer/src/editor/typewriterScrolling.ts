import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { settingsStore } from '../settings/settingsStore';

/** The nearest ancestor that scrolls vertically (the writing pane's scroller). */
function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Scrolls so the caret's line sits in the middle of the scroller; false when there is nothing to scroll. */
export function centreCaret(view: EditorView): boolean {
  const scroller = scrollParentOf(view.dom);
  if (!scroller) return false;
  const caret = view.coordsAtPos(view.state.selection.head);
  const box = scroller.getBoundingClientRect();
  scroller.scrollTop += (caret.top + caret.bottom) / 2 - (box.top + box.height / 2);
  return true;
}

export interface TypewriterScrollingOptions {
  isEnabled: () => boolean;
}

/**
 * Typewriter scrolling: while typing (and moving with the keys), the line with the caret
 * stays in the middle of the window, like the paper in a typewriter. It takes over
 * ProseMirror's "scroll the selection into view" step, so it costs nothing more per key.
 */
export const TypewriterScrolling = Extension.create<TypewriterScrollingOptions>({
  name: 'typewriterScrolling',

  addOptions() {
    return { isEnabled: () => settingsStore.get().typewriterScrolling };
  },

  addProseMirrorPlugins() {
    const { isEnabled } = this.options;
    return [
      new Plugin({
        key: new PluginKey('typewriterScrolling'),
        props: {
          handleScrollToSelection: (view) => isEnabled() && view.hasFocus() && centreCaret(view),
        },
      }),
    ];
  },
});
