import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { settingsStore } from '../settings/settingsStore';

export interface SpellcheckAttributeOptions {
  isEnabled: () => boolean;
  subscribe: (onChange: () => void) => () => void;
}

/**
 * The editor's spellcheck attribute follows the spellcheck setting (in the app the session's
 * spell checker is switched too; in a browser this attribute is all there is).
 *
 * Set on the element itself, after every view update: ProseMirror takes an attribute from the
 * first provider that names it, and the editor's own props may name spellcheck. ProseMirror
 * leaves an attribute alone while its providers keep giving the same value, and ignores
 * attribute changes on its root, so the value set here stays.
 */
export const SpellcheckAttribute = Extension.create<SpellcheckAttributeOptions>({
  name: 'spellcheckAttribute',

  addOptions() {
    return {
      isEnabled: () => settingsStore.get().spellcheck.enabled,
      subscribe: (onChange) => settingsStore.subscribe(onChange),
    };
  },

  addProseMirrorPlugins() {
    const { isEnabled, subscribe } = this.options;
    return [
      new Plugin({
        key: new PluginKey('spellcheckAttribute'),
        view: (view) => {
          const apply = (): void => {
            // Only on a change: setting it, even to the same value, is a DOM mutation on every keystroke.
            const enabled = isEnabled();
            if (view.dom.spellcheck !== enabled) view.dom.spellcheck = enabled;
          };
          apply();
          return { update: apply, destroy: subscribe(apply) };
        },
      }),
    ];
  },
});
