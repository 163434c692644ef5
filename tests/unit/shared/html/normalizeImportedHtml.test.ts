import { afterEach, describe, it, expect, expectTypeOf } from 'vitest';
import { Window } from 'happy-dom';
import { normalizeImportedHtml, type HtmlElement } from '../../../../src/shared/html/normalizeImportedHtml';
import { markdownToHtml } from '../../../../src/shared/markdown/markdownToHtml';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

/** The body of the HTML after normalising, in a happy-dom document (as the importer in Node runs it). */
function normalizedBody(html: string) {
  const window = new Window();
  windows.push(window);
  const body = new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html').body;
  normalizeImportedHtml(body);
  return body;
}

/** The HTML after normalising, without the line breaks micromark puts between tags. */
const normalized = (html: string): string => normalizedBody(html).innerHTML.replace(/\n/g, '');

describe('normalizeImportedHtml', () => {
  it('takes the DOM of a browser as well as happy-dom', () => {
    expectTypeOf<HTMLElement>().toExtend<HtmlElement>();
  });

  it('fits heading levels to the body: H1 becomes H2, H5 and H6 become H4', () => {
    expect(normalized('<h1 class="x">One <em>big</em></h1><h3>Three</h3><h5>Five</h5><h6>Six</h6>')).toBe(
      '<h2>One <em>big</em></h2><h3>Three</h3><h4>Five</h4><h4>Six</h4>',
    );
  });

  it('turns a GFM task list into a task list, nested and loose ones too', () => {
    const html = markdownToHtml('- [ ] open\n- [x] done\n  - [X] inner\n\n* [ ] loose\n\n  more\n');
    expect(normalized(html)).toBe(
      '<ul data-type="taskList"><li data-type="taskItem" data-checked="false"><div> open</div></li>' +
        '<li data-type="taskItem" data-checked="true"><div> done<ul data-type="taskList"><li data-type="taskItem" data-checked="true"><div> inner</div></li></ul></div></li></ul>' +
        '<ul data-type="taskList"><li data-type="taskItem" data-checked="false"><div><p> loose</p><p>more</p></div></li></ul>',
    );
  });

  it('reads GitHub\'s rendered task lists, with the checkbox in a label', () => {
    expect(
      normalized('<ul class="contains-task-list"><li class="task-list-item"><label><input type="checkbox" class="task-list-item-checkbox" checked disabled></label> Ship it</li></ul>'),
    ).toBe('<ul class="contains-task-list" data-type="taskList"><li class="task-list-item" data-type="taskItem" data-checked="true"><div> Ship it</div></li></ul>');
  });

  it('takes "- [ ]" with nothing after it, which GFM leaves as text, as an empty task in a task list', () => {
    expect(normalized(markdownToHtml('- [x] first\n- [ ]\n'))).toBe(
      '<ul data-type="taskList"><li data-type="taskItem" data-checked="true"><div> first</div></li><li data-type="taskItem" data-checked="false"><div></div></li></ul>',
    );
  });

  it('keeps the state as text in a numbered list or one where only some items are tasks', () => {
    expect(normalized(markdownToHtml('1. [x] numbered\n'))).toBe('<ol><li>[x]  numbered</li></ol>');
    expect(normalized(markdownToHtml('- [ ] task\n- plain\n'))).toBe('<ul><li>[ ]  task</li><li>plain</li></ul>');
  });

  it('leaves a checkbox in the middle of an item alone', () => {
    expect(normalized('<ul><li>tick <input type="checkbox"> here</li></ul>')).toBe('<ul><li>tick <input type="checkbox"> here</li></ul>');
  });

  it('turns GFM footnotes into markers carrying the note text, and drops the notes section', () => {
    const html = markdownToHtml('One[^a] and two[^b], one again[^a].\n\n[^a]: The *first* note.\n[^b]: Second,\n    over two lines.\n');
    expect(normalized(html)).toBe(
      '<p>One<sup class="footnote-ref" data-footnote="The first note."></sup> and two<sup class="footnote-ref" data-footnote="Second, over two lines."></sup>, ' +
        'one again<sup class="footnote-ref" data-footnote="The first note."></sup>.</p>',
    );
  });

  it.each([
    [
      'kramdown (Jekyll) and Hugo',
      '<p>Text<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p>' +
        '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>Kramdown note. <a href="#fnref:1" class="reversefootnote" role="doc-backlink">↩</a></p></li></ol></div>',
    ],
    [
      'Pandoc',
      '<p>Text<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>' +
        '<section id="footnotes" class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>Kramdown note.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>',
    ],
    [
      'Inkpress\'s own export',
      '<p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>' +
        '<section class="footnotes" aria-label="Footnotes"><ol><li id="fn-1">Kramdown note. <a href="#fnref-1" class="footnote-back" aria-label="Back to the text">↩</a></li></ol></section>',
    ],
  ])('reads the footnotes %s writes', (_engine, html) => {
    expect(normalized(html)).toBe('<p>Text<sup class="footnote-ref" data-footnote="Kramdown note."></sup></p>');
  });

  it('keeps notes that nothing refers to, in their list', () => {
    const html = '<p>x<sup><a href="#fn-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1">used</li><li id="fn-2">kept</li></ol></section>';
    expect(normalized(html)).toBe('<p>x<sup class="footnote-ref" data-footnote="used"></sup></p><section class="footnotes"><ol><li id="fn-2">kept</li></ol></section>');
  });

  it('leaves links to other places on the page alone', () => {
    const html = '<p><a href="#intro">intro</a> and <sup><a href="#top">1</a></sup></p><h2 id="intro">Intro</h2>';
    expect(normalized(html)).toBe(html);
  });

  it('keeps a figure holding one picture, and unwraps any other figure, its caption a paragraph', () => {
    expect(normalized('<figure><img src="a.png" alt="A"><figcaption>Cap</figcaption></figure>')).toBe(
      '<figure><img src="a.png" alt="A"><figcaption>Cap</figcaption></figure>',
    );
    expect(normalized('<figure><blockquote>Quoted.</blockquote><figcaption>Someone</figcaption></figure>')).toBe('<blockquote>Quoted.</blockquote><p>Someone</p>');
    expect(normalized('<figure><img src="a.png"><img src="b.png"><figcaption>Two</figcaption></figure>')).toBe('<img src="a.png"><img src="b.png"><p>Two</p>');
  });

  it('lets a paragraph holding only pictures give way to them', () => {
    expect(normalized('<p><img src="a.png"> <img src="b.png"></p><p>Text <img src="c.png"></p>')).toBe(
      '<img src="a.png"><img src="b.png"><p>Text <img src="c.png"></p>',
    );
  });

  it('drops the line break that ends a code block, once', () => {
    expect(normalizedBody(markdownToHtml('```js\nlet a;\n\n```\n')).querySelector('code')?.textContent).toBe('let a;\n');
    expect(normalizedBody(markdownToHtml('```\nno break\n```\n')).querySelector('code')?.textContent).toBe('no break');
    expect(normalized('<pre><code><span>a</span><span>b\n</span></code></pre>')).toBe('<pre><code><span>a</span><span>b</span></code></pre>');
  });
});
