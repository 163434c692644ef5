/**
 * A bare ProseMirror editor, the benchmark's baseline: the same schema (built from the shared
 * extension list), the same document, the app's CSS and column width, and nothing else: no
 * React, no Tiptap editor or extensions, no autosave, no preview. The "Open" button fetches
 * the document and opens it with the caret at the end, as Inkpress opens a draft.
 */
import { getSchema } from '@tiptap/core';
import { baseKeymap } from '@tiptap/pm/commands';
import { history, redo, undo } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, Selection } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { schemaExtensions } from '../../src/shared/editor/extensions';
// ProseMirror's own stylesheet (Tiptap injects the same rules into Inkpress's page).
import 'prosemirror-view/style/prosemirror.css';
import '../../src/renderer/src/styles.css';
import './page.css';

const schema = getSchema(schemaExtensions());
const mount = document.getElementById('editor');
const open = document.getElementById('open');
if (!mount || !open) throw new Error('The page lacks #editor or #open');

open.addEventListener('click', () => {
  void fetch('./doc.json')
    .then((response) => response.json() as Promise<unknown>)
    .then((json) => {
      const doc = PMNode.fromJSON(schema, json);
      const state = EditorState.create({
        doc,
        selection: Selection.atEnd(doc),
        plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
      });
      const view = new EditorView(mount, { state, attributes: { class: 'post-body prose-editor', spellcheck: 'true' } });
      view.focus();
      view.dispatch(view.state.tr.scrollIntoView());
    });
});
