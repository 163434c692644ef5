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
  readonly path: string;
  readonly key: string;
  readonly source: FileSource;
}

/**
 * Every file of a site, in the order they are written, and how to make each. A plan is plain
 * data, made for every export of 10,000 posts (from the last plan's pieces wherever the posts
 * are the same, see SitePlanMemo): `shows` says which posts a file shows and `make` writes
 * it, asked only of the files whose key changed. Its files may be the last plan's objects.
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

const pageCount = (entries: readonly SiteEntry[], perPage: number): number => Math.max(1, Math.ceil(entries.length / perPage));

/** Page `index` (from 0) of a list. */
const pageAt = (entries: readonly SiteEntry[], index: number, perPage: number): EntryPage => ({
  page: index + 1,
  pages: pageCount(entries, perPage),
  entries: entries.slice(index * perPage, (index + 1) * perPage),
});

function paginate(entries: readonly SiteEntry[], perPage: number): EntryPage[] {
  return Array.from({ length: pageCount(entries, perPage) }, (_, i) => pageAt(entries, i, perPage));
}

/** A list page's file: "" -> index.html, "page/2/" -> page/2/index.html. */
const indexFile = (urlPath: string): string => `${urlPath}index.html`;

/**
 * What one plan leaves for the next (exports come one after another, most after one edit): the
 * keys it made, by the entry objects they were made from. siteEntries hands back the same
 * object for a post that did not change, so the next plan digests only what did.
 */
export interface SitePlanMemo {
  cards: WeakMap<SiteEntry, string>;
  /** A post's page, and what its key was made from besides the post: the site and its neighbours. */
  posts: WeakMap<SiteEntry, { siteKey: string; newer: SiteEntry | undefined; older: SiteEntry | undefined; file: PlannedFile }>;
  /** A list page's key by its path, and what it was made from. */
  lists: Map<string, ListMemo>;
  /** The last plan's posts, and its posts by tag (their folder). */
  entries: readonly SiteEntry[];
  byTag: Map<string, Tagged>;
  sitemap: { siteKey: string; entries: readonly SiteEntry[]; tags: string; key: string } | undefined;
  /**
   * The last plan's pages of posts and lists, in order (posts, home, tags), where each tag's
   * list pages begin among them, and what they were planned with.
   */
  pages: { siteKey: string; perPage: number; files: PlannedFile[]; tagPages: Map<string, number> } | undefined;
}

interface ListMemo {
  siteKey: string;
  more: string;
  pages: number;
  entries: readonly SiteEntry[];
  key: string;
}

interface Tagged {
  tag: SiteTag;
  entries: SiteEntry[];
}

export const createSitePlanMemo = (): SitePlanMemo => ({
  cards: new WeakMap(),
  posts: new WeakMap(),
  lists: new Map(),
  entries: [],
  byTag: new Map(),
  sitemap: undefined,
  pages: undefined,
});

