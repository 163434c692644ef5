import crypto from 'node:crypto';
import { pointImagesAt, type PreparedBody } from './preparedBodies';
import { atomFeedXml, FEED_PATHS, FEED_SIZE, robotsTxt, rssFeedXml, SITEMAP_LIMIT, sitemapIndexXml, sitemapUrls, sitemapXml, type FeedEntry } from './siteFeeds';
import { homePath, postPath, tagPath, type SiteBuild, type SiteEntry, type SitePost, type SiteTag } from './siteModel';
import { SITE_FOLDERS } from './sitePaths';
import { homePageHtml, tagIndexHtml, tagPageHtml, type ListPage } from './templates/listPages';
import { notFoundPageHtml } from './templates/notFoundPage';
import { postPageHtml } from './templates/postPage';

/**
 * Bump when the templates change what they write for the same input, so the next export
 * rewrites every page rather than trusting the keys of pages an older Inkpress wrote.
 */
export const SITE_TEMPLATE_VERSION = 1;

/** What making a page needs: the posts it shows, in full, and their bodies. */
export interface PageSources {
  post: (entry: SiteEntry) => SitePost;
  body: (entry: SiteEntry) => PreparedBody;
}

/** A run of a list's posts: which page it is, of how many. */
interface EntryPage {
  page: number;
  pages: number;
  entries: readonly SiteEntry[];
}

/** What a file is made from. */
type FileSource =
  | { kind: 'post'; index: number }
  | { kind: 'home'; list: EntryPage }
  | { kind: 'tag'; tag: SiteTag; total: number; list: EntryPage }
  | { kind: 'tags' }
  | { kind: 'rss' }
  | { kind: 'atom' }
  | { kind: 'sitemap'; from: number; to: number }
  | { kind: 'sitemap-index'; parts: string[] }
  | { kind: 'text'; content: () => string };

/** One file of the site: where it goes, and the key of everything it is made from. */
export interface PlannedFile {
  path: string;
  key: string;
  source: FileSource;
}

/**
 * Every file of a site, in the order they are written, and how to make each. A plan is plain
 * data (made afresh for every export of 10,000 posts, so it stays cheap): `shows` says which
 * posts a file shows and `make` writes it, asked only of the files whose key changed.
 */
export interface SitePlan {
  files: PlannedFile[];
  shows(file: PlannedFile): readonly SiteEntry[];
  /** The content; `uses` lists the library images (their src) a post page shows. */
  make(file: PlannedFile, sources: PageSources): { content: string; uses?: string[] };
}

const SEPARATOR = '\u0001';
const CARD_FIELD = '\u0002';

/** A short digest of the parts a file is made from. */
export const keyOf = (parts: readonly (string | number)[]): string => crypto.hash('sha1', parts.join(SEPARATOR), 'base64url');

/**
 * The digest of what a post's card (and every link to it) depends on: the post as saved, its
 * folder, its tags' names and folders. Every export makes one per post, so the text digested is
 * built by concatenation (an array per post to join was a sixth of a re-export's time). The
 * fields are apart by their own separator and the texts that could hold any character carry
 * their length, so no two cards read the same.
 */
function cardOf(entry: SiteEntry): string {
  let card = `${entry.version.length}:${entry.version}${CARD_FIELD}${entry.folder}`;
  for (const tag of entry.tags) card += `${CARD_FIELD}${tag.folder}${CARD_FIELD}${tag.name.length}:${tag.name}`;
  return crypto.hash('sha1', card, 'base64url');
}

function paginate(entries: readonly SiteEntry[], perPage: number): EntryPage[] {
  const pages = Math.max(1, Math.ceil(entries.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, entries: entries.slice(i * perPage, (i + 1) * perPage) }));
}

/** A list page's file: "" -> index.html, "page/2/" -> page/2/index.html. */
const indexFile = (urlPath: string): string => `${urlPath}index.html`;

/**
 * Plans the site. `entries` are the posts to publish, newest first; `siteKey` stands for
 * everything every page depends on (the settings, the theme, the language).
 */
