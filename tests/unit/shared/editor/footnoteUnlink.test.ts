// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor, type JSONContent } from '@tiptap/core';
import { Transform } from '@tiptap/pm/transform';
import { schemaExtensions } from '../../../../src/shared/editor/extensions';
import { unlinkFootnotes } from '../../../../src/shared/editor/footnote';

const LINK = { type: 'link', attrs: { href: 'https://example.com' } };

/** A footnote that is linked, as no change in the editor may leave one (a document written before the rule). */
const linkedNote = (text: string): JSONContent => ({ type: 'footnote', attrs: { text }, marks: [LINK] });
const note = (text: string): JSONContent => ({ type: 'footnote', attrs: { text } });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const text = (value: string): JSONContent => ({ type: 'text', text: value });

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** The editor opens its content as is: no transaction, so the footnote plugin has not looked at it. */
function editorWith(...content: JSONContent[]): Editor {
  const editor = new Editor({ extensions: schemaExtensions(), content: { type: 'doc', content } });
  editors.push(editor);
  return editor;
}

/** Each footnote's text and whether it is linked, in document order. */
function footnotes(editor: Editor): [string, boolean][] {
  const found: [string, boolean][] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'footnote') found.push([String(node.attrs.text), node.marks.some((mark) => mark.type.name === 'link')]);
  });
  return found;
}

describe('the footnote unlink plugin', () => {
  it('takes the link off a footnote that a new link covers, and leaves the words linked', () => {
    const editor = editorWith(paragraph(text('alpha'), note('a'), text(' beta')), paragraph(text('gamma'), note('b')));
    editor.chain().setTextSelection({ from: 1, to: 8 }).setLink({ href: 'https://example.org' }).run();
    expect(footnotes(editor)).toEqual([['a', false], ['b', false]]);
    expect(editor.getHTML()).toContain('<a rel="noopener noreferrer nofollow" href="https://example.org">alpha</a>');
  });

  it('takes the link off a footnote in pasted linked text', () => {
    const editor = editorWith(paragraph(text('alpha')));
    editor.commands.insertContentAt(editor.state.doc.content.size, '<p><a href="https://example.com">linked<sup data-footnote="c"></sup></a></p>');
    expect(footnotes(editor)).toEqual([['c', false]]);
  });

  it('looks only where a change was made, and finds a linked footnote there', () => {
    const editor = editorWith(paragraph(text('old'), linkedNote('stale')), paragraph(text('middle')), paragraph(text('end'), linkedNote('also stale')));
    // Typing in the middle paragraph: the footnotes elsewhere are not looked at.
    editor.commands.insertContentAt(9, 'typed ');
    expect(footnotes(editor)).toEqual([['stale', true], ['also stale', true]]);
    // Making the first paragraph bold reaches its footnote: a change there finds it.
    editor.chain().setTextSelection({ from: 1, to: 5 }).setBold().run();
    expect(footnotes(editor)).toEqual([['stale', false], ['also stale', true]]);
  });

  it('unlinks every footnote of a whole document when given no ranges (as the importer does)', () => {
    const editor = editorWith(paragraph(linkedNote('one')), paragraph(text('x'), linkedNote('two')));
    const tr = new Transform(editor.state.doc);
    expect(unlinkFootnotes(tr)).toBe(true);
    expect(unlinkFootnotes(new Transform(tr.doc))).toBe(false);
    const unlinked: boolean[] = [];
    tr.doc.descendants((node) => {
      if (node.type.name === 'footnote') unlinked.push(node.marks.length === 0);
    });
    expect(unlinked).toEqual([true, true]);
  });
});
