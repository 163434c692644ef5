import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, it, expect } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { site } from '../../../../src/main/core/db/migrations/0100-site';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function freshDb(): Database.Database {
  const db = new Database(path.join(tempDir('site-migration'), 'test.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  return db;
}

const NOW = '2026-11-29T12:00:00.000Z';
const before = MIGRATIONS.filter((m) => m.version < site.version);
const upToSite = MIGRATIONS.filter((m) => m.version <= site.version);

describe('0100-site', () => {
  it('is step 100, after every migration of the library before it', () => {
    expect(site.version).toBe(100);
    expect(upToSite.at(-1)).toBe(site);
    expect(before.length).toBeGreaterThan(0);
  });

  it('brings a library of the previous version with a draft in it up, keeping the draft', () => {
    const db = freshDb();
    migrate(db, before);
    const previous = schemaVersion(db);
    db.prepare("INSERT INTO drafts (title, slug, post_date, created_at, updated_at) VALUES ('Kept', 'kept', '2026-11-29', @now, @now)").run({ now: NOW });
    const drafts = db.prepare('SELECT * FROM drafts').all();

    expect(migrate(db, upToSite)).toEqual({ from: previous, to: 100 });
    expect(db.prepare('SELECT * FROM drafts').all()).toEqual(drafts);
    expect(db.prepare('SELECT * FROM site_config').all()).toEqual([]);
    expect(db.prepare('SELECT * FROM site_post_bodies').all()).toEqual([]);
  });

  it('holds one row of settings, a JSON object', () => {
    const db = freshDb();
    migrate(db, upToSite);
    const put = db.prepare('INSERT INTO site_config (id, config_json, updated_at) VALUES (?, ?, ?)');
    put.run(1, '{"title":"Blog"}', NOW);
    expect(() => put.run(2, '{}', NOW)).toThrow(/CHECK constraint failed/);
    db.prepare('DELETE FROM site_config').run();
    expect(() => put.run(1, '[1, 2]', NOW)).toThrow(/CHECK constraint failed/);
    expect(() => put.run(1, 'not json', NOW)).toThrow(/CHECK constraint failed/);
  });

  it('keeps a prepared body only while its draft exists', () => {
    const db = freshDb();
    migrate(db, upToSite);
    const draftId = Number(
      db.prepare("INSERT INTO drafts (title, slug, post_date, created_at, updated_at) VALUES ('Post', 'post', '2026-11-29', @now, @now)").run({ now: NOW }).lastInsertRowid,
    );
    const put = db.prepare('INSERT INTO site_post_bodies (draft_id, source, html, images_json) VALUES (?, ?, ?, ?)');
    put.run(draftId, 'v1', '<p>Body</p>', '[]');
    expect(() => put.run(draftId + 1, 'v1', '<p>Orphan</p>', '[]')).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db.prepare("UPDATE site_post_bodies SET images_json = '{}'").run()).toThrow(/CHECK constraint failed/);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(draftId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM site_post_bodies').get()).toEqual({ n: 0 });
  });
});
