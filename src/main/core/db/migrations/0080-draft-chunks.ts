import { storedChunkHash } from '../../drafts/draftChunks';
import type { Migration } from '../migration';

/**
 * A draft's document and HTML move out of its drafts row into draft_chunks, pieces whose
 * concatenation in position order is the document's JSON text (and its HTML). An autosave of
 * a 100,000-word book rewrote the whole 2 MB row; stored in chunks of whole blocks (the same
 * ones the search index uses, see draftContent), it writes the chunk typed into.
 *
 * - hash: SHA-1 of the chunk's two pieces (storedChunkHash), so a save compares hashes instead
 *   of reading megabytes back. It comes before the text columns, so reading it stays on the
 *   row's first page.
 * - ON DELETE CASCADE: deleting a draft deletes its chunks in the same statement.
 *
 * Each draft's document and HTML become its one chunk, as they are: one piece holding the
 * whole is a valid split, so no document is parsed or rendered again here; the next save of
 * a long draft stores it in block chunks. The drafts table then loses the two columns, so no
 * stale copy is left and a row of drafts is again a few hundred bytes.
 *
 * The full-text index stops merging its segments inside the commit of a write (automerge 0,
 * a setting FTS5 keeps in the database): the drafts service merges them after the save has
 * returned instead (see deferredIndexMerge), so no autosave waits for a merge.
 */
export const draftChunks: Migration = {
  version: 80,
  name: 'draft-chunks',
  up: (db) => {
    db.exec(`
      CREATE TABLE draft_chunks (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        hash BLOB NOT NULL,
        doc_json TEXT NOT NULL,
        body_html TEXT NOT NULL
      ) STRICT;
      CREATE INDEX draft_chunks_by_draft ON draft_chunks (draft_id, position);
    `);
    // In batches by id: a big library's documents need not all be in memory at once.
    const batch = db.prepare<[number], { id: number; docJson: string; bodyHtml: string }>(
      'SELECT id, doc_json AS docJson, body_html AS bodyHtml FROM drafts WHERE id > ? ORDER BY id LIMIT 200',
    );
    const insert = db.prepare<[number, Buffer, string, string]>(
      'INSERT INTO draft_chunks (draft_id, position, hash, doc_json, body_html) VALUES (?, 0, ?, ?, ?)',
    );
    for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)?.id ?? Infinity)) {
      for (const { id, docJson, bodyHtml } of rows) insert.run(id, storedChunkHash(docJson, bodyHtml), docJson, bodyHtml);
    }
    db.exec(`
      ALTER TABLE drafts DROP COLUMN doc_json;
      ALTER TABLE drafts DROP COLUMN body_html;
      INSERT INTO search_chunks_fts (search_chunks_fts, rank) VALUES ('automerge', 0);
    `);
  },
};
