import { Extension } from '@tiptap/core';
import type { EditorState, Selection, Transaction } from '@tiptap/pm/state';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * The class of the top-level block being written. Focus mode dims the blocks without it
 * (writingPreferences.css), and only blocks without it may be skipped by the browser while out
 * of sight (content-visibility in styles.css): a block Chromium has not laid out yet (one just
 * made by Enter, an input rule or a paste) would take the next typed characters in the wrong
 * place if it were skipped, and the block being written is the one that must never be.
 */
export const CURRENT_BLOCK_CLASS = 'current-block';

export const currentBlockKey = new PluginKey<DecorationSet>('currentBlock');

/** The top-level block being written: found from the resolved selection, without walking the document. */
export function currentBlock(selection: Selection): { from: number; to: number } | null {
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

function decorationsOf(state: EditorState): DecorationSet {
  const block = currentBlock(state.selection);
  return block ? DecorationSet.create(state.doc, [Decoration.node(block.from, block.to, { class: CURRENT_BLOCK_CLASS })]) : DecorationSet.empty;
}

function nextDecorations(tr: Transaction, previous: DecorationSet, state: EditorState): DecorationSet {
  if (!tr.docChanged && !tr.selectionSet) return previous;
  // Typing inside the same block: carry its one decoration along instead of building a new set.
  const block = currentBlock(state.selection);
  const mapped = previous.map(tr.mapping, tr.doc);
  const kept = mapped.find();
  if (block && kept.length === 1 && kept[0]?.from === block.from && kept[0]?.to === block.to) return mapped;
  return decorationsOf(state);
}

/** The plugin behind CurrentBlock (a function of its own, so it can be tested on a bare EditorState). */
export function currentBlockPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: currentBlockKey,
    state: {
      init: (_config, state) => decorationsOf(state),
      apply: (tr, previous, _oldState, state) => nextDecorations(tr, previous, state),
    },
    props: {
      decorations: (state) => currentBlockKey.getState(state),
    },
  });
}

/**
 * Marks the top-level block holding the caret with one node decoration, carried along while
 * typing in it, so a 100,000-word draft costs the same as a short one.
 */
export const CurrentBlock = Extension.create({
  name: 'currentBlock',

  addProseMirrorPlugins() {
    return [currentBlockPlugin()];
  },
});