const sameEntries = (a: readonly SiteEntry[], b: readonly SiteEntry[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
};

/** Where each post of `before` was, `after` has one with the same id, folder and tags (the same array): the indexes that differ. */
function replacedAt(before: readonly SiteEntry[], after: readonly SiteEntry[]): number[] | null {
  if (before.length !== after.length) return null;
  const replaced: number[] = [];
  for (let i = 0; i < after.length; i += 1) {
    const entry = after[i] as SiteEntry;
    const was = before[i] as SiteEntry;
    if (entry === was) continue;
    if (entry.id !== was.id || entry.folder !== was.folder || entry.tags !== was.tags) return null;
    replaced.push(i);
  }
  return replaced;
}

/** A post's line in the sitemap's key: its folder and the day it last changed. */
const sitemapLine = (entry: SiteEntry): string => `${entry.folder} ${entry.updatedAt.slice(0, 10)}`;

/** Collators by locale: making one is slow next to a plan that reuses its keys. */
const collators = new Map<string, Intl.Collator>();
const collatorFor = (locale: string): Intl.Collator => {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
};

/** Each tag's posts, newest first; from the last plan's when only posts in the same places changed. */
function postsByTag(entries: readonly SiteEntry[], memo: SitePlanMemo, replaced: readonly number[] | null): Map<string, Tagged> {
  if (replaced) {
    const byTag = new Map(memo.byTag);
    for (const i of replaced) {
      const was = memo.entries[i] as SiteEntry;
      for (const tag of was.tags) {
        const before = byTag.get(tag.folder) as Tagged;
        // Each tag's list copied once (the last plan's stays as it was), then the post replaced.
        const tagged = before === memo.byTag.get(tag.folder) ? { tag: before.tag, entries: before.entries.slice() } : before;
        tagged.entries[tagged.entries.indexOf(was)] = entries[i] as SiteEntry;
        byTag.set(tag.folder, tagged);
      }
    }
    return byTag;
  }
  const byTag = new Map<string, Tagged>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      let tagged = byTag.get(tag.folder);
      if (!tagged) byTag.set(tag.folder, (tagged = { tag, entries: [] }));
      tagged.entries.push(entry);
    }
  }
  return byTag;
}

/**
 * Plans the site. `entries` are the posts to publish, newest first; `siteKey` stands for
 * everything every page depends on (the settings, the theme, the language). Keys the memo
 * holds for the same inputs are taken from it; the memo is then left holding this plan's.
 */
