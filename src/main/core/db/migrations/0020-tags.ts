import type { Migration } from '../migration';

export const tags: Migration = {
  version: 20,
  name: 'tags',
  up: (db) => {
    db.exec(`
      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      ) STRICT;
      CREATE TABLE draft_tags (
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (draft_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX draft_tags_by_tag ON draft_tags (tag_id);
    `);
  },
};
