import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { settingsStore } from '../settings/settingsStore';

/** On the editor while focus mode is on; writingPreferences.css then dims all but the current block (currentBlock.ts). */
export const FOCUS_MODE_CLASS = 'focus-mode';

export const focusModeKey = new PluginKey<boolean>('focusMode');

export interface FocusModeOptions {
  /** Whether focus mode is on now; the editor follows changes reported to subscribe. */
  isEnabled: () => boolean;
  subscribe: (onChange: () => void) => () => void;
}

/** The plugin behind FocusMode (a function of its own, so it can be tested on a bare EditorState). */
export function focusModePlugin({ isEnabled, subscribe }: FocusModeOptions): Plugin<boolean> {
  return new Plugin<boolean>({
    key: focusModeKey,
    state: {
      init: () => isEnabled(),
      apply: (tr, enabled) => (tr.getMeta(focusModeKey) as boolean | undefined) ?? enabled,
    },
    props: {
      attributes: (state): Record<string, string> => (focusModeKey.getState(state) ? { class: FOCUS_MODE_CLASS } : {}),
    },
    view: (view) => {
      const follow = (): void => {
        const enabled = isEnabled();
        if (focusModeKey.getState(view.state) !== enabled) view.dispatch(view.state.tr.setMeta(focusModeKey, enabled));
      };
      return { destroy: subscribe(follow) };
    },
  });
}

/**
 * Focus mode: only the paragraph (top-level block) being written stays bright. The block is
 * marked by CurrentBlock whether focus mode is on or not; the dimming of the rest is CSS, so
 * turning it on or off re-renders nothing but one attribute.
 */
export const FocusMode = Extension.create<FocusModeOptions>({
  name: 'focusMode',

  addOptions() {
    return {
      isEnabled: () => settingsStore.get().focusMode,
      subscribe: (onChange) => settingsStore.subscribe(onChange),
    };
  },

  addProseMirrorPlugins() {
    return [focusModePlugin(this.options)];
  },
});
