import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { MANIFEST_FILE } from '../../../../src/main/core/site/siteManifest';
import { appErrorFrom } from '../../helpers/appError';
import { docOf, docWith, paragraph, text } from '../../helpers/docs';
import { PNG_3X2 } from '../assets/testImages';
import { BASE_URL, docOfBlocks, listFiles, readSite, useSiteLibrary } from './siteFixture';

const openSite = useSiteLibrary();

/** The text of the first element matching a simple "tag.class" pattern (enough for our own markup). */
function textOf(html: string, tag: string, className: string): string | undefined {
  const match = new RegExp(`<${tag}[^>]*class="${className}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '');
}

const cardTitles = (html: string): string[] => [...html.matchAll(/<h2 class="post-card-title"><a href="[^"]*">([^<]*)<\/a>/g)].map((match) => match[1] as string);

describe('exporting the site', () => {
  it('writes every kind of page, feed and file', () => {
    const site = openSite();
    site.services.site.updateConfig({ postsPerPage: 2, description: 'Notes from the field.' });
    site.publish('First light', { date: '2026-11-01', tags: ['Travel', 'C++'] });
    site.publish('Second wind', { date: '2026-11-02', tags: ['Travel'] });
    site.publish('Third time', { date: '2026-11-03', tags: ['C#'] });
    const outDir = path.join(site.tempDir('site'), 'out');

    const summary = site.exportTo(outDir);

    expect(summary).toMatchObject({ outDir, indexFile: path.join(outDir, 'index.html'), posts: 3, skipped: 0, removed: 0, cancelled: false, warnings: [] });
    const files = listFiles(outDir);
    const css = files.find((file) => /^assets\/site-[0-9a-f]{12}\.css$/.test(file));
    const icon = files.find((file) => /^assets\/icon-[0-9a-f]{12}\.svg$/.test(file));
    const cPlusPlus = files.find((file) => /^tags\/c-[0-9a-f]{6}\/index\.html$/.test(file));
    expect(css && icon && cPlusPlus).toBeTruthy();
    expect(files).toEqual(
      [
        MANIFEST_FILE,
        '404.html',
        css,
        icon,
        'atom.xml',
        'feed.xml',
        'first-light/index.html',
        'index.html',
        'page/2/index.html',
        'robots.txt',
        'second-wind/index.html',
        'sitemap.xml',
        'tags/c/index.html',
        cPlusPlus,
        'tags/index.html',
        'tags/travel/index.html',
        'third-time/index.html',
      ].sort(),
    );
    expect(summary.written).toBe(files.length - 1);

    const home = readSite(outDir, 'index.html');
    expect(cardTitles(home)).toEqual(['Third time', 'Second wind']);
    expect(textOf(home, 'h1', 'home-title')).toBe('Field Notes');
    expect(textOf(home, 'p', 'home-description')).toBe('Notes from the field.');
    expect(textOf(home, 'span', 'pagination-status')).toBe('Page 1 of 2');
    expect(home).toContain('<a class="pagination-older" href="page/2/" rel="next">Older posts');
    expect(home).toContain(`<link rel="stylesheet" href="${css}">`);
    expect(home).toContain(`<link rel="canonical" href="${BASE_URL}">`);
    const second = readSite(outDir, 'page/2/index.html');
    expect(cardTitles(second)).toEqual(['First light']);
    expect(second).toContain('<a class="pagination-newer" href="../../" rel="prev">');
    expect(second).toContain(`href="../../${css}"`);
    expect(second).toContain('<a href="../../first-light/">First light</a>');

    const post = readSite(outDir, 'second-wind/index.html');
    expect(textOf(post, 'h1', 'post-title')).toBe('Second wind');
    expect(textOf(post, 'p', 'post-meta')).toBe('Writer: Ada LovelaceNovember 2, 20261 min read');
    expect(post).toContain('<time class="post-date" datetime="2026-11-02">November 2, 2026</time>');
    expect(post).toContain('<ul class="post-tags" aria-label="Tags"><li><a href="../tags/travel/">Travel</a></li></ul>');
    expect(post).toContain('<p>Second wind: the body.</p>');
    expect(post).toContain('<a class="post-nav-newer" rel="prev" href="../third-time/">');
    expect(post).toContain('<a class="post-nav-older" rel="next" href="../first-light/">');
    expect(post).toContain(`<link rel="canonical" href="${BASE_URL}second-wind/">`);
    expect(post).not.toContain('class="comments"');

    const travel = readSite(outDir, 'tags/travel/index.html');
    expect(textOf(travel, 'h1', 'list-title')).toBe('Travel');
    expect(textOf(travel, 'p', 'list-subtitle')).toBe('2 posts');
    expect(cardTitles(travel)).toEqual(['Second wind', 'First light']);
    const tagIndex = readSite(outDir, 'tags/index.html');
    expect([...tagIndex.matchAll(/<span class="tag-name">([^<]*)<\/span><span class="tag-count">([^<]*)</g)].map((m) => `${m[1]}: ${m[2]}`)).toEqual([
      'C#: 1 post',
      'C++: 1 post',
      'Travel: 2 posts',
    ]);

    const notFound = readSite(outDir, '404.html');
    expect(textOf(notFound, 'h1', 'error-title')).toBe('Page not found');
    expect(notFound).toContain('<a class="button" href="/">Go to the home page</a>');
    expect(notFound).toContain('href="/assets/site-');
    expect(readSite(outDir, 'robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE_URL}sitemap.xml\n`);
    expect(readSite(outDir, icon as string)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg".*>F<\/text><\/svg>\n$/);
    expect(readSite(outDir, css as string)).toContain('.post-card');
  });

  it('publishes only published posts, and scheduled ones once their day has come', () => {
    const site = openSite();
    site.publish('Out now');
    site.publish('Still a draft', { status: 'draft' });
    site.publish('Due today', { status: 'scheduled', date: '2026-11-29' });
    site.publish('Next week', { status: 'scheduled', date: '2026-12-06' });
    const binned = site.publish('In the bin');
    site.services.drafts.trash(binned.id);
    const outDir = site.tempDir('site');

    expect(site.exportTo(outDir).posts).toBe(2);
    expect(cardTitles(readSite(outDir, 'index.html'))).toEqual(['Due today', 'Out now']);

    site.clock.set(new Date(2026, 11, 6, 9, 0));
    site.exportTo(outDir);
    expect(cardTitles(readSite(outDir, 'index.html'))).toEqual(['Next week', 'Due today', 'Out now']);
  });

  it('exports exactly the posts chosen, whatever their status', () => {
    const site = openSite();
    const draft = site.publish('Chosen draft', { status: 'draft' });
    site.publish('Published but not chosen');
    const outDir = site.tempDir('site');
    expect(site.exportTo(outDir, { postIds: [draft.id] }).posts).toBe(1);
    expect(cardTitles(readSite(outDir, 'index.html'))).toEqual(['Chosen draft']);

    const binned = site.publish('Binned');
    site.services.drafts.trash(binned.id);
    const error = appErrorFrom(() => site.exportTo(site.tempDir('other'), { postIds: [draft.id, binned.id] }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: `Draft ${binned.id} (not in the library, or in the trash) was not found` });
  });

  it('shows each post\'s tags in the order the writer gave them', () => {
    const site = openSite();
    // Tag ids are given in order of first use, so the second post's order differs from its tags' ids.
    site.publish('Fruit', { date: '2026-11-01', tags: ['Zebra', 'Apple', 'Mango'] });
    site.publish('More fruit', { date: '2026-11-02', tags: ['Mango', 'Zebra', 'Apple'] });
    site.publish('No fruit', { date: '2026-11-03' });
    const outDir = path.join(site.tempDir('site'), 'out');

    site.exportTo(outDir);

    const tagsOf = (file: string): string[] => [...readSite(outDir, file).matchAll(/<li><a href="[^"]*tags\/[^"]*">([^<]*)<\/a><\/li>/g)].map((match) => match[1] as string);
    expect(tagsOf('fruit/index.html')).toEqual(['Zebra', 'Apple', 'Mango']);
    expect(tagsOf('more-fruit/index.html')).toEqual(['Mango', 'Zebra', 'Apple']);
    expect(tagsOf('no-fruit/index.html')).toEqual([]);
  });

  it('labels and dates everything in the site\'s language', () => {
    const site = openSite();
    site.services.site.updateConfig({ language: 'pt-BR', postsPerPage: 1 });
    site.publish('Primeiro', { date: '2026-03-04', tags: ['Viagem'] });
    site.publish('Segundo', { date: '2026-03-05' });
    const outDir = site.tempDir('site');
    site.exportTo(outDir);

    const home = readSite(outDir, 'index.html');
    expect(home).toContain('<html lang="pt-BR">');
    expect(textOf(home, 'span', 'pagination-status')).toBe('Página 1 de 2');
    expect(home).toContain('Publicações mais antigas');
    const post = readSite(outDir, 'primeiro/index.html');
    expect(textOf(post, 'p', 'post-meta')).toBe('Escrito por Ada Lovelace4 de março de 20261 min de leitura');
    expect(textOf(readSite(outDir, '404.html'), 'h1', 'error-title')).toBe('Página não encontrada');
    expect(textOf(readSite(outDir, 'tags/viagem/index.html'), 'p', 'list-kicker')).toBe('Marcador');
  });

  it('marks a post written in another language as such', () => {
    const site = openSite();
    site.publish('Grüezi', { language: 'de-CH' });
    const outDir = site.tempDir('site');
    site.exportTo(outDir);
    expect(readSite(outDir, 'gruezi/index.html')).toContain('<article class="post" lang="de-CH">');
  });

  it('escapes titles, names and tags everywhere', () => {
    const site = openSite();
    site.publish('<script>alert("t")</script> & co', { author: '"><img src=x onerror=alert(1)>', tags: ['<b>bold</b>'], description: "It's <i>fine</i>" });
    const outDir = site.tempDir('site');
    site.exportTo(outDir);
    for (const file of listFiles(outDir).filter((name) => name.endsWith('.html'))) {
      const html = readSite(outDir, file);
      expect(html, file).not.toMatch(/<script|<img src=x|<b>bold|<i>fine/);
    }
    const post = readSite(outDir, 'script-alert-t-script-co/index.html');
    expect(post).toContain('<h1 class="post-title">&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; co</h1>');
  });

  it('sanitises post bodies and keeps links to other sites from reaching back', () => {
    const site = openSite();
    site.publish('Links', {
      doc: docOf(
        paragraph(text('elsewhere', [{ type: 'link', attrs: { href: 'https://example.org/' } }]), ' and ', text('bad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      ),
    });
    const outDir = site.tempDir('site');
    site.exportTo(outDir);
    const post = readSite(outDir, 'links/index.html');
    expect(post).toMatch(/<a [^>]*href="https:\/\/example.org\/"[^>]*>elsewhere<\/a>/);
    expect(/<a [^>]*href="https:\/\/example.org\/"[^>]*>/.exec(post)?.[0]).toContain('noopener');
    expect(post).not.toContain('javascript:');
    // Nothing but the page's own stylesheet and pictures may load, and no script at all.
    expect(post).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;self&#39;;`);
  });

  it('copies library images under their content hash and points pages at the copies', () => {
    const site = openSite();
    const image = site.services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    site.publish('Pictures', { coverImage: image.src, doc: docOfBlocks({ type: 'image', attrs: { src: image.src, alt: 'A dot' } }) });
    site.publish('Web cover', { coverImage: 'https://images.example.com/a.jpg' });
    const outDir = site.tempDir('site');
    site.exportTo(outDir);

    const copy = `images/${image.hash}.png`;
    expect(fs.readFileSync(path.join(outDir, copy))).toEqual(PNG_3X2);
    const post = readSite(outDir, 'pictures/index.html');
    expect(post).toContain(`<img src="../${copy}" alt="A dot" loading="lazy" decoding="async" />`);
    expect(post).toContain(`<figure class="post-cover"><img src="../${copy}" alt="" decoding="async"></figure>`);
    expect(post).toContain(`<meta property="og:image" content="${BASE_URL}${copy}">`);
    expect(readSite(outDir, 'index.html')).toContain(`<img src="${copy}" alt="" loading="lazy" decoding="async">`);
    expect(readSite(outDir, 'web-cover/index.html')).toContain('<img src="https://images.example.com/a.jpg" alt="" decoding="async">');
    expect(readSite(outDir, 'feed.xml')).toContain(`${BASE_URL}${copy}`);
    expect(listFiles(outDir).filter((file) => file.startsWith('images/'))).toEqual([copy]);
  });

  it('warns about an image missing from the library, and exports the rest', () => {
    const site = openSite();
    const image = site.services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    site.publish('Lost picture', { doc: docOfBlocks({ type: 'image', attrs: { src: image.src } }) });
    fs.rmSync(path.join(site.services.assets.dir, image.hash.slice(0, 2), `${image.hash}.png`));
    const outDir = site.tempDir('site');
    const summary = site.exportTo(outDir);
    expect(summary.warnings).toEqual([`The image ${image.src} is missing from the library; the pages that show it have a gap there.`]);
    expect(fs.existsSync(path.join(outDir, 'lost-picture', 'index.html'))).toBe(true);
  });

  it.each([
    ['none', { kind: 'none' } as const, null, null],
    [
      'giscus',
      { kind: 'giscus', repo: 'ada/notes', repoId: 'R_kgDOABC', category: 'Comments', categoryId: 'DIC_kwDOABC', mapping: 'pathname' } as const,
      '<script src="https://giscus.app/client.js" data-repo="ada/notes" data-repo-id="R_kgDOABC" data-category="Comments" data-category-id="DIC_kwDOABC" data-mapping="pathname"',
      'script-src https://giscus.app; frame-src https://giscus.app',
    ],
    ['disqus', { kind: 'disqus', shortname: 'fieldnotes' } as const, '<div id="disqus_thread"></div>\n<script src="https://fieldnotes.disqus.com/embed.js" async></script>', 'script-src https://fieldnotes.disqus.com'],
    ['a custom snippet', { kind: 'custom', html: '<div id="my-comments" data-x="1"></div>' } as const, '<div id="my-comments" data-x="1"></div>', null],
  ])('shows the comments section for %s', (_label, comments, embed, policy) => {
    const site = openSite();
    site.services.site.updateConfig({ comments, language: 'zh-CN' });
    site.publish('Talk');
    const outDir = site.tempDir('site');
    site.exportTo(outDir);
    const post = readSite(outDir, 'talk/index.html');
    if (embed === null) {
      expect(post).not.toContain('class="comments"');
      return;
    }
    expect(post).toContain('<h2 class="comments-title" id="comments-title">评论</h2>');
    expect(post).toContain(embed);
    if (policy) expect(post).toContain(policy);
    else expect(post).not.toContain('Content-Security-Policy');
    // Lists never load the embed.
    expect(readSite(outDir, 'index.html')).not.toContain('<script');
  });

  it('appends the custom CSS to the theme\'s stylesheet and names the file by its content', () => {
    const site = openSite();
    site.publish('Styled');
    const outDir = site.tempDir('site');
    site.exportTo(outDir, { overrides: { theme: 'margin', customCss: '.post-title { color: rebeccapurple; }' } });
    const css = listFiles(outDir).find((file) => file.endsWith('.css')) as string;
    const stylesheet = readSite(outDir, css);
    expect(stylesheet.startsWith('/* Inkpress theme: Margin */')).toBe(true);
    expect(stylesheet.trimEnd().endsWith('.post-title { color: rebeccapurple; }')).toBe(true);
  });

  it('asks for a base URL before anything is written', () => {
    const site = openSite();
    site.services.site.updateConfig({ baseUrl: '' });
    site.publish('Post');
    const outDir = path.join(site.tempDir('site'), 'out');
    const error = appErrorFrom(() => site.exportTo(outDir));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('The site has no base URL yet');
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('exports an empty site that says so', () => {
    const site = openSite();
    const outDir = site.tempDir('site');
    expect(site.exportTo(outDir).posts).toBe(0);
    expect(readSite(outDir, 'index.html')).toContain('<p class="empty-feed">Nothing published yet.</p>');
  });

  it('writes one post as a standalone page in a theme of the site', () => {
    const site = openSite();
    const image = site.services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    const post = site.publish('Alone', { tags: ['Solo'], coverImage: image.src, doc: docOfBlocks(paragraph('Hello.'), { type: 'image', attrs: { src: image.src } }) });
    const html = site.services.site.postDocument(post.id, 'margin');
    expect(html).toContain('<style>');
    expect(html).toContain('<style>/* Inkpress theme: Margin */');
    expect(html).toContain('<p class="post-meta"><span class="post-writer">Writer: Ada Lovelace</span>');
    expect(html).toContain('<li><span>Solo</span></li>');
    expect(html.match(/src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(html).not.toMatch(/href="\.\.\//);
    const target = path.join(site.tempDir('one'), 'alone.html');
    expect(site.services.site.writePostDocument(post.id, target)).toBe(target);
    expect(fs.readFileSync(target, 'utf8')).toContain('<style>/* Inkpress theme: Harbor */');
  });

  it('reads every word of a post\'s HTML from the body the drafts service stores', () => {
    const site = openSite();
    site.publish('Body', { doc: docWith('One.', 'Two.') });
    const outDir = site.tempDir('site');
    site.exportTo(outDir);
    expect(readSite(outDir, 'body/index.html')).toContain('<p>One.</p><p>Two.</p>');
  });
});
