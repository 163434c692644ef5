import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion, type Migration } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { drafts } from '../../../../src/main/core/db/migrations/0010-drafts';
import { tags } from '../../../../src/main/core/db/migrations/0020-tags';
import { postMetadata } from '../../../../src/main/core/db/migrations/0030-post-metadata';
import { search } from '../../../../src/main/core/db/migrations/0040-search';
import { revisions } from '../../../../src/main/core/db/migrations/0050-revisions';
import { assets } from '../../../../src/main/core/db/migrations/0060-assets';
import { searchChunks } from '../../../../src/main/core/db/migrations/0070-search-chunks';
import { draftChunks } from '../../../../src/main/core/db/migrations/0080-draft-chunks';
import { settings } from '../../../../src/main/core/db/migrations/0090-settings';
import { site } from '../../../../src/main/core/db/migrations/0100-site';
import { AppError } from '../../../../src/main/core/errors';
import { useTempDirs } from '../../helpers/tempDir';
import { tableNames } from '../../helpers/sqlite';

const tempDir = useTempDirs();
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function freshDb(): Database.Database {
  const db = new Database(path.join(tempDir('migrations'), 'test.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  return db;
}

function insertDraft(db: Database.Database, slug: string): number {
  const result = db
    .prepare(
      `INSERT INTO drafts (title, slug, post_date, doc_json, body_html, created_at, updated_at)
       VALUES (@slug, @slug, '2026-11-29', '{"type":"doc"}', '', '2026-11-29T12:00:00.000Z', '2026-11-29T12:00:00.000Z')`,
    )
    .run({ slug });
  return Number(result.lastInsertRowid);
}

describe('MIGRATIONS', () => {
  it('lists the steps oldest first, numbered in tens', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(MIGRATIONS).toEqual([drafts, tags, postMetadata, search, revisions, assets, searchChunks, draftChunks, settings, site]);
  });
});

describe('0010-drafts', () => {
  it('creates the drafts table with its defaults', () => {
    const db = freshDb();
    migrate(db, [drafts]);
    expect(schemaVersion(db)).toBe(10);
    const id = insertDraft(db, 'hello');
    expect(db.prepare('SELECT slug_is_custom, author, excerpt, word_count, reading_minutes, version FROM drafts WHERE id = ?').get(id)).toEqual({
      slug_is_custom: 0,
      author: '',
      excerpt: '',
      word_count: 0,
      reading_minutes: 1,
      version: 1,
    });
  });

  it('keeps slugs unique', () => {
    const db = freshDb();
    migrate(db, [drafts]);
    insertDraft(db, 'hello');
    expect(() => insertDraft(db, 'hello')).toThrow(/UNIQUE constraint failed: drafts\.slug/);
  });

  it('is STRICT: a column refuses a value of the wrong type', () => {
    const db = freshDb();
    migrate(db, [drafts]);
    const id = insertDraft(db, 'hello');
    expect(() => db.prepare("UPDATE drafts SET word_count = 'many' WHERE id = ?").run(id)).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});

describe('0020-tags', () => {
  it('makes tag names unique regardless of case', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS);
    db.prepare("INSERT INTO tags (name) VALUES ('Travel')").run();
    expect(() => db.prepare("INSERT INTO tags (name) VALUES ('travel')").run()).toThrow(/UNIQUE constraint failed: tags\.name/);
  });

  it('removes a draft\'s tag links when the draft is deleted', () => {
    const db = freshDb();
    migrate(db, [drafts, tags]);
    const draftId = insertDraft(db, 'hello');
    const tagId = Number(db.prepare("INSERT INTO tags (name) VALUES ('travel')").run().lastInsertRowid);
    db.prepare('INSERT INTO draft_tags (draft_id, tag_id, position) VALUES (?, ?, 0)').run(draftId, tagId);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(draftId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM draft_tags').get()).toEqual({ n: 0 });
  });

  it('refuses a tag link to a draft that does not exist', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS);
    const tagId = Number(db.prepare("INSERT INTO tags (name) VALUES ('travel')").run().lastInsertRowid);
    expect(() => db.prepare('INSERT INTO draft_tags (draft_id, tag_id, position) VALUES (99, ?, 0)').run(tagId)).toThrow(
      /FOREIGN KEY constraint failed/,
    );
  });
});

