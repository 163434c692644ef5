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

  it('escapes text inside code blocks', () => {
    const doc = docOf({ type: 'codeBlock', attrs: { language: 'html' }, content: [text('<b>x</b>')] });
    expect(renderBodyHtml(doc)).toBe('<pre><code class="language-html">&lt;b&gt;x&lt;/b&gt;</code></pre>');
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
