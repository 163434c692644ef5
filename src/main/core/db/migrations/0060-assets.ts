import type { Migration } from '../migration';

export const assets: Migration = {
  version: 60,
  name: 'assets',
  up: (db) => {
    // One row per image file in <dataDir>/assets: the SHA-256 of the bytes is the identity,
    // so importing the same picture twice finds the row that is already there.
    db.exec(`
      CREATE TABLE assets (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        mime_type TEXT NOT NULL,
        ext TEXT NOT NULL CHECK (ext IN ('png', 'jpg', 'gif', 'webp', 'avif')),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        width INTEGER,
        height INTEGER,
        original_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        -- Refreshed by every import of the same bytes: garbage collection spares an image for a
        -- day after it was last pasted, even one first imported long ago and unused since.
        last_imported_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
