import type { SiteConfig } from './siteConfig';
import type { SiteEntry, SitePost } from './siteModel';
import { assignPostFolders, assignTagFolders } from './sitePaths';
import type { PostDetails, PostIdentity } from './sitePostsRepository';

/** Newest first: by date, then the later-created post first. */
const newestFirst = (a: PostIdentity, b: PostIdentity): number => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1);

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
    version: `${post.id}:${post.version}:${post.createdAt}:${post.updatedAt}`,
    updatedAt: post.updatedAt,
  }));
}

/** A post as its pages show it: its entry, its details, the site's author when it names none. */
export function sitePostOf(entry: SiteEntry, details: PostDetails, config: SiteConfig): SitePost {
  return {
    ...entry,
    title: details.title.trim() || 'Untitled',
    author: details.author.trim() || config.author,
    description: details.description,
    summary: details.description || details.excerpt,
    readingMinutes: details.readingMinutes,
    language: details.language,
    canonicalUrl: details.canonicalUrl,
  };
}
