import type { Migration } from '../migration';

/**
 * The writer's preferences, one row per setting ('theme', 'spellcheck.languages', ...), each
 * value JSON. One row per leaf, so a value the app cannot read falls back to its default
 * alone, and a setting a newer Inkpress added is kept (unread) rather than lost.
 */
export const settings: Migration = {
  version: 90,
  name: 'settings',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
