import type Database from 'better-sqlite3';
import { withTags, type SearchDocument } from './searchDocument';

/**
 * The write side of full-text search. Callers run these inside the transaction that changes
 * the draft, so the index and the drafts table never disagree.
 */
export function createSearchIndex(db: Database.Database) {
  const statements = {
    get: db.prepare<[number], SearchDocument>('SELECT title, body, tags FROM drafts_search WHERE rowid = ?'),
    insert: db.prepare('INSERT INTO drafts_search (rowid, title, body, tags) VALUES (@id, @title, @body, @tags)'),
    remove: db.prepare<[number]>('DELETE FROM drafts_search WHERE rowid = ?'),
    removeMany: db.prepare<[string]>('DELETE FROM drafts_search WHERE rowid IN (SELECT value FROM json_each(?))'),
  };

  const get = (id: number): SearchDocument | undefined => statements.get.get(id);

  /**
   * Writes a draft's row. A row that would not change is left alone: FTS5 re-tokenises the
   * whole row on any write, which for a book-length draft is most of the cost of a save.
   */
  const put = (id: number, document: SearchDocument): void => {
    const current = get(id);
    if (current && current.title === document.title && current.body === document.body && current.tags === document.tags) return;
    if (current) statements.remove.run(id);
    statements.insert.run({ id, ...document });
  };

  return {
    get,
    put,

    /** Replaces the tags of a draft's row, keeping its title and text. */
    putTags(id: number, tags: readonly string[]): void {
      const current = get(id);
      if (!current) return;
      put(id, withTags(current, tags));
    },

    remove(id: number): void {
      statements.remove.run(id);
    },

    removeMany(ids: readonly number[]): void {
      if (ids.length) statements.removeMany.run(JSON.stringify(ids));
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
