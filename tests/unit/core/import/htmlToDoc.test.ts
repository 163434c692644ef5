import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { htmlToDoc, takeHtmlTitle } from '../../../../src/main/core/import/htmlToDoc';
import { docOf, paragraph, text } from '../../helpers/docs';

describe('htmlToDoc', () => {
  it('keeps what the post schema knows', () => {
    expect(htmlToDoc('<p>Hello <strong>bold</strong></p><ul><li>one</li></ul>')).toEqual(
      docOf(paragraph('Hello ', text('bold', [{ type: 'bold' }])), {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [paragraph('one')] }],
      }),
    );
  });

  it('drops scripts and styles, and runs nothing', () => {
    const doc = htmlToDoc('<style>p { color: red }</style><p>Visible</p><script>globalThis.ran = true; document.write("x")</script>');
    expect(doc).toEqual(docOf(paragraph('Visible')));
    expect(JSON.stringify(doc)).not.toMatch(/script|color: red|ran/);
    expect('ran' in globalThis).toBe(false);
  });

  it('drops event handler attributes', () => {
    expect(JSON.stringify(htmlToDoc('<p onclick="steal()">Hi</p>'))).not.toContain('steal');
  });

  it('makes an h1 in the body an h2, and h5/h6 an h4', () => {
    expect(htmlToDoc('<h1 class="x">Top</h1><h5>Five</h5><h6>Six</h6>')).toEqual(
      docOf(
        { type: 'heading', attrs: { level: 2 }, content: [text('Top')] },
        { type: 'heading', attrs: { level: 4 }, content: [text('Five')] },
        { type: 'heading', attrs: { level: 4 }, content: [text('Six')] },
      ),
    );
  });
});

describe('htmlToDoc: formatting from other places', () => {
  it('reads a WordPress figure as a captioned image, and a bare img without caption', () => {
    const doc = htmlToDoc(
      '<figure class="wp-block-image size-large"><img src="https://example.com/a.jpg" alt="Hills" class="wp-image-7"/><figcaption class="wp-element-caption">The <strong>hills</strong>  at dawn</figcaption></figure>' +
        '<img src="https://example.com/b.jpg">',
    );
    expect(doc).toEqual(
      docOf(
        { type: 'image', attrs: { src: 'https://example.com/a.jpg', alt: 'Hills', title: null, caption: 'The hills at dawn' } },
        { type: 'image', attrs: { src: 'https://example.com/b.jpg', alt: null, title: null, caption: '' } },
      ),
    );
  });

  it('drops images held as data: URLs, in a figure or not', () => {
    expect(htmlToDoc('<figure><img src="data:image/png;base64,AAAA"><figcaption>Cap</figcaption></figure><img src="data:image/png;base64,AAAA">')).toEqual(docOf(paragraph('Cap')));
  });

  it('reads a table with its header row, alignment and line breaks', () => {
    const doc = htmlToDoc('<table><thead><tr><th>A</th><th align="right">B</th></tr></thead><tbody><tr><td>1<br>2</td><td style="text-align: right">3</td></tr></tbody></table>');
    const cell = (type: string, align: string | null, ...content: JSONContent[]): JSONContent => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null, align }, content: [paragraph(...content)] });
    expect(doc).toEqual(
      docOf({
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', null, text('A')), cell('tableHeader', 'right', text('B'))] },
          { type: 'tableRow', content: [cell('tableCell', null, text('1'), { type: 'hardBreak' }, text('2')), cell('tableCell', 'right', text('3'))] },
        ],
      }),
    );
  });

  it('reads highlight, task lists and footnotes', () => {
    const doc = htmlToDoc(
      '<p>A <mark>marked</mark> word<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>' +
        '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> done</li></ul>' +
        '<section class="footnotes"><ol><li id="fn-1">The note. <a href="#fnref-1" class="footnote-back">↩</a></li></ol></section>',
    );
    expect(doc).toEqual(
      docOf(
        paragraph('A ', text('marked', [{ type: 'highlight' }]), ' word', { type: 'footnote', attrs: { text: 'The note.' } }),
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [paragraph('done')] }] },
      ),
    );
  });
});

describe('takeHtmlTitle', () => {
  it('takes the first h1 as the title and removes it from the body', () => {
    const { title, body } = takeHtmlTitle('<h1>Main <em>title</em></h1><p>Intro</p><h1>Second</h1>');
    expect(title).toBe('Main title');
    expect(body).toBe('<p>Intro</p><h1>Second</h1>');
  });

  it('falls back to <title>, decoding its entities', () => {
    expect(takeHtmlTitle('<html><head><title>Fish &amp; chips</title></head><body><p>x</p></body></html>').title).toBe('Fish & chips');
  });

  it('gives no title when the page has neither', () => {
    expect(takeHtmlTitle('<p>Only text</p>')).toEqual({ title: undefined, body: '<p>Only text</p>' });
  });
});
