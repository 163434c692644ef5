import type { Migration } from '../migration';

/**
 * The rest of a post's metadata, and the trash. A trashed draft keeps every field (so it can
 * come back as it was); trashed_at says when it left the library.
 *
 * The sidebar asks three questions at any library size: the library newest edit first (all, or
 * one status), and the trash. Each gets a partial index whose WHERE matches the query's, so a
 * page is an index range scan that stops after LIMIT rows instead of a sort of every draft.
 * The statuses are spelled out here, not imported, because a shipped migration never changes.
 */
export const postMetadata: Migration = {
  version: 30,
  name: 'post-metadata',
  up: (db) => {
    db.exec(`
      ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'scheduled', 'published'));
      ALTER TABLE drafts ADD COLUMN cover_image TEXT NOT NULL DEFAULT '';
      ALTER TABLE drafts ADD COLUMN canonical_url TEXT NOT NULL DEFAULT '';
      ALTER TABLE drafts ADD COLUMN language TEXT NOT NULL DEFAULT '';
      ALTER TABLE drafts ADD COLUMN trashed_at TEXT NULL;

      CREATE INDEX drafts_library_by_updated_at ON drafts (updated_at DESC, id DESC) WHERE trashed_at IS NULL;
      CREATE INDEX drafts_library_by_status ON drafts (status, updated_at DESC, id DESC) WHERE trashed_at IS NULL;
      CREATE INDEX drafts_trash_by_updated_at ON drafts (updated_at DESC, id DESC) WHERE trashed_at IS NOT NULL;
    `);
  },
};
