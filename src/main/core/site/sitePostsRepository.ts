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
// Published posts, and scheduled ones whose day has come; never the trash.
const DUE = `trashed_at IS NULL AND (status = 'published' OR (status = 'scheduled' AND post_date <= @today))`;
/**
 * A post's stamp: every save increases its version and sets its last-edit time, and an id a
 * deleted post leaves may be given again, to a post created later; the stamp tells them apart.
 */
const STAMP = `id || ':' || version || ':' || created_at || ':' || updated_at`;
const stampOf = (post: PostIdentity): string => `${post.id}:${post.version}:${post.createdAt}:${post.updatedAt}`;

/** The posts of the last `due` read, and the texts that said what they were made from. */
interface DueMemo {
  /** null when the posts were read without their stamps' text (the first read). */
  stamps: string | null;
  tagLinks: string;
  tagNames: string;
  posts: PostIdentity[];
  /** Each post by id, with its stamp. */
  byId: Map<number, { stamp: string; post: PostIdentity }>;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The reads a site export makes of the library. Exports come one after another, most after
 * one edit: `due` keeps what it last read and, when asked again, reads three short texts (the
 * posts' stamps, their tags, the tags' names) to find what changed, then reads only the rows
 * of changed posts and hands back the same objects for the others (the plan of the site keeps
 * its work by those). The objects returned are shared: callers must not change them.
 */
export function createSitePostsRepository(db: Database.Database) {
  const statements = {
    due: db.prepare<{ today: string }, IdentityRow>(`SELECT ${IDENTITY} FROM drafts WHERE ${DUE}`).raw(),
    dueStamps: db.prepare<{ today: string }, string | null>(`SELECT group_concat(${STAMP}, ',') FROM drafts WHERE ${DUE}`).pluck(),
    chosen: db.prepare<{ ids: string }, IdentityRow>(`SELECT ${IDENTITY} FROM drafts WHERE trashed_at IS NULL AND id IN (SELECT value FROM json_each(@ids))`).raw(),
    details: db.prepare<{ ids: string }, DetailsRow>(`SELECT ${DETAILS} FROM drafts WHERE id IN (SELECT value FROM json_each(@ids))`).raw(),
    tagNames: db.prepare<[], [id: number, name: string]>('SELECT id, name FROM tags').raw(),
    // A draft's stored HTML is its chunks' HTML in order (see drafts/draftChunks.ts); a draft with
    // no chunk gives one row of null, a draft not there none.
    bodyHtml: db
      .prepare<[number], string | null>('SELECT c.body_html FROM drafts d LEFT JOIN draft_chunks c ON c.draft_id = d.id WHERE d.id = ? ORDER BY c.position')
      .pluck(),
    // Every post's tags as one JSON array of numbers: draft id, tag id, position, draft id, ...
    // (in the table's own order, so SQLite need not sort). A row each (25,000 for 10,000
    // posts) took twice as long to hand over as this one text.
    tagLinks: db.prepare<[], string | null>(`SELECT group_concat(draft_id || ',' || tag_id || ',' || position, ',') FROM draft_tags`).pluck(),
  };
  let memo: DueMemo | undefined;

  /** Each post's tag names, in their order. */
  const tagsByPost = (tagLinks: string, names: ReadonlyMap<number, string>): Map<number, string[]> => {
    const links = JSON.parse(`[${tagLinks}]`) as number[];
    const placed = new Map<number, [position: number, name: string][]>();
    for (let i = 0; i < links.length; i += 3) {
      const id = links[i] as number;
      let tags = placed.get(id);
      if (!tags) placed.set(id, (tags = []));
      tags.push([links[i + 2] as number, names.get(links[i + 1] as number) as string]);
    }
    const byPost = new Map<number, string[]>();
    for (const [id, tags] of placed) byPost.set(id, tags.sort((a, b) => a[0] - b[0]).map(([, name]) => name));
    return byPost;
  };

  const identityOf = ([id, slug, date, version, createdAt, updatedAt, coverImage]: IdentityRow, tags: string[]): PostIdentity => ({
    id,
    slug,
    date,
    version,
    createdAt,
    updatedAt,
    coverImage,
    tags,
  });

  /**
   * When the stamps name the same posts as the last read's, the ones whose stamp changed (maybe
   * none); null when a post came or went.
   */
  const editedOnly = (last: DueMemo, stamps: string): { id: number; stamp: string }[] | null => {
    const pieces = stamps ? stamps.split(',') : [];
    if (pieces.length !== last.byId.size) return null;
    const edited: { id: number; stamp: string }[] = [];
    for (const stamp of pieces) {
      const id = Number.parseInt(stamp, 10);
      const known = last.byId.get(id);
      if (!known) return null;
      if (known.stamp !== stamp) edited.push({ id, stamp });
    }
    return edited;
  };

  /** The posts due now, reusing the last read's objects for every post that did not change. */
  const readDue = (today: string): PostIdentity[] => {
    const tagLinks = statements.tagLinks.get() ?? '';
    const nameRows = statements.tagNames.all();
    const tagNames = JSON.stringify(nameRows);
    const last = memo;
    if (!last) {
      // The first read: every row is needed, and the stamps are made from them.
      const tags = tagsByPost(tagLinks, new Map(nameRows));
      const posts = statements.due.all({ today }).map((row) => identityOf(row, tags.get(row[0]) ?? []));
      memo = { stamps: null, tagLinks, tagNames, posts, byId: new Map(posts.map((post) => [post.id, { stamp: stampOf(post), post }])) };
      return posts;
    }
    const stamps = statements.dueStamps.get({ today }) ?? '';
    if (last.stamps === stamps && last.tagLinks === tagLinks && last.tagNames === tagNames) return last.posts;

    // The tags of every post are read again only when some changed, or for a post not read before.
    const tagsKept = last.tagLinks === tagLinks && last.tagNames === tagNames;
    const edited = tagsKept ? editedOnly(last, stamps) : null;
    if (edited) {
      // The same posts, a few of them saved since: only those are read and made again.
      const rows = edited.length ? statements.chosen.all({ ids: JSON.stringify(edited.map(({ id }) => id)) }) : [];
      const replaced = new Map<number, PostIdentity>();
      for (const row of rows) replaced.set(row[0], identityOf(row, last.byId.get(row[0])?.post.tags ?? []));
      for (const { id, stamp } of edited) last.byId.set(id, { stamp, post: replaced.get(id) as PostIdentity });
      memo = { stamps, tagLinks, tagNames, posts: edited.length ? last.posts.map((post) => replaced.get(post.id) ?? post) : last.posts, byId: last.byId };
      return memo.posts;
    }
    let tags: Map<number, string[]> | undefined;
    const tagsOf = (id: number): string[] => (tags ??= tagsByPost(tagLinks, new Map(nameRows))).get(id) ?? [];
    const wanted = (stamps ? stamps.split(',') : []).map((stamp) => ({ id: Number(stamp.slice(0, stamp.indexOf(':'))), stamp }));
    // The rows of posts new or changed since the last read (all of them, the first time).
    const stale = wanted.filter(({ id, stamp }) => last.byId.get(id)?.stamp !== stamp).map(({ id }) => id);
    const fresh = new Map<number, IdentityRow>();
    const rows = stale.length > wanted.length / 2 ? statements.due.all({ today }) : stale.length ? statements.chosen.all({ ids: JSON.stringify(stale) }) : [];
    for (const row of rows) fresh.set(row[0], row);

    const posts: PostIdentity[] = [];
    const byId = new Map<number, { stamp: string; post: PostIdentity }>();
    for (const { id, stamp } of wanted) {
      const known = last.byId.get(id);
      const postTags = known && tagsKept ? known.post.tags : tagsOf(id);
      // A post whose stamp changed was read above, in the same transaction.
      const post =
        known?.stamp === stamp
          ? sameList(known.post.tags, postTags)
            ? known.post
            : { ...known.post, tags: postTags }
          : identityOf(fresh.get(id) as IdentityRow, postTags);
      posts.push(post);
      byId.set(id, { stamp, post });
    }
    // Nothing changed for these posts after all (a tag none of them carries was renamed): the same list.
    const same = posts.length === last.posts.length && posts.every((post, i) => post === last.posts[i]);
    memo = { stamps, tagLinks, tagNames, posts: same ? last.posts : posts, byId };
    return memo.posts;
  };

  return {
    /** Posts marked published, and scheduled posts dated `today` (YYYY-MM-DD) or earlier. */
    due(today: string): PostIdentity[] {
      // One read transaction: the posts and their tags as of one moment, even while the app saves.
      return db.transaction(() => readDue(today))();
    },

    /** The posts with these ids, whatever their status; `missing` lists ids not found or in the trash. */
    chosen(ids: readonly number[]): { posts: PostIdentity[]; missing: number[] } {
      const posts = db.transaction(() => {
        const tags = tagsByPost(statements.tagLinks.get() ?? '', new Map(statements.tagNames.all()));
        return statements.chosen.all({ ids: JSON.stringify(ids) }).map((row) => identityOf(row, tags.get(row[0]) ?? []));
      })();
      const found = new Set(posts.map((post) => post.id));
      return { posts, missing: ids.filter((id) => !found.has(id)) };
    },

    /**
     * A post's stored HTML (what the editor last saved), or null when there is no such draft.
     * Read on its own: the drafts service would read and parse the whole document with it.
     */
    bodyHtml(id: number): string | null {
      const chunks = statements.bodyHtml.all(id);
      return chunks.length ? chunks.join('') : null;
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
