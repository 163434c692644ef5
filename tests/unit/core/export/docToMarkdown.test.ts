import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { docToMarkdown } from '../../../../src/main/core/export/docToMarkdown';
import { htmlToDoc } from '../../../../src/main/core/import/htmlToDoc';
import { markdownToDoc } from '../../../../src/main/core/import/markdownToDoc';
import { docOf, paragraph, text } from '../../helpers/docs';

/** The document as the importer reads the Markdown back. */
const roundTrip = (doc: JSONContent): JSONContent => markdownToDoc(docToMarkdown(doc));

describe('docToMarkdown: blocks', () => {
  it('writes paragraphs and headings, blocks separated by a blank line', () => {
    const doc = htmlToDoc('<h2>Two</h2><p>Body text.</p><h3>Three</h3><h4>Four</h4><p>End.</p>');
    expect(docToMarkdown(doc)).toBe('## Two\n\nBody text.\n\n### Three\n\n#### Four\n\nEnd.\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes bullet and ordered lists, nested, keeping the start number', () => {
    const doc = htmlToDoc('<ul><li><p>one</p><ul><li><p>inner</p></li></ul></li><li><p>two</p></li></ul><ol start="3"><li><p>third</p></li><li><p>fourth</p></li></ol>');
    expect(docToMarkdown(doc)).toBe('- one\n  - inner\n- two\n\n3. third\n4. fourth\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes a list item of several paragraphs as a loose list', () => {
    const doc = htmlToDoc('<ol><li><p>first</p><p>more of it</p></li><li><p>second</p></li></ol>');
    expect(docToMarkdown(doc)).toBe('1. first\n\n   more of it\n\n2. second\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('keeps two lists in a row apart by switching the marker', () => {
    const doc = htmlToDoc('<ul><li><p>a</p></li></ul><ul><li><p>b</p></li></ul><ol><li><p>c</p></li></ol><ol><li><p>d</p></li></ol>');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes a blockquote with its paragraphs and lists', () => {
    const doc = htmlToDoc('<blockquote><p>Quoted.</p><p>Again.</p><ul><li><p>item</p></li></ul></blockquote>');
    expect(docToMarkdown(doc)).toBe('> Quoted.\n>\n> Again.\n>\n> - item\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes a code block fenced, with its language, and a longer fence when the code holds one', () => {
    const doc = markdownToDoc('```ts\nconst a = `x`;\n```\n\n````\n```\nnested\n```\n````\n');
    expect(docToMarkdown(doc)).toBe('```ts\nconst a = `x`;\n```\n\n````\n```\nnested\n```\n````\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('keeps markup characters in a code block as they are', () => {
    const doc = markdownToDoc('```\n# not a heading *not emphasis* <b>\n```\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes a horizontal rule and an image with alt text and title', () => {
    const doc = docOf(paragraph('Before'), { type: 'horizontalRule' }, { type: 'image', attrs: { src: 'https://example.com/a b.png', alt: 'A [cat]', title: 'Say "hi"' } });
    expect(docToMarkdown(doc)).toBe('Before\n\n---\n\n![A \\[cat\\]](<https://example.com/a b.png> "Say \\"hi\\"")\n');
    // The importer reads an image in a paragraph of its own and lifts it out, leaving the paragraph;
    // and it percent-encodes the space.
    const image = roundTrip(doc).content?.find((node) => node.type === 'image');
    expect(image?.attrs).toMatchObject({ src: 'https://example.com/a%20b.png', alt: 'A [cat]', title: 'Say "hi"' });
  });

  it('writes nothing for an empty document', () => {
    expect(docToMarkdown(docOf({ type: 'paragraph' }))).toBe('');
  });
});

describe('docToMarkdown: marks', () => {
  it('writes bold, italic, strike, code, underline and links', () => {
    const doc = htmlToDoc(
      '<p><strong>bold</strong> <em>italic</em> <s>gone</s> <code>x = 1</code> <u>under</u> <a href="https://example.com" title="T">link</a></p>',
    );
    expect(docToMarkdown(doc)).toBe('**bold** *italic* ~~gone~~ `x = 1` <u>under</u> [link](https://example.com "T")\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('keeps a mark open across nested marks, and nests them in a fixed order', () => {
    const doc = htmlToDoc('<p><strong>all <em>both</em> bold</strong> then <a href="https://x.org"><strong>bold link</strong> plain link</a></p>');
    expect(docToMarkdown(doc)).toBe('**all *both* bold** then [**bold link** plain link](https://x.org)\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('moves spaces at the edge of a mark outside it, where Markdown needs them', () => {
    const doc = docOf(paragraph('a', text(' bold ', [{ type: 'bold' }]), 'b'));
    expect(docToMarkdown(doc)).toBe('a **bold** b\n');
  });

  it.each([
    ['<p><strong>Note:</strong>text</p>', '<strong>Note:</strong>text\n'],
    ['<p>x<strong>"q"</strong>y</p>', 'x<strong>"q"</strong>y\n'],
    ['<p>a<u><strong>ub</strong></u>c</p>', 'a<strong><u>ub</u></strong>c\n'],
    ['<p><em>a</em><strong>b</strong></p>', '*a***b**\n'],
  ])('writes emphasis that Markdown could not delimit there as HTML: %j', (html, markdown) => {
    const doc = htmlToDoc(html);
    expect(docToMarkdown(doc)).toBe(markdown);
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes a code span around backticks', () => {
    const doc = docOf(paragraph(text('a `tick`', [{ type: 'code' }])));
    expect(docToMarkdown(doc)).toBe('`` a `tick` ``\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('closes a mark before a code span (code takes no other marks in the schema)', () => {
    const doc = htmlToDoc('<p><strong>Run</strong><code>npm ci</code> <em>first</em></p>');
    expect(docToMarkdown(doc)).toBe('**Run**`npm ci` *first*\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes a hard break as a backslash line break', () => {
    const doc = htmlToDoc('<p>first<br>second</p>');
    expect(docToMarkdown(doc)).toBe('first\\\nsecond\n');
    expect(roundTrip(doc)).toEqual(doc);
  });
});

describe('docToMarkdown: text that looks like Markdown', () => {
  it.each([
    '# not a heading',
    '> not a quote',
    '- not a list',
    '+ not a list',
    '1. not a list',
    '1984) not a list',
    'a *star* and _under_ and snake_case',
    'brackets [x](y) and ![z](w)',
    'html <b>tag</b> & entity &amp; stays text',
    'back\\slash and `tick` and ~tilde~ and | pipe',
    '---',
    '===',
  ])('keeps %j as text', (plain) => {
    const doc = docOf(paragraph(plain));
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('leaves a word with an inner underscore readable', () => {
    expect(docToMarkdown(docOf(paragraph('snake_case')))).toBe('snake_case\n');
  });
});
