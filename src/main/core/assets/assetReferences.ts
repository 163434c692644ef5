import type Database from 'better-sqlite3';
import { assetHashesIn, LIBRARY_ASSETS_PATH } from './assetNames';

const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Every asset hash that a draft names, in the library or in the trash (trashed drafts are
 * rows of the same table). Reads every TEXT column of the drafts table, and of draft_chunks
 * (which holds the documents and their HTML since migration 80, in pieces of whole blocks, so
 * no image's address is ever split between two rows), rather than a fixed list:
 * the document holds the image nodes, the cover image has its own column, and whatever
 * metadata is added later is covered without a change here. A false match only keeps a
 * file longer; a missed one would lose a picture. LIKE skips the rows with no asset at all.
 */
export function assetHashesInDrafts(db: Database.Database): Set<string> {
  const hashes = new Set<string>();
  for (const table of ['drafts', 'draft_chunks']) {
    const columns = db
      .prepare<[string], { name: string }>("SELECT name FROM pragma_table_info(?) WHERE upper(type) = 'TEXT'")
      .all(table)
      .map((column) => quoteIdentifier(column.name));
    if (columns.length === 0) continue;
    const pattern = `%${LIBRARY_ASSETS_PATH}/%`;
    const rows = db
      .prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE ${columns.map((c) => `${c} LIKE @pattern`).join(' OR ')}`)
      .raw()
      .iterate({ pattern }) as IterableIterator<unknown[]>;
    for (const row of rows) {
      for (const value of row) if (typeof value === 'string') assetHashesIn(value, hashes);
    }
  }
  return hashes;
}

export interface AssetReferenceSources {
  /** Hashes named by drafts; assetHashesInDrafts by default. */
  drafts?: () => Iterable<string>;
  /**
   * Hashes named by stored revisions (their documents and cover images), provided by the
   * revisions service, which alone knows how it stores them. Left out, garbage collection
   * refuses to run once a revisions table exists, rather than delete a picture that only
   * an old revision still shows.
   */
  revisions?: () => Iterable<string>;
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare<[string], { one: number }>("SELECT 1 AS one FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** The referencedHashes callback of the assets service: the union of every source. */
export function referencedAssetHashes(db: Database.Database, sources: AssetReferenceSources = {}): () => ReadonlySet<string> {
  return () => {
    const { drafts = () => assetHashesInDrafts(db), revisions } = sources;
    if (!revisions && hasTable(db, 'revisions')) {
      throw new Error(
        'Asset garbage collection needs the hashes that revisions use: pass `revisions` to referencedAssetHashes (services.ts).',
      );
    }
    const hashes = new Set(drafts());
    for (const hash of revisions?.() ?? []) hashes.add(hash);
    return hashes;
  };
}
