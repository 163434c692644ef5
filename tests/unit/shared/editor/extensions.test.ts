// @vitest-environment happy-dom
import { afterEach, describe, it, expect } from 'vitest';
import { Editor, Node } from '@tiptap/core';
import CodeBlock from '@tiptap/extension-code-block';
import { schemaExtensions } from '../../../../src/shared/editor/extensions';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorWith(content: string, extensions = schemaExtensions()): Editor {
  const editor = new Editor({ extensions, content });
  editors.push(editor);
  return editor;
}

describe('schemaExtensions', () => {
  it('holds every node and mark the editor offers, under the names the rest of the app uses', () => {
    const { schema } = editorWith('<p></p>');
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['doc', 'text', 'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'horizontalRule', 'hardBreak',
        'image', 'taskList', 'taskItem', 'table', 'tableRow', 'tableHeader', 'tableCell', 'footnote'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'code', 'highlight', 'italic', 'link', 'strike', 'underline'].sort());
    expect(Object.keys(schema.nodes.image?.spec.attrs ?? {}).sort()).toEqual(['alt', 'caption', 'src', 'title']);
    expect(schema.nodes.codeBlock?.spec.attrs).toHaveProperty('language');
  });

  it('inserts a footnote at the cursor, and changes the text of a selected one', () => {
    const editor = editorWith('<p>Hello world</p>');
    editor.commands.setTextSelection(6);
    expect(editor.commands.insertFootnote({ text: 'First' })).toBe(true);
    expect(editor.getJSON().content?.[0]?.content).toEqual([
      { type: 'text', text: 'Hello' },
      { type: 'footnote', attrs: { text: 'First' } },
      { type: 'text', text: ' world' },
    ]);
    editor.commands.setNodeSelection(6);
    expect(editor.commands.setFootnote({ text: 'Changed' })).toBe(true);
    expect(editor.getJSON().content?.[0]?.content?.[1]).toEqual({ type: 'footnote', attrs: { text: 'Changed' } });
    expect(editor.getHTML()).toBe('<p>Hello<sup class="footnote-ref" data-footnote="Changed"></sup> world</p>');
  });

  it('inserts a new footnote with setFootnote when no footnote is selected', () => {
    const editor = editorWith('<p>Text</p>');
    editor.commands.setTextSelection(5);
    editor.commands.setFootnote({ text: 'Note' });
    expect(editor.getJSON().content?.[0]?.content?.[1]).toEqual({ type: 'footnote', attrs: { text: 'Note' } });
  });

  it('lets marks style a footnote but keeps it unlinked, and its text out of the copied plain text', () => {
    const editor = editorWith('<p></p>');
    // As pasted or set: a change, which the footnote's plugin sees (initial content is the saved, clean document).
    editor.commands.setContent('<p><strong>bold<sup data-footnote="n"></sup></strong> <a href="https://example.com">linked<sup data-footnote="m"></sup></a></p>');
    const content = editor.getJSON().content?.[0]?.content;
    expect(content?.[1]).toEqual({ type: 'footnote', attrs: { text: 'n' }, marks: [{ type: 'bold' }] });
    expect(content?.[4]).toEqual({ type: 'footnote', attrs: { text: 'm' } });
    editor.commands.selectAll();
    editor.commands.setLink({ href: 'https://example.org' });
    expect(editor.getJSON().content?.[0]?.content?.filter((node) => node.type === 'footnote').map((node) => node.marks?.map((mark) => mark.type) ?? [])).toEqual([['bold'], []]);
    expect(editor.getText()).toBe('bold linked');
  });

  it('reads a figure as one image with its caption, and writes it back', () => {
    const editor = editorWith('<figure><img src="https://example.com/a.png" alt="A"><figcaption> The   caption </figcaption></figure>');
    expect(editor.getJSON().content?.[0]).toEqual({ type: 'image', attrs: { src: 'https://example.com/a.png', alt: 'A', title: null, caption: 'The caption' } });
    expect(editor.getHTML()).toContain('<figure><img src="https://example.com/a.png" alt="A"><figcaption>The caption</figcaption></figure>');
  });

  it('takes a code block with highlighting in its place, keeping the node name and language', () => {
    // A replacement of the same name (as the editor's highlighting code block is) takes StarterKit's place.
    const codeBlock = CodeBlock.extend({ addKeyboardShortcuts: () => ({}) });
    const editor = editorWith('<pre><code class="language-ts">let a = 1;</code></pre>', schemaExtensions({ codeBlock }));
    expect(editor.getJSON().content?.[0]).toEqual({ type: 'codeBlock', attrs: { language: 'ts' }, content: [{ type: 'text', text: 'let a = 1;' }] });
    expect(editor.extensionManager.extensions.filter((extension) => extension.name === 'codeBlock')).toHaveLength(1);
  });

  it('refuses a code block replacement of another name', () => {
    const other = Node.create({ name: 'fancyCode', group: 'block', content: 'text*' });
    expect(() => schemaExtensions({ codeBlock: other })).toThrow('The code block replacement must be named codeBlock, not fancyCode');
  });
});
