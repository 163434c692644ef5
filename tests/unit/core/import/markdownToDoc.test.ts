import { describe, it, expect } from 'vitest';
import { markdownToDoc, markdownToHtml } from '../../../../src/main/core/import/markdownToDoc';
import { renderBodyHtml } from '../../../../src/main/core/render/renderBodyHtml';
import { docOf, paragraph, text } from '../../helpers/docs';

describe('markdownToHtml', () => {
  it('follows CommonMark with GFM (strikethrough, autolinks)', () => {
    expect(markdownToHtml('~~gone~~ https://example.com')).toBe(
      '<p><del>gone</del> <a href="https://example.com">https://example.com</a></p>',
    );
  });
});

describe('markdownToDoc', () => {
  it('turns Markdown into a post document', () => {
    const doc = markdownToDoc('## Part\n\nSome *text* and `code`.\n\n> quoted\n');
    expect(doc).toEqual(
      docOf(
        { type: 'heading', attrs: { level: 2 }, content: [text('Part')] },
        paragraph('Some ', text('text', [{ type: 'italic' }]), ' and ', text('code', [{ type: 'code' }]), '.'),
        { type: 'blockquote', content: [paragraph('quoted')] },
      ),
    );
  });

  it('keeps links with the schema\'s attributes', () => {
    const doc = markdownToDoc('[site](https://example.com)');
    expect(doc.content?.[0]?.content?.[0]?.marks?.[0]).toMatchObject({ type: 'link', attrs: { href: 'https://example.com' } });
  });

  it('filters raw HTML through the schema: unknown attributes are dropped', () => {
    expect(markdownToDoc('Before\n\n<p onclick="x()" style="color: red">After</p>\n')).toEqual(docOf(paragraph('Before'), paragraph('After')));
  });

  it('never lets a raw <script> through as an element: the GFM tag filter makes it inert text', () => {
    const doc = markdownToDoc('Before\n\n<script>alert(1)</script>\n');
    expect(doc).toEqual(docOf(paragraph('Before'), paragraph(' <script>alert(1)</script>')));
    expect(renderBodyHtml(doc)).not.toContain('<script');
  });

  it('makes a # heading in the body an h2', () => {
    expect(markdownToDoc('# Big')).toEqual(docOf({ type: 'heading', attrs: { level: 2 }, content: [text('Big')] }));
  });
});

describe('markdownToDoc: GFM beyond CommonMark', () => {
  it('reads task lists, tables, footnotes and a figure', () => {
    const doc = markdownToDoc(
      '- [x] done\n- [ ] open\n\n| A | B |\n| - | :-: |\n| 1 | 2 |\n\nSaid[^n].\n\n<figure><img src="a.png" alt="A"><figcaption>Cap</figcaption></figure>\n\n[^n]: A note.\n',
    );
    expect(doc.content?.map((block) => block.type)).toEqual(['taskList', 'table', 'paragraph', 'image']);
    expect(doc.content?.[0]?.content?.map((item) => item.attrs?.checked)).toEqual([true, false]);
    expect(doc.content?.[1]?.content?.[1]?.content?.[1]?.attrs?.align).toBe('center');
    expect(doc.content?.[2]).toEqual(paragraph('Said', { type: 'footnote', attrs: { text: 'A note.' } }, '.'));
    expect(doc.content?.[3]?.attrs).toEqual({ src: 'a.png', alt: 'A', title: null, caption: 'Cap' });
  });

  it('reads a fenced code block without the line break before the closing fence', () => {
    expect(markdownToDoc('```py\nprint(1)\n```\n')).toEqual(docOf({ type: 'codeBlock', attrs: { language: 'py' }, content: [text('print(1)')] }));
  });
});
