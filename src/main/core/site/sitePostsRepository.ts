import type Database from 'better-sqlite3';

/**
 * What every export reads of every post it publishes: enough to place the post (its folder,
 * its date, its tags, its cover) and to know whether anything about it changed since the last
 * export (its version, which every save increases). Cheap to read for 10,000 posts.
 */
export interface PostIdentity {
  id: number;
  slug: string;
  /** YYYY-MM-DD. */
  date: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  coverImage: string;
  tags: string[];
}

/** The rest of a post's metadata, read only for the posts whose pages are written. */
export interface PostDetails {
  title: string;
  author: string;
  description: string;
  excerpt: string;
  readingMinutes: number;
  language: string;
  canonicalUrl: string;
}

type IdentityRow = [id: number, slug: string, date: string, version: number, createdAt: string, updatedAt: string, coverImage: string];
type DetailsRow = [id: number, title: string, author: string, description: string, excerpt: string, readingMinutes: number, language: string, canonicalUrl: string];

// Metadata columns only: the document and its HTML stay behind the drafts service, which stores
// them its own way. Rows come as arrays, a few queries for any number of posts: an export of
// 10,000 posts must not ask 20,000 questions, nor build 10,000 objects it does not need.
const IDENTITY = 'id, slug, post_date, version, created_at, updated_at, cover_image';
const DETAILS = 'id, title, author, description, excerpt, reading_minutes, language, canonical_url';

/** The reads a site export makes of the library. */
export function createSitePostsRepository(db: Database.Database) {
  const statements = {
    // Published posts, and scheduled ones whose day has come; never the trash.
    due: db
      .prepare<{ today: string }, IdentityRow>(
        `SELECT ${IDENTITY} FROM drafts WHERE trashed_at IS NULL AND (status = 'published' OR (status = 'scheduled' AND post_date <= @today))`,
      )
      .raw(),
    chosen: db.prepare<{ ids: string }, IdentityRow>(`SELECT ${IDENTITY} FROM drafts WHERE trashed_at IS NULL AND id IN (SELECT value FROM json_each(@ids))`).raw(),
    details: db.prepare<{ ids: string }, DetailsRow>(`SELECT ${DETAILS} FROM drafts WHERE id IN (SELECT value FROM json_each(@ids))`).raw(),
    tagNames: db.prepare<[], [id: number, name: string]>('SELECT id, name FROM tags').raw(),
    // Every post's tags, in order, as one JSON array of numbers: draft id, tag id, draft id, ...
    // A row each (25,000 for 10,000 posts) took twice as long to hand over as this one text.
    tagLinks: db
      .prepare<[], string>(`SELECT '[' || coalesce(group_concat(draft_id || ',' || tag_id, ',' ORDER BY draft_id, position), '') || ']' FROM draft_tags`)
      .pluck(),
  };

  const identities = (rows: readonly IdentityRow[]): PostIdentity[] => {
    const names = new Map(statements.tagNames.all());
    const posts = new Map<number, PostIdentity>();
    for (const [id, slug, date, version, createdAt, updatedAt, coverImage] of rows) {
      posts.set(id, { id, slug, date, version, createdAt, updatedAt, coverImage, tags: [] });
    }
    const links = JSON.parse(statements.tagLinks.get() as string) as number[];
    for (let i = 0; i < links.length; i += 2) posts.get(links[i] as number)?.tags.push(names.get(links[i + 1] as number) as string);
    return [...posts.values()];
  };

  return {
    /** Posts marked published, and scheduled posts dated `today` (YYYY-MM-DD) or earlier. */
    due(today: string): PostIdentity[] {
      // One read transaction: the posts and their tags as of one moment, even while the app saves.
      return db.transaction(() => identities(statements.due.all({ today })))();
    },

    /** The posts with these ids, whatever their status; `missing` lists ids not found or in the trash. */
    chosen(ids: readonly number[]): { posts: PostIdentity[]; missing: number[] } {
      const posts = db.transaction(() => identities(statements.chosen.all({ ids: JSON.stringify(ids) })))();
      const found = new Set(posts.map((post) => post.id));
      return { posts, missing: ids.filter((id) => !found.has(id)) };
    },

    /** The details of these posts, by id (a post deleted meanwhile is left out). */
    details(ids: readonly number[]): Map<number, PostDetails> {
      const found = new Map<number, PostDetails>();
      for (const [id, title, author, description, excerpt, readingMinutes, language, canonicalUrl] of statements.details.all({ ids: JSON.stringify(ids) })) {
        found.set(id, { title, author, description, excerpt, readingMinutes, language, canonicalUrl });
      }
      return found;
    },
  };
}

export type SitePostsRepository = ReturnType<typeof createSitePostsRepository>;
