import { useLayoutEffect } from 'react';
import type { Editor } from '@tiptap/core';
import type { PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { BubbleMenuProps } from '@tiptap/react/menus';

/** A bubble's visibility rule; kept at module level so its identity never changes (a new one re-registers it). */
export type ShouldShow = NonNullable<BubbleMenuProps['shouldShow']>;
export type BubbleOptions = BubbleMenuProps['options'];

/**
 * A bubble stays while the writer works in it: when the text has focus, or the bubble itself
 * does (its field, its buttons).
 */
export function focusIsWithin(view: EditorView, element: HTMLElement): boolean {
  return view.hasFocus() || element.contains(document.activeElement);
}

/**
 * Places the bubble again once React has drawn new content into it: the plugin measured it
 * when it showed, possibly still empty, and a wider bubble would hang off the pane.
 */
export function useRepositionAfterRender(editor: Editor, pluginKey: PluginKey, content: unknown): void {
  useLayoutEffect(() => {
    if (content === null || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(pluginKey, 'updatePosition'));
  }, [editor, pluginKey, content]);
}
