import { describe, it, expect } from 'vitest';
import { Window } from 'happy-dom';
import { codeBlockHtml } from '../../../../src/main/core/render/highlightCode';

describe('codeBlockHtml', () => {
  it('highlights a known language into hljs token spans', () => {
    expect(codeBlockHtml('const a = 1;', 'javascript')).toBe(
      '<pre><code class="hljs language-javascript"><span class="hljs-keyword">const</span> a = <span class="hljs-number">1</span>;</code></pre>',
    );
  });

  it('knows languages by their aliases (ts, sh, py)', () => {
    for (const alias of ['ts', 'sh', 'py']) expect(codeBlockHtml('x', alias)).toContain(`class="hljs language-${alias}"`);
  });

  it('writes code of an unknown language, or of none, plain and escaped', () => {
    expect(codeBlockHtml('<b> & </b>', 'no-such-language')).toBe('<pre><code class="language-no-such-language">&lt;b&gt; &amp; &lt;/b&gt;</code></pre>');
    expect(codeBlockHtml('<b>', null)).toBe('<pre><code>&lt;b&gt;</code></pre>');
    expect(codeBlockHtml('<b>', '  ')).toBe('<pre><code>&lt;b&gt;</code></pre>');
  });

  it('escapes a language name that would break out of the class attribute', () => {
    expect(codeBlockHtml('x', '"><script>')).toBe('<pre><code class="language-&quot;&gt;&lt;script&gt;">x</code></pre>');
  });

  it('keeps the code text exactly, markup included', () => {
    const code = 'if (a < b && c) {\n  return "</code>";\n}';
    const html = codeBlockHtml(code, 'js');
    const window = new Window();
    try {
      const pre = new window.DOMParser().parseFromString(html, 'text/html').querySelector('pre');
      expect(pre?.querySelectorAll('span').length).toBeGreaterThan(2);
      expect(pre?.textContent).toBe(code);
    } finally {
      void window.happyDOM.close();
    }
  });
});
