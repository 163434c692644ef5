import type { Migration } from '../migration';
import { searchChunksOf } from '../../search/searchChunks';
import type { SearchDocument } from '../../search/searchDocument';

/**
 * Full-text search in chunks: the one FTS5 row per draft of 0040 becomes one row per chunk of
 * a draft's body (see searchChunks), each with the title and tags, so saving a book rewrites
 * the chunk that changed instead of the whole book's row.
 *
 * - search_chunks: which draft a chunk belongs to, its place in the body, and the hash of its
 *   text, so a save compares hashes instead of reading the indexed text back.
 * - search_chunks_fts: the text, rowid = search_chunks.id; same tokenizer and prefixes as 0040.
 *
 * No foreign key to drafts, as before: the drafts service removes a draft's chunks in the
 * transaction that deletes it. The chunks are made from the rows 0040 indexed (title, plain
 * text, tags as the drafts service wrote them), so no document is parsed again.
 */
export const searchChunks: Migration = {
  version: 70,
  name: 'search-chunks',
  up: (db) => {
    db.exec(`
      CREATE TABLE search_chunks (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        hash BLOB NOT NULL
      ) STRICT;
      CREATE INDEX search_chunks_by_draft ON search_chunks (draft_id, position);
      CREATE VIRTUAL TABLE search_chunks_fts USING fts5 (
        title, body, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
    `);
    // In batches by draft id: a big library's text need not all be in memory at once.
    const batch = db.prepare<[number], SearchDocument & { id: number }>(
      'SELECT rowid AS id, title, body, tags FROM drafts_search WHERE rowid > ? ORDER BY rowid LIMIT 200',
    );
    const insertChunk = db.prepare<[number, number, Buffer]>('INSERT INTO search_chunks (draft_id, position, hash) VALUES (?, ?, ?)');
    const insertText = db.prepare('INSERT INTO search_chunks_fts (rowid, title, body, tags) VALUES (@id, @title, @body, @tags)');
    for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)?.id ?? Infinity)) {
      for (const row of rows) {
        searchChunksOf(row).forEach(({ hash, ...text }, position) => {
          const id = Number(insertChunk.run(row.id, position, hash).lastInsertRowid);
          insertText.run({ id, ...text });
        });
      }
    }
    db.exec('DROP TABLE drafts_search');
  },
};
