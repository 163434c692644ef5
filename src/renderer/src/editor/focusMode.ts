import { Extension } from '@tiptap/core';
import type { EditorState, Selection, Transaction } from '@tiptap/pm/state';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { settingsStore } from '../settings/settingsStore';

/** The class of the top-level block being written; writingPreferences.css dims its siblings. */
export const FOCUS_BLOCK_CLASS = 'focus-block';
/** On the editor while focus mode is on. */
export const FOCUS_MODE_CLASS = 'focus-mode';

export interface FocusState {
  enabled: boolean;
  /** Empty, or the one node decoration on the focused block. */
  decorations: DecorationSet;
}

export const focusModeKey = new PluginKey<FocusState>('focusMode');

/** The top-level block being written: found from the resolved selection, without walking the document. */
export function focusedBlock(selection: Selection): { from: number; to: number } | null {
  if (selection instanceof NodeSelection && selection.$from.depth === 0) return { from: selection.from, to: selection.to };
  const { $head } = selection;
  if ($head.depth >= 1) {
    const from = $head.before(1);
    return { from, to: from + $head.node(1).nodeSize };
  }
  // Between top-level blocks (a gap cursor): the block after it, else the one before.
  if ($head.nodeAfter) return { from: $head.pos, to: $head.pos + $head.nodeAfter.nodeSize };
  if ($head.nodeBefore) return { from: $head.pos - $head.nodeBefore.nodeSize, to: $head.pos };
  return null;
}

function focusState(state: EditorState, enabled: boolean): FocusState {
  const block = enabled ? focusedBlock(state.selection) : null;
  if (!block) return { enabled, decorations: DecorationSet.empty };
  return { enabled, decorations: DecorationSet.create(state.doc, [Decoration.node(block.from, block.to, { class: FOCUS_BLOCK_CLASS })]) };
}

function nextFocusState(tr: Transaction, previous: FocusState, state: EditorState): FocusState {
  const toggled = tr.getMeta(focusModeKey) as boolean | undefined;
  if (toggled !== undefined && toggled !== previous.enabled) return focusState(state, toggled);
  if (!previous.enabled || (!tr.docChanged && !tr.selectionSet)) return previous;
  // Typing inside the same block: carry its one decoration along instead of building a new set.
  const block = focusedBlock(state.selection);
  const mapped = previous.decorations.map(tr.mapping, tr.doc);
  const kept = mapped.find();
  if (block && kept.length === 1 && kept[0]?.from === block.from && kept[0]?.to === block.to) return { enabled: true, decorations: mapped };
  return focusState(state, true);
}

export interface FocusModeOptions {
  /** Whether focus mode is on now; the editor follows changes reported to subscribe. */
  isEnabled: () => boolean;
  subscribe: (onChange: () => void) => () => void;
}

/** The plugin behind FocusMode (a function of its own, so it can be tested on a bare EditorState). */
export function focusModePlugin({ isEnabled, subscribe }: FocusModeOptions): Plugin<FocusState> {
  return new Plugin<FocusState>({
    key: focusModeKey,
    state: {
      init: (_config, state) => focusState(state, isEnabled()),
      apply: (tr, previous, _oldState, state) => nextFocusState(tr, previous, state),
    },
    props: {
      decorations: (state) => focusModeKey.getState(state)?.decorations,
      attributes: (state): Record<string, string> => (focusModeKey.getState(state)?.enabled ? { class: FOCUS_MODE_CLASS } : {}),
    },
    view: (view) => {
      const follow = (): void => {
        const enabled = isEnabled();
        if (focusModeKey.getState(view.state)?.enabled !== enabled) view.dispatch(view.state.tr.setMeta(focusModeKey, enabled));
      };
      return { destroy: subscribe(follow) };
    },
  });
}

/**
 * Focus mode: only the paragraph (top-level block) being written stays bright. One node
 * decoration marks that block, and is carried along while typing in it, so a 100,000-word
 * draft costs the same as a short one; the dimming of the rest is CSS.
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
