import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { settings } from '../../../../src/main/core/db/migrations/0090-settings';
import { createSettingsService } from '../../../../src/main/core/settings/settingsService';
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings';
import { docWith } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

const BEFORE_SETTINGS = MIGRATIONS.filter((m) => m.version < settings.version);
const UP_TO_SETTINGS = MIGRATIONS.filter((m) => m.version <= settings.version);

/** Every table's rows, by table name, except the settings table itself. */
function contentsOf(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'settings' ORDER BY name")
    .all();
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

/**
 * A library as the version before settings left it, with a draft and a tag in it. The draft
 * is written in the first version's shape and brought up by every later step, as a library
 * that lived through all of them was.
 */
function previousVersionLibrary(): { db: Database.Database; draftId: number } {
  const db = new Database(path.join(tempDir('migration-0090'), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  migrate(db, MIGRATIONS.filter((m) => m.version <= 20));
  const draftId = Number(
    db
      .prepare(
        `INSERT INTO drafts (title, slug, post_date, doc_json, body_html, created_at, updated_at)
         VALUES ('Night train', 'night-train', '2026-11-29', ?, '<p>Sleeper.</p>', 'then', 'then')`,
      )
      .run(JSON.stringify(docWith('Sleeper.'))).lastInsertRowid,
  );
  const tagId = Number(db.prepare("INSERT INTO tags (name) VALUES ('rail')").run().lastInsertRowid);
  db.prepare('INSERT INTO draft_tags (draft_id, tag_id, position) VALUES (?, ?, 0)').run(draftId, tagId);
  migrate(db, BEFORE_SETTINGS);
  return { db, draftId };
}

describe('0090-settings', () => {
  it('is step 90, after every earlier step', () => {
    expect(settings.version).toBe(90);
    expect(BEFORE_SETTINGS.length).toBeGreaterThan(0);
    expect(UP_TO_SETTINGS.at(-1)).toBe(settings);
  });

  it('adds an empty settings table to a library with drafts, and leaves everything else as it was', () => {
    const { db, draftId } = previousVersionLibrary();
    const before = contentsOf(db);
    const from = schemaVersion(db);
    expect(from).toBe(BEFORE_SETTINGS.at(-1)?.version);

    expect(migrate(db, UP_TO_SETTINGS)).toEqual({ from, to: 90 });
    expect(contentsOf(db)).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT id FROM drafts').all()).toEqual([{ id: draftId }]);
  });

  it('gives the defaults until something is chosen, then keeps the choice', () => {
    const { db } = previousVersionLibrary();
    migrate(db, UP_TO_SETTINGS);
    const service = createSettingsService({ db });
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    service.update({ theme: 'dark' });
    expect(createSettingsService({ db }).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('keeps one row per setting, and refuses a second row for the same key', () => {
    const { db } = previousVersionLibrary();
    migrate(db, UP_TO_SETTINGS);
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"light\"')").run()).toThrow(/UNIQUE constraint failed/);
  });
});
