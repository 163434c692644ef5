import { describe, it, expect } from 'vitest';
import { Schema, type Node } from '@tiptap/pm/model';
import { EditorState, NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { currentBlock, currentBlockKey, currentBlockPlugin } from '../../../src/renderer/src/editor/currentBlock';
import { FOCUS_MODE_CLASS, focusModeKey, focusModePlugin } from '../../../src/renderer/src/editor/focusMode';

/** Just enough of a post schema: paragraphs, a list (a block with blocks inside) and a divider. */
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    bullet_list: { group: 'block', content: 'list_item+', toDOM: () => ['ul', 0] },
    list_item: { content: 'paragraph+', toDOM: () => ['li', 0] },
    divider: { group: 'block', toDOM: () => ['hr'] },
    text: {},
  },
});
const p = (text: string): Node => schema.node('paragraph', null, text ? [schema.text(text)] : []);

/** doc: "One." | list["Two."] | hr | "Four." */
function makeDoc(): Node {
  return schema.node('doc', null, [p('One.'), schema.node('bullet_list', null, [schema.node('list_item', null, [p('Two.')])]), schema.node('divider'), p('Four.')]);
}

function stateWith(enabled: boolean, doc = makeDoc()): EditorState {
  return EditorState.create({ doc, plugins: [currentBlockPlugin(), focusModePlugin({ isEnabled: () => enabled, subscribe: () => () => undefined })] });
}

/** The editor's attributes that focus mode asks for. */
function focusAttributes(state: EditorState): Record<string, string> | undefined {
  const plugin = focusModeKey.get(state);
  return plugin?.props.attributes instanceof Function ? (plugin.props.attributes.call(plugin, state) as Record<string, string>) : undefined;
}

/** The ranges decorated now (the class they carry is checked in the e2e tests, in the DOM). */
function decorated(state: EditorState): { from: number; to: number }[] {
  const set = currentBlockKey.getState(state);
  return (set?.find() ?? []).map((deco) => ({ from: deco.from, to: deco.to }));
}

/** Start and end of the n-th top-level block. */
function blockRange(doc: Node, index: number): { from: number; to: number } {
  let from = 0;
  for (let i = 0; i < index; i += 1) from += doc.child(i).nodeSize;
  return { from, to: from + doc.child(index).nodeSize };
}

const caretIn = (state: EditorState, pos: number): Transaction => state.tr.setSelection(TextSelection.create(state.doc, pos));

describe('currentBlock', () => {
  it('is the top-level block around the caret, also inside a list', () => {
    const state = stateWith(true);
    expect(currentBlock(TextSelection.create(state.doc, 2))).toEqual(blockRange(state.doc, 0));
    // Inside the list item's paragraph: the whole list.
    expect(currentBlock(TextSelection.create(state.doc, 9))).toEqual(blockRange(state.doc, 1));
  });

  it('is the selected node itself for a selected divider', () => {
    const state = stateWith(true);
    const { from } = blockRange(state.doc, 2);
    expect(currentBlock(NodeSelection.create(state.doc, from))).toEqual(blockRange(state.doc, 2));
  });
});

describe('currentBlockPlugin', () => {
  it('marks the block with the caret whether focus mode is on or off', () => {
    const state = stateWith(false);
    expect(decorated(state.apply(caretIn(state, 3)))).toEqual([blockRange(state.doc, 0)]);
  });

  it('decorates only the block with the caret, and follows the caret', () => {
    let state = stateWith(true);
    state = state.apply(caretIn(state, 2));
    expect(decorated(state)).toEqual([blockRange(state.doc, 0)]);
    state = state.apply(caretIn(state, state.doc.content.size - 2));
    expect(decorated(state)).toEqual([blockRange(state.doc, 3)]);
  });

  it('keeps the decoration on the block while typing grows it, and moves with blocks inserted above', () => {
    let state = stateWith(true);
    state = state.apply(caretIn(state, state.doc.content.size - 2));
    state = state.apply(state.tr.insertText(' And more words.'));
    expect(decorated(state)).toEqual([blockRange(state.doc, 3)]);
    // A paragraph added at the top (by another part of the app) shifts everything.
    state = state.apply(state.tr.insert(0, p('New start.')));
    expect(decorated(state)).toEqual([blockRange(state.doc, 4)]);
  });

  it('moves to the new paragraph made by Enter', () => {
    let state = stateWith(true);
    state = state.apply(caretIn(state, 5)); // end of "One."
    const split = state.tr.split(5);
    state = state.apply(split);
    expect(decorated(state)).toEqual([blockRange(state.doc, 1)]);
  });

  it('keeps the same decoration set while only other things happen', () => {
    let state = stateWith(true);
    state = state.apply(caretIn(state, 2));
    const before = currentBlockKey.getState(state);
    state = state.apply(state.tr.setMeta('unrelated', true));
    expect(currentBlockKey.getState(state)).toBe(before);
  });

  it('never holds more than one decoration in a long draft', () => {
    const doc = schema.node('doc', null, Array.from({ length: 3_000 }, (_, i) => p(`Paragraph ${i}.`)));
    let state = stateWith(true, doc);
    for (const index of [0, 1_500, 2_999, 42]) {
      const { from } = blockRange(state.doc, index);
      state = state.apply(caretIn(state, from + 1));
      state = state.apply(state.tr.insertText('x'));
      expect(decorated(state)).toEqual([blockRange(state.doc, index)]);
    }
  });
});

describe('focusModePlugin', () => {
  it('puts its class on the editor while on, and turns on and off through its meta at once', () => {
    let state = stateWith(false);
    expect(focusAttributes(state)).toEqual({});
    state = state.apply(state.tr.setMeta(focusModeKey, true));
    expect(focusModeKey.getState(state)).toBe(true);
    expect(focusAttributes(state)).toEqual({ class: FOCUS_MODE_CLASS });
    // Other transactions leave it as it is.
    state = state.apply(caretIn(state, 2));
    expect(focusModeKey.getState(state)).toBe(true);
    state = state.apply(state.tr.setMeta(focusModeKey, false));
    expect(focusAttributes(state)).toEqual({});
  });

  it('starts as the setting says', () => {
    expect(focusModeKey.getState(stateWith(true))).toBe(true);
    expect(focusModeKey.getState(stateWith(false))).toBe(false);
  });
});
