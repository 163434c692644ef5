import type { JSONContent } from '@tiptap/core';
import { docPlainText } from '../../../../shared/editor/docStats';
import { searchDocumentOf } from '../../search/searchDocument';
import type { Migration } from '../migration';

/**
 * Full-text search over every draft: an FTS5 table whose rowid is the draft's id. It keeps its
 * own copy of the text (not an external-content table) because the body it indexes, the
 * post's plain text, is not a column of drafts; snippet() reads that copy.
 *
 * - unicode61 with remove_diacritics 2: "cafe" finds "Café", case never matters.
 * - prefix '2 3': the prefix queries search-as-you-type sends ("tra*") read a ready list
 *   instead of scanning every term that starts so.
 *
 * The drafts service writes a draft's row in the same transaction as the draft itself; this
 * step fills the index from the drafts already there.
 */
export const search: Migration = {
  version: 40,
  name: 'search',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE drafts_search USING fts5 (
        title, body, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
    `);
    // In batches by id: a big library's documents need not all be in memory at once, and
    // better-sqlite3 runs no other statement while an iterate() cursor is open.
    const batch = db.prepare<[number], { id: number; title: string; doc_json: string }>(
      'SELECT id, title, doc_json FROM drafts WHERE id > ? ORDER BY id LIMIT 200',
    );
    const tagsOf = db.prepare<[number], { name: string }>(
      'SELECT t.name FROM draft_tags dt JOIN tags t ON t.id = dt.tag_id WHERE dt.draft_id = ? ORDER BY dt.position',
    );
    const insert = db.prepare('INSERT INTO drafts_search (rowid, title, body, tags) VALUES (@id, @title, @body, @tags)');
    for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)?.id ?? Infinity)) {
      for (const draft of rows) {
        const tags = tagsOf.all(draft.id).map((t) => t.name);
        insert.run({ id: draft.id, ...searchDocumentOf(draft.title, plainTextOf(draft.doc_json), tags) });
      }
    }
  },
};

/**
 * The stored document as plain text. A row whose JSON cannot be read is indexed by its title
 * and tags alone: one unreadable draft must not keep the whole library from opening.
 */
function plainTextOf(docJson: string): string {
  try {
    return docPlainText(JSON.parse(docJson) as JSONContent);
  } catch {
    return '';
  }
}
