import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { parseDoc, postSchema, renderBodyHtml } from '../../../../src/main/core/render/renderBodyHtml';
import { appErrorFrom } from '../../helpers/appError';
import { docOf, docWith, paragraph, text } from '../../helpers/docs';

const link = (label: string, href: string): JSONContent => text(label, [{ type: 'link', attrs: { href } }]);

describe('renderBodyHtml', () => {
  it('renders paragraphs, marks, headings and lists as plain HTML', () => {
    const doc = docOf(
      { type: 'heading', attrs: { level: 2 }, content: [text('Part one')] },
      paragraph('Plain, ', text('bold', [{ type: 'bold' }]), ' and ', text('italic', [{ type: 'italic' }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('item')] }] },
      { type: 'blockquote', content: [paragraph('quoted')] },
    );
    expect(renderBodyHtml(doc)).toBe(
      '<h2>Part one</h2><p>Plain, <strong>bold</strong> and <em>italic</em></p><ul><li><p>item</p></li></ul><blockquote><p>quoted</p></blockquote>',
    );
  });

  it('renders an empty document as one empty paragraph', () => {
    expect(renderBodyHtml({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('<p></p>');
  });

  it('escapes text, so markup typed by the writer stays text', () => {
    expect(renderBodyHtml(docWith('<script>alert(1)</script> & more'))).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>');
  });

  it('escapes text inside code blocks of a language it does not highlight', () => {
    const doc = docOf({ type: 'codeBlock', attrs: { language: 'klingon' }, content: [text('<b>x</b>')] });
    expect(renderBodyHtml(doc)).toBe('<pre><code class="language-klingon">&lt;b&gt;x&lt;/b&gt;</code></pre>');
  });

  it('highlights code blocks of a known language, still escaping the code', () => {
    const doc = docOf({ type: 'codeBlock', attrs: { language: 'html' }, content: [text('<b>x</b>')] });
    const html = renderBodyHtml(doc);
    expect(html).toMatch(/^<pre><code class="hljs language-html"><span class="hljs-tag">/);
    expect(html).not.toContain('<b>');
    expect(renderBodyHtml(doc, { highlightCode: false })).toBe('<pre><code class="language-html">&lt;b&gt;x&lt;/b&gt;</code></pre>');
  });

  it('renders links with a safe rel', () => {
    expect(renderBodyHtml(docOf(paragraph(link('site', 'https://example.com/a?b=1&c=2'))))).toBe(
      '<p><a rel="noopener noreferrer nofollow" href="https://example.com/a?b=1&amp;c=2">site</a></p>',
    );
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'])(
    'does not emit the link target %j',
    (href) => {
      const html = renderBodyHtml(docOf(paragraph(link('click', href))));
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toContain('data:');
      expect(html).not.toContain('<script');
      expect(html).toContain('>click</a>');
    },
  );

  it('escapes attribute values, so a quote cannot open a new attribute', () => {
    const doc = docOf({ type: 'image', attrs: { src: 'https://example.com/a.png" onerror="alert(1)', alt: '"><script>x</script>' } });
    const html = renderBodyHtml(doc);
    expect(html).toBe('<img src="https://example.com/a.png&quot; onerror=&quot;alert(1)" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"/>');
  });

  it('renders a heading of a level the post does not use as h2, as the page has one h1: the title', () => {
    for (const level of [1, 9]) {
      expect(renderBodyHtml(docOf({ type: 'heading', attrs: { level }, content: [text('Heading')] }))).toBe('<h2>Heading</h2>');
    }
  });

  it('renders highlight as <mark> and a footnote as an empty, closed marker carrying its text', () => {
    const doc = docOf(paragraph(text('marked', [{ type: 'highlight' }]), { type: 'footnote', attrs: { text: 'A "note" & <more>' } }, ' after'));
    expect(renderBodyHtml(doc)).toBe(
      '<p><mark>marked</mark><sup class="footnote-ref" data-footnote="A &quot;note&quot; &amp; &lt;more&gt;"></sup> after</p>',
    );
  });

  it('renders task lists, nested, with checkboxes a reader cannot tick', () => {
    const task = (checked: boolean, ...content: JSONContent[]): JSONContent => ({ type: 'taskItem', attrs: { checked }, content });
    const doc = docOf({ type: 'taskList', content: [task(true, paragraph('done'), { type: 'taskList', content: [task(false, paragraph('open'))] })] });
    expect(renderBodyHtml(doc)).toBe(
      '<ul data-type="taskList"><li data-checked="true" data-type="taskItem"><label><input type="checkbox" checked="checked" disabled="disabled" aria-label="Done"/></label>' +
        '<div><p>done</p><ul data-type="taskList"><li data-checked="false" data-type="taskItem"><label><input type="checkbox" disabled="disabled" aria-label="Not done"/></label>' +
        '<div><p>open</p></div></li></ul></div></li></ul>',
    );
  });

  it('renders a table without column widths, in a wrapper that scrolls, keeping cell alignment', () => {
    const cell = (type: string, value: string, attrs: Record<string, unknown> = {}): JSONContent => ({ type, attrs, content: [paragraph(value)] });
    const doc = docOf({
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Name'), cell('tableHeader', 'Sum', { align: 'right' })] },
        { type: 'tableRow', content: [cell('tableCell', 'a'), cell('tableCell', '2', { align: 'right' })] },
      ],
    });
    expect(renderBodyHtml(doc)).toBe(
      '<div class="tableWrapper"><table><tbody>' +
        '<tr><th colspan="1" rowspan="1"><p>Name</p></th><th colspan="1" rowspan="1" style="text-align: right"><p>Sum</p></th></tr>' +
        '<tr><td colspan="1" rowspan="1"><p>a</p></td><td colspan="1" rowspan="1" style="text-align: right"><p>2</p></td></tr>' +
        '</tbody></table></div>',
    );
  });

  it('renders an image with a caption as a figure, and one without as a bare img', () => {
    const captioned = docOf({ type: 'image', attrs: { src: 'https://example.com/a.png', alt: 'A', title: 'T', caption: 'Seen <here> & there' } });
    expect(renderBodyHtml(captioned)).toBe(
      '<figure><img src="https://example.com/a.png" alt="A" title="T"/><figcaption>Seen &lt;here&gt; &amp; there</figcaption></figure>',
    );
    expect(renderBodyHtml(docOf({ type: 'image', attrs: { src: 'https://example.com/b.png', alt: 'B' } }))).toBe('<img src="https://example.com/b.png" alt="B"/>');
  });

  it('accepts an already parsed node', () => {
    const node = parseDoc(docWith('parsed'));
    expect(renderBodyHtml(node)).toBe('<p>parsed</p>');
  });
});

describe('parseDoc', () => {
  it('returns a node of the post schema', () => {
    const node = parseDoc(docWith('a', 'b'));
    expect(node.type.schema).toBe(postSchema());
    expect(node.childCount).toBe(2);
  });

  it.each<[string, JSONContent]>([
    ['an unknown node', { type: 'doc', content: [{ type: 'nonsense' }] }],
    ['an unknown mark', docOf(paragraph(text('x', [{ type: 'blink' }])))],
    ['text directly in the document', { type: 'doc', content: [text('loose')] }],
    ['a paragraph inside a paragraph', docOf({ type: 'paragraph', content: [paragraph('inner')] })],
  ])('refuses %s with VALIDATION', (_label, doc) => {
    const error = appErrorFrom(() => parseDoc(doc));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^The document does not fit the post schema: /);
  });
});
