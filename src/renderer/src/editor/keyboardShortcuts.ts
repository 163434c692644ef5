import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ACTIONS } from './formatActions';
import { openLinkEditor } from './linkEditing';
import { isApplePlatform, SHORTCUTS } from './shortcuts';

/** Actions whose keys (from the shortcut table) the schema's extensions do not bind themselves. */
const BOUND_HERE = ['strike', 'horizontalRule', 'footnote'] as const;

/** Binds the shortcut table's keys that Tiptap has no default for. */
export const ExtraKeys = Extension.create({
  name: 'inkpressExtraKeys',

  addKeyboardShortcuts() {
    const bindings: Record<string, () => boolean> = {};
    for (const id of BOUND_HERE) {
      const action = ACTIONS[id];
      for (const keys of SHORTCUTS[action.shortcut].keys) {
        bindings[keys] = () => action.command(this.editor.chain().focus()).run();
      }
    }
    return bindings;
  },
});

/**
 * Mod-K is two things. In the text, with words selected or the cursor in a link, it edits
 * the link (as in Word, Google Docs and Ghost); anywhere else, including the text with
 * nothing selected, it stays the quick-open palette. The key is claimed here, before the
 * window's quick-open listener sees it, only when it links.
 */
export const LinkShortcut = Extension.create({
  name: 'inkpressLinkShortcut',

  addProseMirrorPlugins() {
    const { editor } = this;
    const apple = isApplePlatform();
    return [
      new Plugin({
        key: new PluginKey('inkpressLinkShortcut'),
        props: {
          handleKeyDown: (_view, event) => {
            const mod = apple ? event.metaKey : event.ctrlKey;
            if (!mod || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'k') return false;
            if (!editor.isEditable || (editor.state.selection.empty && !editor.isActive('link'))) return false;
            event.preventDefault();
            event.stopPropagation();
            openLinkEditor(editor);
            return true;
          },
        },
      }),
    ];
  },
});
