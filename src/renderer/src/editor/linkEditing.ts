import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';

/** The bubble menus' plugin keys: opening the link form hides the format bubble and shows its own. */
export const FORMAT_BUBBLE_KEY = new PluginKey('formatBubble');
export const LINK_BUBBLE_KEY = new PluginKey('linkBubble');

const linkEditorKey = new PluginKey<boolean>('linkEditor');

/**
 * Whether the link form is open, kept in the editor's state so the toolbar, the bubble menu
 * and Mod-K can all open it. Moving the cursor closes it.
 */
export const LinkEditing = Extension.create({
  name: 'inkpressLinkEditing',

  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key: linkEditorKey,
        state: {
          init: () => false,
          apply: (tr, open) => {
            const meta: unknown = tr.getMeta(linkEditorKey);
            if (typeof meta === 'boolean') return meta;
            return open && !tr.selectionSet && !tr.docChanged;
          },
        },
      }),
    ];
  },
});

export function isLinkEditorOpen(state: EditorState): boolean {
  return linkEditorKey.getState(state) ?? false;
}

export function openLinkEditor(editor: Editor): void {
  if (!editor.isEditable) return;
  editor.view.dispatch(editor.state.tr.setMeta(linkEditorKey, true).setMeta(FORMAT_BUBBLE_KEY, 'hide').setMeta(LINK_BUBBLE_KEY, 'show'));
  // The bubble places itself only once visible, so "show" alone would leave it where it was.
  editor.view.dispatch(editor.state.tr.setMeta(LINK_BUBBLE_KEY, 'updatePosition'));
}

export function closeLinkEditor(editor: Editor): void {
  if (editor.isDestroyed || !isLinkEditorOpen(editor.state)) return;
  editor.view.dispatch(editor.state.tr.setMeta(linkEditorKey, false).setMeta(LINK_BUBBLE_KEY, 'hide'));
}