export function planSite(build: SiteBuild, entries: readonly SiteEntry[], siteKey: string, assets: { css: string; icon: string }): SitePlan {
  const { config } = build;
  // Pages are keyed by the digests of their posts' cards.
  const cards = entries.map(cardOf);
  const cardByEntry = new Map(entries.map((entry, i) => [entry, cards[i] as string]));
  const files: PlannedFile[] = [];

  for (let i = 0; i < entries.length; i += 1) {
    // A post page shows the post and the titles of the newer and older post it links to.
    files.push({ path: indexFile(postPath(entries[i] as SiteEntry)), key: keyOf([siteKey, cards[i - 1] ?? '', cards[i] as string, cards[i + 1] ?? '']), source: { kind: 'post', index: i } });
  }

  const listKey = (kind: string, list: EntryPage, more: string): string =>
    keyOf([siteKey, kind, list.page, list.pages, more, ...list.entries.map((entry) => cardByEntry.get(entry) as string)]);
  for (const list of paginate(entries, config.postsPerPage)) {
    files.push({ path: indexFile(homePath(list.page)), key: listKey('home', list, ''), source: { kind: 'home', list } });
  }

  // Tags by name; each tag's posts stay newest first.
  const byTag = new Map<string, { tag: SiteTag; entries: SiteEntry[] }>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      let tagged = byTag.get(tag.folder);
      if (!tagged) byTag.set(tag.folder, (tagged = { tag, entries: [] }));
      tagged.entries.push(entry);
    }
  }
  const collator = new Intl.Collator(build.locale);
  const tags = [...byTag.values()].sort((a, b) => collator.compare(a.tag.name, b.tag.name));
  for (const { tag, entries: tagged } of tags) {
    for (const list of paginate(tagged, config.postsPerPage)) {
      files.push({ path: indexFile(tagPath(tag, list.page)), key: listKey('tag', list, `${tag.name}/${tag.folder}/${tagged.length}`), source: { kind: 'tag', tag, total: tagged.length, list } });
    }
  }
  const tagCounts = tags.map(({ tag, entries: tagged }) => ({ tag, count: tagged.length }));
  files.push({ path: 'tags/index.html', key: keyOf([siteKey, 'tags', ...tagCounts.map(({ tag, count }) => `${tag.name}/${tag.folder}/${count}`)]), source: { kind: 'tags' } });

  // Feeds: the newest posts with their whole body.
  const newest = entries.slice(0, FEED_SIZE);
  const feedKey = keyOf([siteKey, 'feed', ...cards.slice(0, FEED_SIZE)]);
  files.push({ path: FEED_PATHS.rss, key: feedKey, source: { kind: 'rss' } });
  files.push({ path: FEED_PATHS.atom, key: feedKey, source: { kind: 'atom' } });

  // The sitemap: every post with the day it last changed, and the tags (split past 50,000 addresses).
  const tagList = tags.map(({ tag }) => tag);
  const urlCount = entries.length + tagList.length + 2;
  const sitemapKey = keyOf([siteKey, 'sitemap', ...entries.map((entry) => `${entry.folder} ${entry.updatedAt.slice(0, 10)}`), ...tagList.map((tag) => tag.folder)]);
  if (urlCount <= SITEMAP_LIMIT) {
    files.push({ path: FEED_PATHS.sitemap, key: sitemapKey, source: { kind: 'sitemap', from: 0, to: urlCount } });
  } else {
    const parts: string[] = [];
    for (let from = 0; from < urlCount; from += SITEMAP_LIMIT) {
      const part = `sitemap-${parts.length + 1}.xml`;
      parts.push(part);
      files.push({ path: part, key: keyOf([sitemapKey, part]), source: { kind: 'sitemap', from, to: Math.min(urlCount, from + SITEMAP_LIMIT) } });
    }
    files.push({ path: FEED_PATHS.sitemap, key: keyOf([sitemapKey, 'index']), source: { kind: 'sitemap-index', parts } });
  }

  const text = (path: string, kind: string, content: () => string): void => {
    files.push({ path, key: keyOf([siteKey, kind]), source: { kind: 'text', content } });
  };
  text(FEED_PATHS.robots, 'robots', () => robotsTxt(config.baseUrl));
  text('404.html', '404', () => notFoundPageHtml(build));
  text(build.stylesheet, 'css', () => assets.css);
  text(build.icon, 'icon', () => assets.icon);

  const listOf = (list: EntryPage, post: PageSources['post']): ListPage => ({ page: list.page, pages: list.pages, posts: list.entries.map(post) });
  const feedEntries = ({ post, body }: PageSources): FeedEntry[] =>
    newest.map((entry) => ({ post: post(entry), contentHtml: pointImagesAt(body(entry).html, `${config.baseUrl}${SITE_FOLDERS.images}/`) }));

  return {
    files,

    shows({ source }) {
      switch (source.kind) {
        case 'post':
          return entries.slice(Math.max(0, source.index - 1), source.index + 2);
        case 'home':
        case 'tag':
          return source.list.entries;
        case 'rss':
        case 'atom':
          return newest;
        default:
          return [];
      }
    },

    make({ source }, sources) {
      switch (source.kind) {
        case 'post': {
          const entry = entries[source.index] as SiteEntry;
          const newer = entries[source.index - 1];
          const older = entries[source.index + 1];
          const body = sources.body(entry);
          const content = postPageHtml(build, {
            post: sources.post(entry),
            bodyHtml: pointImagesAt(body.html, `../${SITE_FOLDERS.images}/`),
            newer: newer ? sources.post(newer) : null,
            older: older ? sources.post(older) : null,
          });
          return { content, uses: body.libraryImages };
        }
        case 'home':
          return { content: homePageHtml(build, listOf(source.list, sources.post)) };
        case 'tag':
          return { content: tagPageHtml(build, source.tag, source.total, listOf(source.list, sources.post)) };
        case 'tags':
          return { content: tagIndexHtml(build, tagCounts) };
        case 'rss':
          return { content: rssFeedXml(build, feedEntries(sources)) };
        case 'atom':
          return { content: atomFeedXml(build, feedEntries(sources)) };
        case 'sitemap':
          return { content: sitemapXml(sitemapUrls(build, { entries, tags: tagList }).slice(source.from, source.to)) };
        case 'sitemap-index':
          return { content: sitemapIndexXml(config.baseUrl, source.parts) };
        case 'text':
          return { content: source.content() };
      }
    },
  };
}
