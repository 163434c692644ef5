import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { assets } from '../../../../src/main/core/db/migrations/0060-assets';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function freshDb(): Database.Database {
  const db = new Database(path.join(tempDir('assets-migration'), 'test.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  return db;
}

const HASH = 'ab'.repeat(32);
const NOW = '2026-11-29T12:00:00.000Z';
const before = MIGRATIONS.filter((m) => m.version < assets.version);
const upToAssets = MIGRATIONS.filter((m) => m.version <= assets.version);

function insertAsset(db: Database.Database, overrides: Record<string, unknown> = {}): void {
  db.prepare(
    `INSERT INTO assets (hash, mime_type, ext, bytes, width, height, original_name, created_at, last_imported_at)
     VALUES (@hash, @mime_type, @ext, @bytes, @width, @height, @original_name, @now, @now)`,
  ).run({ hash: HASH, mime_type: 'image/png', ext: 'png', bytes: 68, width: 3, height: 2, original_name: 'dot.png', now: NOW, ...overrides });
}

describe('0060-assets', () => {
  it('is step 60, after every migration of the library before it', () => {
    expect(assets.version).toBe(60);
    expect(upToAssets.at(-1)).toBe(assets);
    expect(before.length).toBeGreaterThan(0);
  });

  it('brings a library of the previous version with a draft in it up, keeping the draft', () => {
    const db = freshDb();
    migrate(db, before);
    const previous = schemaVersion(db);
    db.prepare(
      `INSERT INTO drafts (title, slug, post_date, doc_json, body_html, created_at, updated_at)
       VALUES ('Kept', 'kept', '2026-11-29', @doc, '', @now, @now)`,
    ).run({ doc: JSON.stringify({ type: 'doc', content: [{ type: 'image', attrs: { src: `library-assets/${HASH}.png` } }] }), now: NOW });
    const drafts = db.prepare('SELECT * FROM drafts').all();

    expect(migrate(db, upToAssets)).toEqual({ from: previous, to: 60 });
    expect(db.prepare('SELECT * FROM drafts').all()).toEqual(drafts);
    insertAsset(db);
    expect(db.prepare('SELECT * FROM assets').all()).toEqual([
      { hash: HASH, mime_type: 'image/png', ext: 'png', bytes: 68, width: 3, height: 2, original_name: 'dot.png', created_at: NOW, last_imported_at: NOW },
    ]);
  });

  it('keeps one row per hash', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS);
    insertAsset(db);
    expect(() => insertAsset(db)).toThrow(/UNIQUE constraint failed: assets\.hash/);
  });

  it('refuses a hash that is not 64 lowercase hex digits, an unknown extension and an empty file', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS);
    for (const hash of ['ab', 'AB'.repeat(32), `${'ab'.repeat(31)}/.`, `${'ab'.repeat(31)}zz`]) {
      expect(() => insertAsset(db, { hash }), hash).toThrow(/CHECK constraint failed/);
    }
    expect(() => insertAsset(db, { ext: 'svg' })).toThrow(/CHECK constraint failed/);
    expect(() => insertAsset(db, { bytes: 0 })).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM assets').get()).toEqual({ n: 0 });
  });

  it('is STRICT and allows an unknown size', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS);
    expect(() => insertAsset(db, { bytes: 'many' })).toThrow(/cannot store TEXT value in INTEGER column/);
    insertAsset(db, { width: null, height: null });
    expect(db.prepare('SELECT width, height FROM assets').get()).toEqual({ width: null, height: null });
  });
});
