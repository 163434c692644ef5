// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor, getSchema, type Content } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { schemaExtensions } from '../../../../src/shared/editor/extensions';
import { lowlight } from '../../../../src/renderer/src/editor/codeLanguages';
import { codeHighlightPlugin, HighlightedCodeBlock, highlightWithLowlight, type Highlighter } from '../../../../src/renderer/src/editor/codeHighlight';

const DOC = [
  '<p>Intro paragraph.</p>',
  '<pre><code class="language-python">def one():\n    return 1</code></pre>',
  '<p>Between the blocks.</p>',
  '<pre><code class="language-javascript">const two = 2;</code></pre>',
  '<pre><code>SELECT name FROM three WHERE id = 3;</code></pre>',
  '<p>Outro.</p>',
].join('');

interface Call {
  code: string;
  language: string | null;
}

/** The real highlighter, noting each block it is asked to highlight. */
function recordingHighlighter(): { calls: Call[]; highlight: Highlighter } {
  const calls: Call[] = [];
  return {
    calls,
    highlight: (code, language) => {
      calls.push({ code, language });
      return highlightWithLowlight(code, language);
    },
  };
}

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorWith(content: Content, highlight: Highlighter = highlightWithLowlight): Editor {
  const editor = new Editor({ extensions: schemaExtensions({ codeBlock: HighlightedCodeBlock.configure({ highlight }) }), content });
  editors.push(editor);
  return editor;
}

/** An editor on DOC whose highlighter calls are counted from after the first highlighting. */
function editedEditor(): { editor: Editor; calls: Call[] } {
  const { calls, highlight } = recordingHighlighter();
  const editor = editorWith(DOC, highlight);
  calls.length = 0;
  return { editor, calls };
}

/** Where text starts in the document (the first text node that holds it). */
function posOf(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text)) found = pos + (node.text.indexOf(text));
    return found < 0;
  });
  if (found < 0) throw new Error(`No "${text}" in the document`);
  return found;
}

/** The code blocks and paragraphs as drawn: text and the highlight spans in them. */
function drawn(editor: Editor): string[] {
  return Array.from(editor.view.dom.querySelectorAll('pre, p'), (element) => element.innerHTML);
}

/** The same document highlighted from scratch: what incremental highlighting must equal. */
function expectSameAsFresh(editor: Editor): void {
  expect(drawn(editor)).toEqual(drawn(editorWith(editor.getJSON())));
}

describe('code block highlighting', () => {
  it('highlights each code block once when the document opens, detecting the language of one that names none', () => {
    const { calls, highlight } = recordingHighlighter();
    const editor = editorWith(DOC, highlight);
    expect(calls.map((call) => call.language)).toEqual(['python', 'javascript', null]);
    expect(editor.view.dom.querySelector('pre .hljs-keyword')?.textContent).toBe('def');
  });

  it('keeps the same decorations on a transaction that only moves the selection', () => {
    const { calls, highlight } = recordingHighlighter();
    const plugin = codeHighlightPlugin({ name: 'codeBlock', highlight, defaultLanguage: null });
    const doc = editorWith(DOC).state.doc;
    const state = EditorState.create({ schema: getSchema(schemaExtensions()), doc, plugins: [plugin] });
    calls.length = 0;
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 5)));
    expect(plugin.getState(moved)).toBe(plugin.getState(state));
    expect(calls).toEqual([]);
  });

  it('highlights nothing again when typing outside code blocks, and keeps the colours in place', () => {
    const { editor, calls } = editedEditor();
    editor.commands.insertContentAt(posOf(editor, 'Between'), 'Text ');
    editor.commands.insertContentAt(1, 'More ');
    expect(calls).toEqual([]);
    expectSameAsFresh(editor);
  });

  it('highlights again only the code block being typed in', () => {
    const { editor, calls } = editedEditor();
    editor.commands.insertContentAt(posOf(editor, '2;'), 'two + ');
    expect(calls).toEqual([{ code: 'const two = two + 2;', language: 'javascript' }]);
    expectSameAsFresh(editor);
  });

  it('highlights a code block once after a change spanning two, which joins them', () => {
    const { editor, calls } = editedEditor();
    editor.commands.deleteRange({ from: posOf(editor, ' = 2;'), to: posOf(editor, ' name FROM') });
    expect(calls).toEqual([{ code: 'const two name FROM three WHERE id = 3;', language: 'javascript' }]);
    expectSameAsFresh(editor);
  });

  it('highlights a code block again in its new language, whichever way the language is set', () => {
    const { editor, calls } = editedEditor();
    editor.chain().setTextSelection(posOf(editor, 'two')).updateAttributes('codeBlock', { language: 'sql' }).run();
    expect(calls).toEqual([{ code: 'const two = 2;', language: 'sql' }]);
    expectSameAsFresh(editor);

    calls.length = 0;
    const blockPos = editor.state.doc.resolve(posOf(editor, 'def')).before();
    editor.view.dispatch(editor.state.tr.setNodeAttribute(blockPos, 'language', null));
    expect(calls).toEqual([{ code: 'def one():\n    return 1', language: null }]);
    expectSameAsFresh(editor);
  });

  it('drops the decorations of a deleted code block without highlighting the others', () => {
    const { editor, calls } = editedEditor();
    const $code = editor.state.doc.resolve(posOf(editor, 'def'));
    editor.commands.deleteRange({ from: $code.before(), to: $code.after() });
    expect(calls).toEqual([]);
    expect(editor.view.dom.querySelectorAll('pre')).toHaveLength(2);
    expectSameAsFresh(editor);
  });

  it('leaves no colours in a code block turned into a paragraph', () => {
    const { editor, calls } = editedEditor();
    editor.chain().setTextSelection(posOf(editor, 'def')).setParagraph().run();
    expect(calls).toEqual([]);
    expect(editor.view.dom.querySelectorAll('p [class*="hljs-"]')).toHaveLength(0);
    expectSameAsFresh(editor);
  });

  it('highlights a pasted code block, and the blocks an undo brings back', () => {
    const { editor, calls } = editedEditor();
    editor.commands.insertContentAt(posOf(editor, 'Outro'), '<pre><code class="language-css">a { color: red; }</code></pre>');
    expect(calls).toEqual([{ code: 'a { color: red; }', language: 'css' }]);
    expectSameAsFresh(editor);

    const $code = editor.state.doc.resolve(posOf(editor, 'def'));
    editor.commands.deleteRange({ from: $code.before(), to: $code.after() });
    calls.length = 0;
    editor.commands.undo();
    expect(calls.map((call) => call.language)).toEqual(['python']);
    expectSameAsFresh(editor);
  });
});

describe('highlightWithLowlight', () => {
  it('uses a language lowlight knows by name or alias, and detects any other', () => {
    const code = 'def one():\n    return 1';
    expect(highlightWithLowlight('const a = 1;', 'js').children).toEqual(lowlight.highlight('javascript', 'const a = 1;').children);
    expect(highlightWithLowlight(code, 'python')).toEqual(lowlight.highlight('python', code));
    // highlight.js's guess from so little code is rarely right, but it is the one CodeBlockLowlight made.
    expect(highlightWithLowlight(code, null)).toEqual(lowlight.highlightAuto(code));
    expect(highlightWithLowlight(code, 'no-such-language')).toEqual(lowlight.highlightAuto(code));
  });
});
