import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { LIBRARY_FILE_NAME, libraryPath, openDatabase } from '../../../../src/main/core/db/openDatabase';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { drafts } from '../../../../src/main/core/db/migrations/0010-drafts';
import { AppError } from '../../../../src/main/core/errors';
import { useTempDirs } from '../../helpers/tempDir';
import { tableNames } from '../../helpers/sqlite';

const tempDir = useTempDirs();
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function track(db: Database.Database): Database.Database {
  opened.push(db);
  return db;
}

function openError(dataDir: string): AppError {
  try {
    track(openDatabase(dataDir));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('openDatabase did not fail');
}

describe('openDatabase', () => {
  it('creates the library in a new folder, at the newest version, in WAL mode with foreign keys on', () => {
    const dataDir = path.join(tempDir('open'), 'nested', 'library');
    const db = track(openDatabase(dataDir));
    expect(libraryPath(dataDir)).toBe(path.join(dataDir, LIBRARY_FILE_NAME));
    expect(fs.existsSync(libraryPath(dataDir))).toBe(true);
    expect(schemaVersion(db)).toBe(LATEST);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(tableNames(db)).toEqual(
      ['assets', 'draft_chunks', 'draft_tags', 'drafts', 'revisions', 'search_chunks', 'search_chunks_fts', 'search_chunks_fts_config', 'search_chunks_fts_content', 'search_chunks_fts_data', 'search_chunks_fts_docsize', 'search_chunks_fts_idx', 'settings', 'site_config', 'site_post_bodies', 'tags'],
    );
  });

  it('reopens an existing library without losing its data', () => {
    const dataDir = tempDir('open');
    const first = openDatabase(dataDir);
    first
      .prepare(
        `INSERT INTO drafts (title, slug, post_date, created_at, updated_at)
         VALUES ('Kept', 'kept', '2026-11-29', 'now', 'now')`,
      )
      .run();
    first.close();
    const second = track(openDatabase(dataDir));
    expect(second.prepare('SELECT title FROM drafts').all()).toEqual([{ title: 'Kept' }]);
  });

  it('upgrades a version-10 library with a draft in it, keeping the draft', () => {
    const dataDir = tempDir('open');
    const old = new Database(libraryPath(dataDir));
    migrate(old, [drafts]);
    old
      .prepare(
        `INSERT INTO drafts (title, slug, author, post_date, doc_json, body_html, created_at, updated_at)
         VALUES ('Old post', 'old-post', 'Ann', '2025-03-04', '{"type":"doc"}', '<p></p>', 'then', 'then')`,
      )
      .run();
    old.close();

    const db = track(openDatabase(dataDir));
    expect(schemaVersion(db)).toBe(LATEST);
    expect(db.prepare('SELECT title, slug, author, post_date FROM drafts').all()).toEqual([
      { title: 'Old post', slug: 'old-post', author: 'Ann', post_date: '2025-03-04' },
    ]);
  });

  it('refuses a library from a newer Inkpress with a clear message, and leaves it untouched', () => {
    const dataDir = tempDir('open');
    const newer = new Database(libraryPath(dataDir));
    newer.pragma('journal_mode = WAL');
    newer.pragma(`user_version = ${LATEST + 10}`);
    newer.close();

    const error = openError(dataDir);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('newer version of Inkpress');
    expect(error.message).toContain('nothing was changed');

    const after = track(new Database(libraryPath(dataDir), { readonly: true }));
    expect(schemaVersion(after)).toBe(LATEST + 10);
    expect(tableNames(after)).toEqual([]);
  });

  it('reports a library folder that cannot be created as IO', () => {
    const root = tempDir('open');
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const error = openError(path.join(file, 'library'));
    expect(error.code).toBe('IO');
    expect(error.message).toContain('Cannot create the library folder');
  });

  it('reports a library file that is not a database', () => {
    const dataDir = tempDir('open');
    fs.writeFileSync(libraryPath(dataDir), 'this is plain text, not SQLite, and long enough to have a header.'.repeat(10));
    expect(() => track(openDatabase(dataDir))).toThrow(/file is not a database/);
  });
});
