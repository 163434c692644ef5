import { Feed } from 'feed';
import { escapeHtml } from '../render/escapeHtml';
import { postPath, tagPath, type SiteBuild, type SiteEntry, type SitePost, type SiteTag } from './siteModel';

export const FEED_PATHS = { rss: 'feed.xml', atom: 'atom.xml', sitemap: 'sitemap.xml', robots: 'robots.txt' } as const;

/** How many of the newest posts the feeds carry. */
export const FEED_SIZE = 20;

/** The most URLs one sitemap file may list (sitemaps.org); beyond it, sitemap.xml is an index. */
export const SITEMAP_LIMIT = 50_000;

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab and newlines,
// lone surrogates, U+FFFE and U+FFFF. A title pasted from somewhere may hold one.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe to put into an XML document (it is escaped separately). */
export const xmlText = (text: string): string => text.replace(NOT_XML, '');

/** A post date (YYYY-MM-DD) as the instant feeds give: midnight UTC of that day. */
const dateOf = (date: string): Date => new Date(`${date}T00:00:00Z`);

export interface FeedEntry {
  post: SitePost;
  /** The sanitised body with absolute image addresses (a feed reader has no base folder). */
  contentHtml: string;
}

function buildFeed(site: SiteBuild, entries: readonly FeedEntry[]): Feed {
  const { config, locale } = site;
  const base = config.baseUrl;
  const updated = entries.reduce((latest, { post }) => (post.updatedAt > latest ? post.updatedAt : latest), '');
  const feed = new Feed({
    id: base,
    link: base,
    title: xmlText(config.title),
    description: xmlText(config.description || config.title),
    language: locale,
    // The newest edit of a post in the feed, not the clock: an unchanged site gives the same bytes.
    updated: updated ? new Date(updated) : dateOf('2000-01-01'),
    generator: 'Inkpress',
    copyright: xmlText(config.author ? `© ${config.author}` : `© ${config.title}`),
    feedLinks: { rss: `${base}${FEED_PATHS.rss}`, atom: `${base}${FEED_PATHS.atom}` },
    // Atom needs an author for every entry: the feed's stands in for posts that name none.
    author: { name: xmlText(config.author || config.title) },
  });
  for (const { post, contentHtml } of entries) {
    const link = `${base}${postPath(post)}`;
    feed.addItem({
      title: xmlText(post.title),
      id: link,
      link,
      date: dateOf(post.date),
      published: dateOf(post.date),
      description: xmlText(post.summary),
      content: xmlText(contentHtml),
      ...(post.author ? { author: [{ name: xmlText(post.author) }] } : {}),
      category: post.tags.map((tag) => ({ name: xmlText(tag.name), term: xmlText(tag.name), domain: `${base}${tagPath(tag)}` })),
    });
  }
  return feed;
}

/** The RSS 2.0 feed of the newest posts. */
export function rssFeedXml(site: SiteBuild, entries: readonly FeedEntry[]): string {
  return buildFeed(site, entries).rss2();
}

/** The Atom 1.0 feed of the newest posts. */
export function atomFeedXml(site: SiteBuild, entries: readonly FeedEntry[]): string {
  return buildFeed(site, entries).atom1();
}

export interface SitemapInput {
  entries: readonly SiteEntry[];
  tags: readonly SiteTag[];
}

/** Every address of the site that a search engine should know, with a last-modified date. */
export function sitemapUrls(site: SiteBuild, { entries, tags }: SitemapInput): { loc: string; lastmod: string | null }[] {
  const base = site.config.baseUrl;
  const newest = entries.reduce((latest, entry) => (entry.updatedAt > latest ? entry.updatedAt : latest), '');
  const day = (instant: string): string | null => (instant ? instant.slice(0, 10) : null);
  return [
    { loc: base, lastmod: day(newest) },
    { loc: `${base}tags/`, lastmod: null },
    ...tags.map((tag) => ({ loc: `${base}${tagPath(tag)}`, lastmod: null })),
    ...entries.map((entry) => ({ loc: `${base}${postPath(entry)}`, lastmod: day(entry.updatedAt) })),
  ];
}

export function sitemapXml(urls: readonly { loc: string; lastmod: string | null }[]): string {
  const rows = urls.map(
    ({ loc, lastmod }) => `<url><loc>${escapeHtml(xmlText(loc))}</loc>${lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${rows.join('\n')}
</urlset>
`;
}

/** sitemap.xml when the site has more addresses than one sitemap may list: an index of the parts. */
export function sitemapIndexXml(base: string, parts: readonly string[]): string {
  const rows = parts.map((part) => `<sitemap><loc>${escapeHtml(xmlText(`${base}${part}`))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${rows.join('\n')}
</sitemapindex>
`;
}

export function robotsTxt(base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${base}${FEED_PATHS.sitemap}\n`;
}
