import type { Migration } from '../migration';

export const drafts: Migration = {
  version: 10,
  name: 'drafts',
  up: (db) => {
    db.exec(`
      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        slug TEXT NOT NULL UNIQUE,
        -- 1 when the writer or an import chose the slug; otherwise it follows the title.
        slug_is_custom INTEGER NOT NULL DEFAULT 0 CHECK (slug_is_custom IN (0, 1)),
        author TEXT NOT NULL DEFAULT '',
        post_date TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        -- The Tiptap JSON is the source of truth; the HTML and counts are derived at save.
        doc_json TEXT NOT NULL,
        body_html TEXT NOT NULL,
        excerpt TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        reading_minutes INTEGER NOT NULL DEFAULT 1,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_by_updated_at ON drafts (updated_at DESC, id DESC);
    `);
  },
};
