import { describe, it, expect } from 'vitest';
import type { PostContent } from '../../../../src/shared/draft';
import { renderPostDocument, UNTITLED } from '../../../../src/main/core/render/renderPostDocument';
import { renderBodyHtml } from '../../../../src/main/core/render/renderBodyHtml';
import { POST_THEME_CSS } from '../../../../src/main/core/render/postTheme';
import { docOf, docWith, paragraph, text } from '../../helpers/docs';

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

function post(overrides: Partial<PostContent> = {}): PostContent {
  return {
    title: 'A walk in the hills',
    author: 'Ann Writer',
    date: '2026-11-29',
    tags: ['Travel', 'Slow living'],
    doc: docWith('We left at dawn.', 'The hills were quiet.'),
    ...overrides,
  };
}

describe('renderPostDocument', () => {
  it('is one standalone HTML page with the title, writer, date, reading time, body and tags', () => {
    const page = renderPostDocument(post());
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<title>A walk in the hills</title>');
    expect(page).toContain('<h1 class="post-title">A walk in the hills</h1>');
    expect(page).toContain('<span class="post-writer">Writer: Ann Writer</span>');
    expect(page).toContain('<time class="post-date" datetime="2026-11-29">November 29, 2026</time>');
    expect(page).toContain('<span class="post-reading-time">1 min read</span>');
    expect(page).toContain(`<div class="post-body">\n${renderBodyHtml(post().doc)}\n</div>`);
    expect(page).toContain('<footer class="post-tags"><ul><li>Travel</li><li>Slow living</li></ul></footer>');
    expect(page).toContain(`<style>${POST_THEME_CSS}</style>`);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows the reading time of the body', () => {
    expect(renderPostDocument(post({ doc: docWith(words(510)) }))).toContain('2 min read');
    expect(renderPostDocument(post({ doc: docWith('我在家里写一篇新文章。'.repeat(125)) }))).toContain('3 min read');
  });

  it('escapes HTML in the title, the author and the tags', () => {
    const page = renderPostDocument(
      post({ title: '<img src=x onerror=alert(1)> & "more"', author: '<b>Bob</b>', tags: ['<i>x</i>'] }),
    );
    expect(page).toContain('<title>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;</title>');
    expect(page).toContain('<h1 class="post-title">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;</h1>');
    expect(page).toContain('Writer: &lt;b&gt;Bob&lt;/b&gt;');
    expect(page).toContain('<meta name="author" content="&lt;b&gt;Bob&lt;/b&gt;">');
    expect(page).toContain('<li>&lt;i&gt;x&lt;/i&gt;</li>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>');
  });

  it('carries no script, and a javascript: link loses its target', () => {
    const doc = docOf(paragraph('see ', text('this', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])), paragraph('<script>alert(2)</script>'));
    const page = renderPostDocument(post({ title: '<script>alert(3)</script>', doc }));
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/javascript:/i);
    expect(page).toContain("default-src 'none'");
  });

  it('calls a post without a title "Untitled"', () => {
    expect(UNTITLED).toBe('Untitled');
    const page = renderPostDocument(post({ title: '   ' }));
    expect(page).toContain('<title>Untitled</title>');
    expect(page).toContain('<h1 class="post-title">Untitled</h1>');
  });

  it('leaves out the writer when there is none', () => {
    const page = renderPostDocument(post({ author: ' ' }));
    expect(page).not.toContain('Writer:');
    expect(page).not.toContain('name="author"');
  });

  it('leaves out the tag list when there are no tags', () => {
    expect(renderPostDocument(post({ tags: [] }))).not.toContain('post-tags"');
  });

  it('adds an escaped description and the language when given', () => {
    const page = renderPostDocument(post(), { description: 'Hills & "quiet"', lang: 'de' });
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<meta name="description" content="Hills &amp; &quot;quiet&quot;">');
  });

  it('numbers the footnotes of the whole post and lists them after the body', () => {
    const note = (value: string) => ({ type: 'footnote', attrs: { text: value } });
    const page = renderPostDocument(post({ doc: docOf(paragraph('First', note('One.')), paragraph('Second', note('Two.'))) }));
    expect(page).toContain('Second<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup>');
    expect(page).toMatch(/<section class="footnotes" aria-label="Footnotes"><ol><li id="fn-1">One\. .*<li id="fn-2">Two\. .*<\/ol><\/section>\n<\/div>/);
    expect(page).not.toContain('data-footnote');
  });
});

describe('POST_THEME_CSS', () => {
  it.each(['mark', 'figcaption', '.tableWrapper', 'th, .post-body td', 'li[data-type="taskItem"]', '.footnotes', '.footnote-ref', '.hljs-keyword', '.hljs-string', '.hljs-comment'])(
    'styles %s',
    (selector) => {
      expect(POST_THEME_CSS).toContain(`.post-body ${selector}`);
    },
  );

  it('gives every colour of the light theme a dark counterpart', () => {
    const [light = '', dark = ''] = POST_THEME_CSS.split('@media (prefers-color-scheme: dark)');
    const variables = (css: string): string[] => [...new Set(css.match(/--[\w-]+(?=:)/g) ?? [])].sort();
    const colours = variables(light).filter((name) => !['--serif', '--sans', '--mono'].includes(name));
    expect(colours.length).toBeGreaterThan(10);
    expect(variables(dark.slice(0, dark.indexOf('\n}')))).toEqual(colours);
  });
});

