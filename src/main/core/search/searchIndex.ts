import type Database from 'better-sqlite3';
import { searchChunksOf } from './searchChunks';
import { withTags, type SearchDocument } from './searchDocument';

interface StoredChunk {
  id: number;
  position: number;
  hash: Buffer;
}

/**
 * The write side of full-text search: a draft is indexed as chunks of its body (searchChunks),
 * one FTS row each. Callers run these inside the transaction that changes the draft, so the
 * index and the drafts table never disagree.
 */
export function createSearchIndex(db: Database.Database) {
  const statements = {
    chunksOf: db.prepare<[number], StoredChunk>('SELECT id, position, hash FROM search_chunks WHERE draft_id = ? ORDER BY position'),
    textsOf: db.prepare<[number], SearchDocument>(
      `SELECT f.title AS title, f.body AS body, f.tags AS tags
       FROM search_chunks c JOIN search_chunks_fts f ON f.rowid = c.id
       WHERE c.draft_id = ? ORDER BY c.position`,
    ),
    insertChunk: db.prepare<[number, number, Buffer]>('INSERT INTO search_chunks (draft_id, position, hash) VALUES (?, ?, ?)'),
    insertText: db.prepare('INSERT INTO search_chunks_fts (rowid, title, body, tags) VALUES (@id, @title, @body, @tags)'),
    movePosition: db.prepare<[number, number]>('UPDATE search_chunks SET position = ? WHERE id = ?'),
    removeChunk: db.prepare<[number]>('DELETE FROM search_chunks WHERE id = ?'),
    removeText: db.prepare<[number]>('DELETE FROM search_chunks_fts WHERE rowid = ?'),
    removeTextsOf: db.prepare<[string]>(
      'DELETE FROM search_chunks_fts WHERE rowid IN (SELECT c.id FROM search_chunks c WHERE c.draft_id IN (SELECT value FROM json_each(?)))',
    ),
    removeChunksOf: db.prepare<[string]>('DELETE FROM search_chunks WHERE draft_id IN (SELECT value FROM json_each(?))'),
  };

  /** What the index holds for a draft, its chunks joined again; undefined when it has none. */
  const get = (id: number): SearchDocument | undefined => {
    const chunks = statements.textsOf.all(id);
    const first = chunks[0];
    if (!first) return undefined;
    return { title: first.title, body: chunks.map((chunk) => chunk.body).join(''), tags: first.tags };
  };

  /**
   * Writes a draft's rows. Chunks whose text is indexed already (same hash) stay, moved to
   * their new place if need be; only new chunks are tokenised and only vanished ones deleted
   * (FTS5 re-tokenises a row to delete it). A document that would not change writes nothing.
   */
  const put = (id: number, document: SearchDocument): void => {
    // Stored chunks by hash; a passage repeated in a draft gives one hash several chunks.
    const stored = new Map<string, StoredChunk[]>();
    for (const chunk of statements.chunksOf.all(id)) {
      const key = chunk.hash.toString('hex');
      stored.set(key, [...(stored.get(key) ?? []), chunk]);
    }
    searchChunksOf(document).forEach(({ hash, ...text }, position) => {
      const kept = stored.get(hash.toString('hex'))?.shift();
      if (kept) {
        if (kept.position !== position) statements.movePosition.run(position, kept.id);
        return;
      }
      const chunkId = Number(statements.insertChunk.run(id, position, hash).lastInsertRowid);
      statements.insertText.run({ id: chunkId, ...text });
    });
    for (const vanished of [...stored.values()].flat()) {
      statements.removeText.run(vanished.id);
      statements.removeChunk.run(vanished.id);
    }
  };

  const removeMany = (ids: readonly number[]): void => {
    if (!ids.length) return;
    const json = JSON.stringify(ids);
    statements.removeTextsOf.run(json);
    statements.removeChunksOf.run(json);
  };

  return {
    get,
    put,

    /** Replaces the tags of a draft's rows, keeping its title and text. */
    putTags(id: number, tags: readonly string[]): void {
      const current = get(id);
      if (!current) return;
      put(id, withTags(current, tags));
    },

    remove(id: number): void {
      removeMany([id]);
    },

    removeMany,
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
