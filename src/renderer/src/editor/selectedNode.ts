import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

/** The selected node of that type (an image, a footnote), when a node selection holds one. */
export function selectedNodeOf(editor: Editor, typeName: string): { pos: number; attrs: Record<string, unknown> } | null {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === typeName ? { pos: selection.from, attrs: selection.node.attrs } : null;
}

/** Sets one attribute of the node at pos in place, so the node (and its selection) stays. */
export function setNodeAttribute(editor: Editor, pos: number, name: string, value: string): void {
  editor.view.dispatch(editor.state.tr.setNodeAttribute(pos, name, value));
}

