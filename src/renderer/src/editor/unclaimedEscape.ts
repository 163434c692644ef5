import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const unclaimed = new WeakSet<KeyboardEvent>();

/**
 * True for an Escape pressed in the editor that nothing in the editor used (no slash menu or
 * other popup closed on it). ProseMirror prevents the default of every Escape, so
 * defaultPrevented cannot tell the two apart.
 */
export function isUnclaimedEditorEscape(event: KeyboardEvent): boolean {
  return unclaimed.has(event);
}

/** Runs after every other key handler of the editor (lowest priority) and notes an Escape that got this far. */
export const UnclaimedEscape = Extension.create({
  name: 'unclaimedEscape',
  priority: 1,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('unclaimedEscape'),
        props: {
          handleKeyDown: (_view, event) => {
            if (event.key === 'Escape') unclaimed.add(event);
            return false;
          },
        },
      }),
    ];
  },
});
