import type { Migration } from '../migration';

/**
 * The published site.
 *
 * - site_config: the settings of the site (title, base URL, language, theme, comments, ...), one
 *   row holding them as JSON. They are read field by field (siteConfigFromStored), so a value
 *   this version cannot read falls back to its default alone, and a field a newer Inkpress
 *   added is kept when this one saves.
 * - site_post_bodies: each post's body as the site shows it (footnotes numbered, sanitised),
 *   derived from the stored HTML by the export and kept for the next one, so a post is
 *   sanitised once per version rather than once per export. `source` names what it was made
 *   from (the draft's version and the sanitising rules); a row whose source differs is stale
 *   and made again. It goes with its draft.
 */
export const site: Migration = {
  version: 100,
  name: 'site',
  up: (db) => {
    db.exec(`
      CREATE TABLE site_config (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        config_json TEXT NOT NULL CHECK (json_valid(config_json) AND json_type(config_json) = 'object'),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE site_post_bodies (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        html TEXT NOT NULL,
        images_json TEXT NOT NULL CHECK (json_valid(images_json) AND json_type(images_json) = 'array')
      ) STRICT;
    `);
  },
};
