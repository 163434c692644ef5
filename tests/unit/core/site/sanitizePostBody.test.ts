import { describe, it, expect } from 'vitest';
import { pointImages, pointImagesAt, prepareBody } from '../../../../src/main/core/site/preparedBodies';
import { sanitizePostBody } from '../../../../src/main/core/site/sanitizePostBody';

const HASH = 'ab'.repeat(32);
const keep = () => null;
const clean = (html: string): string => sanitizePostBody(html, keep).html;

describe('sanitising post bodies', () => {
  it.each([
    ['a script', '<p>Hi</p><script>alert(1)</script>', '<p>Hi</p>'],
    ['an event handler', '<p onclick="alert(1)">Hi</p><img src="https://example.com/a.png" onerror="alert(1)">', '<p>Hi</p><img src="https://example.com/a.png" loading="lazy" decoding="async" />'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['an obfuscated javascript: link', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', '<img loading="lazy" decoding="async" />'],
    ['an iframe', '<p>a</p><iframe src="https://evil.example/"></iframe>', '<p>a</p>'],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">', ''],
    ['a style element and attribute', '<style>body{display:none}</style><p style="position:fixed">a</p>', '<p>a</p>'],
    ['a form', '<form action="https://evil.example/"><input name="q"><button>Go</button></form>', '<input type="checkbox" disabled />Go'],
    ['an unknown class', '<p class="evil">a</p><span class="hljs-keyword extra">b</span>', '<p>a</p><span class="hljs-keyword">b</span>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', ''],
    ['an svg', '<svg><script>alert(1)</script></svg>', ''],
  ])('removes %s', (_label, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it('keeps what the post schema renders', () => {
    const html = [
      '<h2>Head</h2><h3>Sub</h3><h4>Small</h4><p><strong>b</strong> <em>i</em> <s>s</s> <u>u</u> <mark>m</mark> <code>c</code></p>',
      '<blockquote><p>q</p></blockquote><ul><li><p>one</p></li></ul><ol start="3"><li><p>three</p></li></ol><hr>',
      '<pre><code class="hljs language-ts"><span class="hljs-keyword">const</span> <span class="hljs-title class_">A</span></code></pre>',
      '<figure><img src="https://example.com/a.png" alt="A" title="T"><figcaption>Cap</figcaption></figure>',
      '<table><tbody><tr><th colspan="2"><p>H</p></th></tr><tr><td><p>1</p></td><td><p>2</p></td></tr></tbody></table>',
      '<ul data-type="taskList"><li data-type="taskItem" data-checked="true"><label><input type="checkbox" checked></label><div><p>Done</p></div></li></ul>',
      '<p>Note<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p><section class="footnotes" aria-label="Footnotes"><ol><li id="fn-1">N <a href="#fnref-1" class="footnote-back" aria-label="Back">↩</a></li></ol></section>',
    ].join('');
    const out = clean(html);
    for (const kept of [
      '<h2>Head</h2><h3>Sub</h3><h4>Small</h4>',
      '<mark>m</mark>',
      '<ol start="3">',
      '<code class="hljs language-ts"><span class="hljs-keyword">const</span> <span class="hljs-title class_">A</span></code>',
      '<figure><img src="https://example.com/a.png" alt="A" title="T" loading="lazy" decoding="async" /><figcaption>Cap</figcaption></figure>',
      '<th colspan="2">',
      '<li data-type="taskItem" data-checked="true"><label><input type="checkbox" disabled checked /></label>',
      '<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>',
      '<section class="footnotes" aria-label="Footnotes"><ol><li id="fn-1">N <a href="#fnref-1" class="footnote-back" aria-label="Back">↩</a></li></ol></section>',
    ]) {
      expect(out).toContain(kept);
    }
  });

  it('makes links to other sites rel="noopener", keeping the rel they had', () => {
    expect(clean('<a href="https://example.org/x">x</a>')).toBe('<a href="https://example.org/x" rel="noopener">x</a>');
    expect(clean('<a rel="nofollow" href="http://example.org/">x</a>')).toBe('<a rel="nofollow noopener" href="http://example.org/">x</a>');
    expect(clean('<a rel="noopener noreferrer" href="https://example.org/">x</a>')).toBe('<a rel="noopener noreferrer" href="https://example.org/">x</a>');
    expect(clean('<a href="#fn-1">1</a> <a href="mailto:ann@example.com">mail</a> <a href="../other/">o</a>')).toBe(
      '<a href="#fn-1">1</a> <a href="mailto:ann@example.com">mail</a> <a href="../other/">o</a>',
    );
  });

  it('makes the title the only <h1>', () => {
    expect(clean('<h1>Big</h1>')).toBe('<h2>Big</h2>');
  });

  it('lists the library images a body shows and points them where the page needs them', () => {
    const body = `<p><img src="library-assets/${HASH}.png" alt="A"></p><img src="library-assets/${HASH}.png"><img src="https://example.com/b.png"><p>library-assets/${HASH}.png in text</p>`;
    const prepared = prepareBody(body);
    expect(prepared.libraryImages).toEqual([`library-assets/${HASH}.png`]);
    expect(pointImagesAt(prepared.html, '../images/')).toBe(
      `<p><img src="../images/${HASH}.png" alt="A" loading="lazy" decoding="async" /></p><img src="../images/${HASH}.png" loading="lazy" decoding="async" /><img src="https://example.com/b.png" loading="lazy" decoding="async" /><p>library-assets/${HASH}.png in text</p>`,
    );
    expect(pointImages(prepared.html, () => null)).toBe(prepared.html);
    expect(pointImages(prepared.html, () => 'data:image/png;base64,AAA"x')).toContain('src="data:image/png;base64,AAA&quot;x"');
  });

  it('numbers footnotes before sanitising, in no language (each page labels them in its own)', () => {
    const prepared = prepareBody('<p>Text<sup class="footnote-ref" data-footnote="A &lt;note&gt;"></sup></p>');
    expect(prepared.html).toBe(
      '<p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>\n<section class="footnotes"><ol><li id="fn-1">A &lt;note&gt; <a href="#fnref-1" class="footnote-back">↩</a></li></ol></section>',
    );
  });
});