describe('migrate', () => {
  it('brings a fresh database to the newest version', () => {
    const db = freshDb();
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: LATEST });
    expect(schemaVersion(db)).toBe(LATEST);
    expect(tableNames(db)).toEqual(
      ['assets', 'draft_chunks', 'draft_tags', 'drafts', 'revisions', 'search_chunks', 'search_chunks_fts', 'search_chunks_fts_config', 'search_chunks_fts_content', 'search_chunks_fts_data', 'search_chunks_fts_docsize', 'search_chunks_fts_idx', 'settings', 'site_config', 'site_post_bodies', 'tags'],
    );
  });

  it('does nothing on a database that is up to date', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS);
    expect(migrate(db, MIGRATIONS)).toEqual({ from: LATEST, to: LATEST });
    expect(schemaVersion(db)).toBe(LATEST);
  });

  it('brings a version-10 database with a draft in it to the newest version and keeps the draft', () => {
    const db = freshDb();
    migrate(db, [drafts]);
    const id = insertDraft(db, 'kept');
    const before = db.prepare('SELECT * FROM drafts').all();

    expect(migrate(db, MIGRATIONS)).toEqual({ from: 10, to: LATEST });
    // The draft keeps every value; 0030 adds the new metadata columns with their defaults, and
    // 0080 moves the document and its HTML into the draft's one chunk.
    const metadataDefaults = { status: 'draft', cover_image: '', canonical_url: '', language: '', trashed_at: null };
    const rows = before.map((row) => {
      const { doc_json: _docJson, body_html: _bodyHtml, ...rest } = row as Record<string, unknown>;
      return { ...rest, ...metadataDefaults };
    });
    expect(db.prepare('SELECT * FROM drafts').all()).toEqual(rows);
    expect(db.prepare('SELECT draft_id, position, doc_json, body_html FROM draft_chunks').all()).toEqual(
      before.map((row) => {
        const { id, doc_json, body_html } = row as Record<string, unknown>;
        return { draft_id: id, position: 0, doc_json, body_html };
      }),
    );
    const tagId = Number(db.prepare("INSERT INTO tags (name) VALUES ('old')").run().lastInsertRowid);
    db.prepare('INSERT INTO draft_tags (draft_id, tag_id, position) VALUES (?, ?, 0)').run(id, tagId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM draft_tags WHERE draft_id = ?').get(id)).toEqual({ n: 1 });
  });

  it('runs only the steps newer than the database', () => {
    const db = freshDb();
    const ran: number[] = [];
    const steps: Migration[] = [10, 20, 30].map((version) => ({ version, name: `step ${version}`, up: () => void ran.push(version) }));
    db.pragma('user_version = 20');
    expect(migrate(db, steps)).toEqual({ from: 20, to: 30 });
    expect(ran).toEqual([30]);
  });

  it('refuses a database written by a newer Inkpress, and leaves it as it was', () => {
    const db = freshDb();
    db.pragma(`user_version = ${LATEST + 10}`);
    let caught: unknown;
    try {
      migrate(db, MIGRATIONS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('CONFLICT');
    expect((caught as AppError).message).toContain('newer version of Inkpress');
    expect((caught as AppError).message).toContain(`schema ${LATEST + 10}`);
    expect(schemaVersion(db)).toBe(LATEST + 10);
    expect(tableNames(db)).toEqual([]);
  });

  it('rolls back every pending step when one fails', () => {
    const db = freshDb();
    const steps: Migration[] = [
      { version: 10, name: 'first', up: (d) => void d.exec('CREATE TABLE first (id INTEGER PRIMARY KEY)') },
      {
        version: 20,
        name: 'second',
        up: (d) => {
          d.exec('CREATE TABLE second (id INTEGER PRIMARY KEY)');
          throw new Error('step 20 broke');
        },
      },
      { version: 30, name: 'third', up: (d) => void d.exec('CREATE TABLE third (id INTEGER PRIMARY KEY)') },
    ];
    expect(() => migrate(db, steps)).toThrow('step 20 broke');
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
  });

  it('keeps the steps applied before, and the data, when a later upgrade fails', () => {
    const db = freshDb();
    migrate(db, [drafts]);
    insertDraft(db, 'kept');
    const broken: Migration = {
      version: 30,
      name: 'broken',
      up: (d) => {
        d.exec('DROP TABLE drafts');
        throw new Error('step 30 broke');
      },
    };
    expect(() => migrate(db, [drafts, tags, broken])).toThrow('step 30 broke');
    expect(schemaVersion(db)).toBe(10);
    expect(tableNames(db)).toEqual(['drafts']);
    expect(db.prepare('SELECT slug FROM drafts').all()).toEqual([{ slug: 'kept' }]);
  });
});
