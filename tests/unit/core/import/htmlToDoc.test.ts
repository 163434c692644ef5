import { describe, it, expect } from 'vitest';
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
