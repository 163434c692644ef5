import type Database from 'better-sqlite3';
import { planChunkWrites, type StoredChunkRow } from './chunkWrites';
import { chunkHash, searchBodyChunk, type SearchBodyChunk } from './searchChunks';
import { indexableTags, indexableText, type SearchDocument } from './searchDocument';

/** What the index is given for a draft: its title and tags, and its body already split into chunks. */
export interface SearchEntry {
  title: string;
  tags: readonly string[];
  body: readonly SearchBodyChunk[];
}

/**
 * The write side of full-text search: a draft is indexed as chunks of its body (searchChunks),
 * one FTS row each. Callers run these inside the transaction that changes the draft, so the
 * index and the drafts table never disagree.
 */
export function createSearchIndex(db: Database.Database) {
  const statements = {
    chunksOf: db.prepare<[number], StoredChunkRow>('SELECT id, position, hash FROM search_chunks WHERE draft_id = ? ORDER BY position'),
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
   * Writes a draft's rows, one per chunk of its body (at least one, so a draft with no text is
   * found by its title and tags). Chunks whose row is there already (same hash) stay, moved to
   * their new place if need be; only new chunks are tokenised and only vanished ones deleted
   * (FTS5 re-tokenises a row to delete it). An entry that would not change writes nothing.
   */
  const put = (id: number, entry: SearchEntry): void => {
    const title = indexableText(entry.title);
    const tags = indexableTags(entry.tags);
    const body = entry.body.length > 0 ? entry.body : [searchBodyChunk('')];
    const hashes = body.map((chunk) => chunkHash(title, tags, chunk.digest));
    const plan = planChunkWrites(statements.chunksOf.all(id), hashes);
    // Deleted first, so the pages they free are reused by the rows written next.
    for (const chunkId of plan.removals) {
      statements.removeText.run(chunkId);
      statements.removeChunk.run(chunkId);
    }
    for (const { id: chunkId, position } of plan.moves) statements.movePosition.run(position, chunkId);
    for (const position of plan.writes) {
      const chunkId = Number(statements.insertChunk.run(id, position, hashes[position] as Buffer).lastInsertRowid);
      statements.insertText.run({ id: chunkId, title, body: (body[position] as SearchBodyChunk).text, tags });
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

    /** Replaces the tags of a draft's rows, keeping its title, its text and how the text is split. */
    putTags(id: number, tags: readonly string[]): void {
      const chunks = statements.textsOf.all(id);
      const first = chunks[0];
      if (!first) return;
      put(id, { title: first.title, tags, body: chunks.map((chunk) => searchBodyChunk(chunk.body)) });
    },

    remove(id: number): void {
      removeMany([id]);
    },

    removeMany,
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
