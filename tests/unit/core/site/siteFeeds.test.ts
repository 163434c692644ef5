import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, it, expect } from 'vitest';
import { sitemapIndexXml, sitemapXml } from '../../../../src/main/core/site/siteFeeds';
import { docOf, paragraph } from '../../helpers/docs';
import { BASE_URL, readSite, useSiteLibrary } from './siteFixture';

const openSite = useSiteLibrary();
const LISTS = ['rss.channel.item', 'rss.channel.item.category', 'feed.link', 'feed.entry', 'feed.entry.link', 'urlset.url', 'sitemapindex.sitemap'];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, path) => LISTS.includes(String(path)) });

type Xml = Record<string, unknown>;

/** Parses a file that must be well-formed XML. */
function parseXml(xml: string): Xml {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Xml;
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function exportWithPosts(count: number) {
  const site = openSite();
  site.services.site.updateConfig({ description: 'Notes & "quotes" <from> the field', author: 'Ada Lovelace' });
  for (let i = 1; i <= count; i += 1) {
    site.publish(`Post ${i}`, { date: `2026-01-${String(i).padStart(2, '0')}`, tags: i % 2 ? ['Odd & <Even>'] : [] });
  }
  const outDir = site.tempDir('site');
  site.exportTo(outDir);
  return { site, outDir };
}

describe('feeds and sitemap', () => {
  it('writes a valid RSS 2.0 feed of the 20 newest posts, with their whole body', () => {
    const { outDir } = exportWithPosts(22);
    const rss = parseXml(readSite(outDir, 'feed.xml')).rss as Xml;
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel as Xml;
    expect(channel).toMatchObject({ title: 'Field Notes', link: BASE_URL, description: 'Notes & "quotes" <from> the field', language: 'en', generator: 'Inkpress' });
    expect(channel['atom:link']).toMatchObject({ '@href': `${BASE_URL}feed.xml`, '@rel': 'self' });
    expect(channel.lastBuildDate).toMatch(RFC_822);
    const items = channel.item as Xml[];
    expect(items.map((item) => item.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Post ${22 - i}`));
    const first = items[0] as Xml;
    expect(first).toMatchObject({ link: `${BASE_URL}post-22/`, pubDate: 'Thu, 22 Jan 2026 00:00:00 GMT' });
    expect((first.guid as Xml)['#text']).toBe(`${BASE_URL}post-22/`);
    expect(first['content:encoded']).toBe('<p>Post 22: the body.</p>');
    for (const item of items) expect(item.pubDate).toMatch(RFC_822);
    expect(((items[1] as Xml).category as Xml[])[0]).toMatchObject({ '#text': 'Odd & <Even>', '@domain': `${BASE_URL}tags/odd-even/` });
  });

  it('writes a valid Atom feed: id, title, updated, self link, and an author for every entry', () => {
    const { outDir } = exportWithPosts(3);
    const feed = parseXml(readSite(outDir, 'atom.xml')).feed as Xml;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(BASE_URL);
    expect(feed.title).toBe('Field Notes');
    expect(feed.updated).toMatch(RFC_3339);
    expect((feed.author as Xml).name).toBe('Ada Lovelace');
    expect(feed.link as Xml[]).toContainEqual(expect.objectContaining({ '@rel': 'self', '@href': `${BASE_URL}atom.xml` }));
    const entries = feed.entry as Xml[];
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^https:\/\/blog\.example\.com\/post-\d\/$/);
      expect(entry.updated).toMatch(RFC_3339);
      expect((entry.title as Xml)['#text']).toMatch(/^Post \d$/);
      expect(entry.link as Xml[]).toContainEqual(expect.objectContaining({ '@href': entry.id }));
    }
  });

  it('escapes anything a title or body can hold, and drops characters XML cannot carry', () => {
    const site = openSite();
    site.publish('Tom & Jerry <3 ]]> "quoted" \u0001\u0008 done', { doc: docOf(paragraph('Text with ]]> and <tags> & \u000b stuff')) });
    const outDir = site.tempDir('site');
    site.exportTo(outDir);
    for (const file of ['feed.xml', 'atom.xml', 'sitemap.xml']) parseXml(readSite(outDir, file));
    const item = ((parseXml(readSite(outDir, 'feed.xml')).rss as Xml).channel as Xml).item as Xml[];
    expect(item[0]?.title).toBe('Tom & Jerry <3 ]]> "quoted"  done');
    expect(item[0]?.['content:encoded']).toBe('<p>Text with ]]&gt; and &lt;tags&gt; &amp;  stuff</p>');
  });

  it('lists the home page, the tags and every post in the sitemap', () => {
    const { site, outDir } = exportWithPosts(2);
    const urls = (parseXml(readSite(outDir, 'sitemap.xml')).urlset as Xml).url as Xml[];
    const today = site.clock().toISOString().slice(0, 10);
    expect(urls).toEqual([
      { loc: BASE_URL, lastmod: today },
      { loc: `${BASE_URL}tags/` },
      { loc: `${BASE_URL}tags/odd-even/` },
      { loc: `${BASE_URL}post-2/`, lastmod: today },
      { loc: `${BASE_URL}post-1/`, lastmod: today },
    ]);
  });

  it('writes sitemaps and their index as well-formed XML with escaped addresses', () => {
    const sitemap = parseXml(sitemapXml([{ loc: 'https://example.com/a?b=1&c=<2>', lastmod: '2026-01-01' }]));
    expect((sitemap.urlset as Xml).url).toEqual([{ loc: 'https://example.com/a?b=1&c=<2>', lastmod: '2026-01-01' }]);
    const index = parseXml(sitemapIndexXml('https://example.com/', ['sitemap-1.xml', 'sitemap-2.xml']));
    expect((index.sitemapindex as Xml).sitemap).toEqual([{ loc: 'https://example.com/sitemap-1.xml' }, { loc: 'https://example.com/sitemap-2.xml' }]);
  });
});
