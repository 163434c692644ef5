import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { drafts } from '../../../../src/main/core/db/migrations/0010-drafts';
import { tags } from '../../../../src/main/core/db/migrations/0020-tags';
import { postMetadata } from '../../../../src/main/core/db/migrations/0030-post-metadata';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

/** A library at version 20 (drafts and tags) with two tagged drafts in it. */
function version20Library(): Database.Database {
  const db = new Database(path.join(tempDir('migration-0030'), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  migrate(db, [drafts, tags]);
  const insert = db.prepare(
    `INSERT INTO drafts (title, slug, slug_is_custom, author, post_date, description, doc_json, body_html, excerpt, word_count,
       version, created_at, updated_at)
     VALUES (@title, @slug, 1, 'Ann', '2025-03-04', 'About it', '{"type":"doc"}', '<p>x</p>', 'x', 1, 3, @at, @at)`,
  );
  insert.run({ title: 'First', slug: 'first', at: '2025-03-04T10:00:00.000Z' });
  insert.run({ title: 'Second', slug: 'second', at: '2025-03-05T10:00:00.000Z' });
  db.prepare("INSERT INTO tags (name) VALUES ('Travel')").run();
  db.prepare('INSERT INTO draft_tags (draft_id, tag_id, position) VALUES (1, 1, 0), (2, 1, 0)').run();
  expect(schemaVersion(db)).toBe(20);
  return db;
}

const plan = (db: Database.Database, sql: string): string =>
  db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail)
    .join(' | ');

describe('0030-post-metadata', () => {
  it('migrates a version-20 library with drafts in it, keeping every value and adding the defaults', () => {
    const db = version20Library();
    const before = db.prepare('SELECT * FROM drafts ORDER BY id').all() as object[];

    expect(migrate(db, [drafts, tags, postMetadata])).toEqual({ from: 20, to: 30 });
    const after = db.prepare('SELECT * FROM drafts ORDER BY id').all();
    expect(after).toEqual(before.map((row) => ({ ...row, status: 'draft', cover_image: '', canonical_url: '', language: '', trashed_at: null })));
    expect(db.prepare('SELECT COUNT(*) AS n FROM draft_tags').get()).toEqual({ n: 2 });
  });

  it('accepts only the three statuses', () => {
    const db = version20Library();
    migrate(db, [drafts, tags, postMetadata]);
    for (const status of ['draft', 'scheduled', 'published']) db.prepare('UPDATE drafts SET status = ? WHERE id = 1').run(status);
    expect(() => db.prepare("UPDATE drafts SET status = 'archived' WHERE id = 1").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare('UPDATE drafts SET language = NULL WHERE id = 1').run()).toThrow(/NOT NULL constraint failed/);
  });

  it('answers the sidebar queries from its partial indexes, without sorting', () => {
    const db = version20Library();
    migrate(db, [drafts, tags, postMetadata]);
    const library = plan(db, 'SELECT id FROM drafts WHERE trashed_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 100');
    expect(library).toContain('drafts_library_by_updated_at');
    expect(library).not.toContain('TEMP B-TREE');
    const byStatus = plan(db, "SELECT id FROM drafts WHERE trashed_at IS NULL AND status = 'draft' ORDER BY updated_at DESC, id DESC LIMIT 100");
    expect(byStatus).toContain('drafts_library_by_status');
    expect(byStatus).not.toContain('TEMP B-TREE');
    const trash = plan(db, 'SELECT id FROM drafts WHERE trashed_at IS NOT NULL ORDER BY updated_at DESC, id DESC LIMIT 100');
    expect(trash).toContain('drafts_trash_by_updated_at');
    expect(trash).not.toContain('TEMP B-TREE');
  });
});
