import type { Migration } from '../migration';

/**
 * Draft history. A revision's content is either a keyframe (base_revision_id NULL: the whole
 * serialized state, brotli-compressed) or a compressed edit script against its base, an older
 * revision of the same draft. The foreign key on base_revision_id refuses to delete a revision
 * that another one is still based on, so the chain can never silently break; deleting a whole
 * draft removes all of its revisions in one statement, which the key allows.
 *
 * The kinds are spelled out here, not imported, because a shipped migration never changes.
 */
export const revisions: Migration = {
  version: 50,
  name: 'revisions',
  up: (db) => {
    db.exec(`
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'before-restore', 'on-close')),
        name TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        -- SHA-256 of the serialized state: "did the content change?" without decompressing.
        content_hash BLOB NOT NULL CHECK (length(content_hash) = 32),
        base_revision_id INTEGER REFERENCES revisions (id),
        content BLOB NOT NULL
      ) STRICT;
      -- A draft's history, newest first.
      CREATE INDEX revisions_by_draft ON revisions (draft_id, id DESC);
      -- Finds the revisions based on one that is about to be deleted.
      CREATE INDEX revisions_by_base ON revisions (base_revision_id);
    `);
  },
};
