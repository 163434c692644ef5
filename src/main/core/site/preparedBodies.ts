import type Database from 'better-sqlite3';
import { parseAssetSrc } from '../assets/assetNames';
import { escapeHtml } from '../render/escapeHtml';
import { numberFootnotes } from '../render/footnotes';
import { SANITIZE_POLICY, sanitizePostBody, type SanitizedBody } from './sanitizePostBody';

/**
 * A post's body as every page of the site shows it, whatever the page: footnotes numbered,
 * sanitised, library images still named by their library src (pointImagesAt places them).
 */
export type PreparedBody = SanitizedBody;

export function prepareBody(bodyHtml: string): PreparedBody {
  return sanitizePostBody(numberFootnotes(bodyHtml), (src) => (parseAssetSrc(src) ? src : null));
}

// In sanitised HTML, "<img" can only open an element and ">" only close one (both are escaped
// in text and attribute values), so this finds exactly the src attributes of library images.
const LIBRARY_IMAGE_SRC = /(<img\b[^>]*?\ssrc=")(library-assets\/[0-9a-f]{64}\.(?:png|jpg|gif|webp|avif))"/g;

/** A prepared body whose library images have the address `addressOf` gives their src (kept when it gives null). */
export function pointImages(html: string, addressOf: (src: string) => string | null): string {
  return html.replace(LIBRARY_IMAGE_SRC, (match, start: string, src: string) => {
    const address = addressOf(src);
    return address === null ? match : `${start}${escapeHtml(address)}"`;
  });
}

/** A prepared body whose library images point at the site's copies, from `prefix` ("../", or the base URL). */
export function pointImagesAt(html: string, prefix: string): string {
  return pointImages(html, (src) => `${prefix}${src.slice(src.indexOf('/') + 1)}`);
}

/** How many prepared bodies are written to the library per transaction. */
const BATCH = 200;

/**
 * Prepared bodies, kept in the library (site_post_bodies) between exports: a post is read and
 * sanitised again only when its version changed (or the sanitising rules did). New ones are
 * written in batches, each its own short transaction, so an export in the app never holds the
 * library's write lock across a turn of the event loop; `flush` writes the last batch.
 */
export function createPreparedBodies(db: Database.Database, bodyHtmlOf: (postId: number) => string) {
  const statements = {
    get: db.prepare<[number], { source: string; html: string; images_json: string }>('SELECT source, html, images_json FROM site_post_bodies WHERE draft_id = ?'),
    sources: db.prepare<[], [draftId: number, source: string]>('SELECT draft_id, source FROM site_post_bodies').raw(),
    put: db.prepare<{ id: number; source: string; html: string; images: string }>(
      `INSERT INTO site_post_bodies (draft_id, source, html, images_json) VALUES (@id, @source, @html, @images)
       ON CONFLICT (draft_id) DO UPDATE SET source = excluded.source, html = excluded.html, images_json = excluded.images_json`,
    ),
  };
  const pending: { id: number; source: string; html: string; images: string }[] = [];
  const writeBatch = db.transaction((rows: typeof pending) => {
    // A draft deleted since the export began has no row to hang its body on: skip it.
    for (const row of rows) {
      try {
        statements.put.run(row);
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
      }
    }
  });
  const flush = (): void => {
    if (pending.length) writeBatch(pending.splice(0));
  };

  const sourceOf = (version: string): string => `${version}|${SANITIZE_POLICY}`;

  return {
    /** The prepared body of a post whose stored version is `version` (see SiteEntry.version). */
    get(postId: number, version: string): PreparedBody {
      const source = sourceOf(version);
      const row = statements.get.get(postId);
      if (row && row.source === source) return { html: row.html, libraryImages: JSON.parse(row.images_json) as string[] };
      const prepared = prepareBody(bodyHtmlOf(postId));
      pending.push({ id: postId, source, html: prepared.html, images: JSON.stringify(prepared.libraryImages) });
      if (pending.length >= BATCH) flush();
      return prepared;
    },
    flush,

    /** Of these posts (id and version), the ones with no prepared body of that version yet. */
    unprepared<T extends { id: number; version: string }>(posts: readonly T[]): T[] {
      const prepared = new Map(statements.sources.all());
      return posts.filter((post) => prepared.get(post.id) !== sourceOf(post.version));
    },
  };
}

export type PreparedBodies = ReturnType<typeof createPreparedBodies>;