export function planSite(build: SiteBuild, entries: readonly SiteEntry[], siteKey: string, assets: { css: string; icon: string }, memo: SitePlanMemo = createSitePlanMemo()): SitePlan {
  const { config } = build;
  // Pages are keyed by the digests of their posts' cards.
  const cardOfEntry = (entry: SiteEntry): string => {
    let card = memo.cards.get(entry);
    if (card === undefined) memo.cards.set(entry, (card = cardOf(entry)));
    return card;
  };
  const perPage = config.postsPerPage;

  /** The page of post `i`: it shows the post and the titles of the newer and older post it links to. */
  const postFile = (i: number): PlannedFile => {
    const entry = entries[i] as SiteEntry;
    const newer = entries[i - 1];
    const older = entries[i + 1];
    const made = memo.posts.get(entry);
    if (made?.siteKey === siteKey && made.newer === newer && made.older === older) {
      const { file } = made;
      if (file.source.kind === 'post' && file.source.index === i) return file;
      // The same page, further up or down the list of posts.
      const moved: PlannedFile = { ...file, source: { kind: 'post', index: i } };
      memo.posts.set(entry, { ...made, file: moved });
      return moved;
    }
    const key = keyOf([siteKey, newer ? cardOfEntry(newer) : '', cardOfEntry(entry), older ? cardOfEntry(older) : '']);
    const file: PlannedFile = { path: made?.file.path ?? indexFile(postPath(entry)), key, source: { kind: 'post', index: i } };
    memo.posts.set(entry, { siteKey, newer, older, file });
    return file;
  };

  const lastPages = memo.pages;
  // Only posts replaced in their places since the last plan (edited, nothing moved): its pages
  // are kept, and only those showing a replaced post are planned again.
  const replaced = replacedAt(memo.entries, entries);
  const patch = replaced && lastPages?.siteKey === siteKey && lastPages.perPage === perPage ? lastPages : undefined;
  const lists = patch ? memo.lists : new Map<string, ListMemo>();
  const listFile = (path: string, kind: string, list: EntryPage, more: string): { path: string; key: string } => {
    let made = memo.lists.get(path);
    if (made?.siteKey !== siteKey || made.more !== more || made.pages !== list.pages || !sameEntries(made.entries, list.entries)) {
      const key = keyOf([siteKey, kind, list.page, list.pages, more, ...list.entries.map(cardOfEntry)]);
      made = { siteKey, more, pages: list.pages, entries: list.entries, key };
    }
    lists.set(path, made);
    return { path, key: made.key };
  };
  const homeFile = (list: EntryPage): PlannedFile => ({ ...listFile(indexFile(homePath(list.page)), 'home', list, ''), source: { kind: 'home', list } });
  const tagFile = ({ tag, entries: tagged }: Tagged, list: EntryPage): PlannedFile => ({
    ...listFile(indexFile(tagPath(tag, list.page)), 'tag', list, `${tag.name}/${tag.folder}/${tagged.length}`),
    source: { kind: 'tag', tag, total: tagged.length, list },
  });

  // Tags by name; each tag's posts stay newest first.
  const byTag = postsByTag(entries, memo, replaced);
  const collator = collatorFor(build.locale);
  const tags = [...byTag.values()].sort((a, b) => collator.compare(a.tag.name, b.tag.name));

  let pages: PlannedFile[];
  let tagPages: Map<string, number>;
  if (patch && replaced) {
    pages = patch.files.slice();
    tagPages = patch.tagPages;
    for (const i of replaced) {
      for (let j = Math.max(0, i - 1); j <= Math.min(entries.length - 1, i + 1); j += 1) pages[j] = postFile(j);
      const home = Math.floor(i / perPage);
      pages[entries.length + home] = homeFile(pageAt(entries, home, perPage));
      const entry = entries[i] as SiteEntry;
      for (const tag of entry.tags) {
        const tagged = byTag.get(tag.folder) as Tagged;
        const page = Math.floor(tagged.entries.indexOf(entry) / perPage);
        pages[(tagPages.get(tag.folder) as number) + page] = tagFile(tagged, pageAt(tagged.entries, page, perPage));
      }
    }
  } else {
    pages = entries.map((_, i) => postFile(i));
    for (const list of paginate(entries, perPage)) pages.push(homeFile(list));
    tagPages = new Map();
    for (const tagged of tags) {
      tagPages.set(tagged.tag.folder, pages.length);
      for (const list of paginate(tagged.entries, perPage)) pages.push(tagFile(tagged, list));
    }
  }
  const files: PlannedFile[] = pages.slice();

  const tagCounts = tags.map(({ tag, entries: tagged }) => ({ tag, count: tagged.length }));
  files.push({ path: 'tags/index.html', key: keyOf([siteKey, 'tags', ...tagCounts.map(({ tag, count }) => `${tag.name}/${tag.folder}/${count}`)]), source: { kind: 'tags' } });

  // Feeds: the newest posts with their whole body.
  const newest = entries.slice(0, FEED_SIZE);
  const feedKey = keyOf([siteKey, 'feed', ...newest.map(cardOfEntry)]);
  files.push({ path: FEED_PATHS.rss, key: feedKey, source: { kind: 'rss' } });
  files.push({ path: FEED_PATHS.atom, key: feedKey, source: { kind: 'atom' } });

  // The sitemap: every post with the day it last changed, and the tags (split past 50,000
  // addresses). Its key is the last one while no post's line changed.
  const tagList = tags.map(({ tag }) => tag);
  const urlCount = entries.length + tagList.length + 2;
  const tagFolders = tagList.map((tag) => tag.folder).join('/');
  const last = memo.sitemap;
  const sameSitemap = last?.siteKey === siteKey && last.tags === tagFolders && last.entries.length === entries.length &&
    entries.every((entry, i) => entry === last.entries[i] || sitemapLine(entry) === sitemapLine(last.entries[i] as SiteEntry));
  const sitemapKey = sameSitemap ? last.key : keyOf([siteKey, 'sitemap', ...entries.map(sitemapLine), ...tagList.map((tag) => tag.folder)]);

  memo.lists = lists;
  memo.pages = { siteKey, perPage, files: pages, tagPages };
  memo.entries = entries;
  memo.byTag = byTag;
  memo.sitemap = { siteKey, entries, tags: tagFolders, key: sitemapKey };
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
