import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { docToMarkdown } from '../../../../src/main/core/export/docToMarkdown';
import { htmlToDoc } from '../../../../src/main/core/import/htmlToDoc';
import { markdownToDoc } from '../../../../src/main/core/import/markdownToDoc';
import { parseDoc } from '../../../../src/main/core/render/renderBodyHtml';
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

describe('docToMarkdown: editor formatting beyond CommonMark', () => {
  const task = (checked: boolean, ...content: JSONContent[]): JSONContent => ({ type: 'taskItem', attrs: { checked }, content });
  const cell = (type: string, ...content: JSONContent[]): JSONContent => ({ type, content: content.length ? content : [{ type: 'paragraph' }] });
  const row = (...cells: JSONContent[]): JSONContent => ({ type: 'tableRow', content: cells });
  const note = (value: string): JSONContent => ({ type: 'footnote', attrs: { text: value } });

  it('writes highlight as <mark>, which CommonMark passes through', () => {
    const doc = docOf(paragraph('a ', text('marked', [{ type: 'highlight' }]), ' word'));
    expect(docToMarkdown(doc)).toBe('a <mark>marked</mark> word\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('writes task lists as GFM "- [ ]" and "- [x]" items, nested under the text', () => {
    const doc = docOf({ type: 'taskList', content: [task(false, paragraph('open')), task(true, paragraph('done'), { type: 'taskList', content: [task(false, paragraph('inner'))] })] });
    expect(docToMarkdown(doc)).toBe('- [ ] open\n- [x] done\n  - [ ] inner\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('keeps a task list right after a bullet list apart by switching the marker', () => {
    const doc = docOf({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('bullet')] }] }, { type: 'taskList', content: [task(false, paragraph('task'))] });
    expect(docToMarkdown(doc)).toBe('- bullet\n\n* [ ] task\n');
    expect(roundTrip(doc)).toEqual(parseDoc(doc).toJSON());
  });

  it('writes a table with a header row as a GFM table, escaping pipes and aligning columns', () => {
    const doc = docOf({
      type: 'table',
      content: [
        row(cell('tableHeader', paragraph('Name')), { ...cell('tableHeader', paragraph('Sum')), attrs: { align: 'right' } }),
        row(cell('tableCell', paragraph('a|b ', text('c|d', [{ type: 'code' }]))), { ...cell('tableCell', paragraph('1', { type: 'hardBreak' }, '2')), attrs: { align: 'right' } }),
      ],
    });
    expect(docToMarkdown(doc)).toBe('| Name | Sum |\n| --- | --: |\n| a\\|b `c\\|d` | 1<br>2 |\n');
    expect(roundTrip(doc)).toEqual(parseDoc(doc).toJSON());
  });

  it('writes a table GFM cannot hold (no header row, merged cells, blocks in cells) as one line of HTML', () => {
    const doc = docOf({ type: 'table', content: [row(cell('tableCell', paragraph('one'), paragraph('two')))] });
    const markdown = docToMarkdown(doc);
    expect(markdown).toBe('<div class="tableWrapper"><table><tbody><tr><td colspan="1" rowspan="1"><p>one</p><p>two</p></td></tr></tbody></table></div>\n');
    expect(roundTrip(doc)).toEqual(parseDoc(doc).toJSON());
  });

  it('writes footnotes as [^n] references, numbered in order, with their notes at the end', () => {
    const doc = docOf(paragraph('One', note('First *note*.')), paragraph(note('Second'), ': starts a paragraph'));
    expect(docToMarkdown(doc)).toBe('One[^1]\n\n[^2]\\: starts a paragraph\n\n[^1]: First \\*note\\*.\n[^2]: Second\n');
    expect(roundTrip(doc)).toEqual(parseDoc(doc).toJSON());
  });

  it('writes a captioned image as a <figure> HTML block, escaping its attributes and caption', () => {
    const doc = docOf({ type: 'image', attrs: { src: 'https://example.com/a.png', alt: 'A "cat"', caption: 'Rex & <friends>' } });
    expect(docToMarkdown(doc)).toBe('<figure><img src="https://example.com/a.png" alt="A &quot;cat&quot;"><figcaption>Rex &amp; &lt;friends&gt;</figcaption></figure>\n');
    expect(roundTrip(doc)).toEqual(parseDoc(doc).toJSON());
  });

  it('keeps a bare web or mail address in text as text, not a link', () => {
    const doc = docOf(paragraph('see https://example.com, www.example.org or me@example.com'));
    expect(docToMarkdown(doc)).toBe('see https\\://example.com, www\\.example.org or me\\@example.com\n');
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('keeps a mark open across text with more marks, whatever the usual order', () => {
    const doc = docOf(paragraph(text('lit ', [{ type: 'highlight' }]), text('bold', [{ type: 'highlight' }, { type: 'bold' }])));
    expect(docToMarkdown(doc)).toBe('<mark>lit **bold**</mark>\n');
  });

  it('writes a code block that ends with a line break so that it reads back with it', () => {
    const doc = docOf({ type: 'codeBlock', attrs: { language: null }, content: [text('line\n')] });
    expect(docToMarkdown(doc)).toBe('```\nline\n\n```\n');
    expect(roundTrip(doc)).toEqual(doc);
  });
});
