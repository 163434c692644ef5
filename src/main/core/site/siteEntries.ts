import type { SiteConfig } from './siteConfig';
import type { SiteEntry, SitePost } from './siteModel';
import { assignPostFolders, assignTagFolders } from './sitePaths';
import type { PostDetails, PostIdentity } from './sitePostsRepository';

/** Newest first: by date, then the later-created post first. */
const newestFirst = (a: PostIdentity, b: PostIdentity): number => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1);

/** Names the stored post, body included (see SiteEntry.version). */
const versionOf = (post: PostIdentity): string => `${post.id}:${post.version}:${post.createdAt}:${post.updatedAt}`;

/** The posts' places on the site, newest first: each with its own folder, its tags with theirs. */
export function siteEntriesOf(posts: readonly PostIdentity[]): SiteEntry[] {
  const folders = assignPostFolders(posts);
  // A loop rather than flatMap: this runs over every post of every export.
  const tagNames = new Set<string>();
  for (const post of posts) for (const name of post.tags) tagNames.add(name);
  const tagFolders = assignTagFolders([...tagNames]);
  const tags = new Map([...tagFolders].map(([name, folder]) => [name, { name, folder }]));
  return [...posts].sort(newestFirst).map((post) => ({
    id: post.id,
    folder: folders.get(post) as string,
    date: post.date,
    tags: post.tags.map((name) => tags.get(name) as SiteEntry['tags'][number]),
    coverImage: post.coverImage,
    version: versionOf(post),
    updatedAt: post.updatedAt,
  }));
}

const sameNames = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((name, i) => name === b[i]);

const sameEntry = (a: SiteEntry, b: SiteEntry): boolean =>
  a.id === b.id &&
  a.folder === b.folder &&
  a.date === b.date &&
  a.coverImage === b.coverImage &&
  a.version === b.version &&
  a.updatedAt === b.updatedAt &&
  a.tags.length === b.tags.length &&
  a.tags.every((tag, i) => tag.name === b.tags[i]?.name && tag.folder === b.tags[i]?.folder);

/**
 * siteEntriesOf for one export after another, giving back the same entry object for a post
 * whose place and version did not change (the plan of the site keeps its keys by those).
 * Given the posts the library gave last time, with a few changed in ways that move nothing
 * (a post edited, its slug, date and tags as they were), it changes only their entries;
 * anything else (a post added, removed, moved or retagged) places every post again.
 */
export function createSiteEntries() {
  interface Last {
    posts: readonly PostIdentity[];
    entries: SiteEntry[];
    /** Each post as given, and the place of its entry, by id. */
    byId: Map<number, { post: PostIdentity; at: number }>;
  }
  let last: Last | undefined;

  /** The last entries with the changed posts' entries replaced; null if a change moves anything. */
  const patched = (previous: Last, posts: readonly PostIdentity[]): SiteEntry[] | null => {
    // As many posts, each one known: the same posts (ids are unique), maybe in another order.
    if (posts.length !== previous.posts.length) return null;
    const changed: { post: PostIdentity; at: number }[] = [];
    for (const post of posts) {
      const before = previous.byId.get(post.id);
      if (!before) return null;
      if (post === before.post) continue;
      if (post.slug !== before.post.slug || post.date !== before.post.date || !sameNames(post.tags, before.post.tags)) return null;
      changed.push({ post, at: before.at });
    }
    const entries = previous.entries.slice();
    for (const { post, at } of changed) {
      entries[at] = { ...(entries[at] as SiteEntry), coverImage: post.coverImage, version: versionOf(post), updatedAt: post.updatedAt };
      previous.byId.set(post.id, { post, at });
    }
    return entries;
  };

  return (posts: readonly PostIdentity[]): SiteEntry[] => {
    if (last?.posts === posts) return last.entries;
    const edited = last ? patched(last, posts) : null;
    if (edited && last) {
      last = { posts, entries: edited, byId: last.byId };
      return edited;
    }
    const before = new Map(last?.entries.map((entry) => [entry.id, entry]));
    const entries = siteEntriesOf(posts).map((entry) => {
      const kept = before.get(entry.id);
      return kept && sameEntry(kept, entry) ? kept : entry;
    });
    const at = new Map(entries.map((entry, i) => [entry.id, i]));
    last = { posts, entries, byId: new Map(posts.map((post) => [post.id, { post, at: at.get(post.id) as number }])) };
    return entries;
  };
}

/** A post as its pages show it: its entry, its details, the site's author when it names none. */
export function sitePostOf(entry: SiteEntry, details: PostDetails, config: SiteConfig): SitePost {
  // Field by field rather than spread: this runs for every post of a full export.
  return {
    id: entry.id,
    folder: entry.folder,
    date: entry.date,
    tags: entry.tags,
    coverImage: entry.coverImage,
    version: entry.version,
    updatedAt: entry.updatedAt,
    title: details.title.trim() || 'Untitled',
    author: details.author.trim() || config.author,
    description: details.description,
    summary: details.description || details.excerpt,
    readingMinutes: details.readingMinutes,
    language: details.language,
    canonicalUrl: details.canonicalUrl,
  };
}
