import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { drafts } from '../../../../src/main/core/db/migrations/0010-drafts';
import { tags } from '../../../../src/main/core/db/migrations/0020-tags';
import { postMetadata } from '../../../../src/main/core/db/migrations/0030-post-metadata';
import { search } from '../../../../src/main/core/db/migrations/0040-search';
import { docOf, docWith, paragraph } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

const BEFORE_SEARCH = [drafts, tags, postMetadata];

function version30Library(): Database.Database {
  const db = new Database(path.join(tempDir('migration-0040'), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  migrate(db, BEFORE_SEARCH);
  return db;
}

function insertDraft(db: Database.Database, title: string, docJson: string, trashed = false): number {
  return Number(
    db
      .prepare(
        `INSERT INTO drafts (title, slug, post_date, doc_json, body_html, created_at, updated_at, trashed_at)
         VALUES (@title, @slug, '2026-11-29', @docJson, '', 'then', 'then', @trashedAt)`,
      )
      .run({ title, slug: title.toLowerCase().replace(/\W+/g, '-'), docJson, trashedAt: trashed ? 'then' : null }).lastInsertRowid,
  );
}

function tag(db: Database.Database, draftId: number, names: string[]): void {
  names.forEach((name, position) => {
    const { id } = db.prepare<[string], { id: number }>('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = tags.name RETURNING id').get(name) as { id: number };
    db.prepare('INSERT INTO draft_tags (draft_id, tag_id, position) VALUES (?, ?, ?)').run(draftId, id, position);
  });
}

const rows = (db: Database.Database) => db.prepare('SELECT rowid AS id, title, body, tags FROM drafts_search ORDER BY rowid').all();
const matching = (db: Database.Database, query: string): number[] =>
  db
    .prepare<[string], { id: number }>('SELECT rowid AS id FROM drafts_search WHERE drafts_search MATCH ? ORDER BY rowid')
    .all(query)
    .map((row) => row.id);

describe('0040-search', () => {
  it('indexes the drafts of a version-30 library: title, plain text and tags, rowid = draft id', () => {
    const db = version30Library();
    const cafe = insertDraft(db, 'Café in Zürich', JSON.stringify(docOf(paragraph('Strong coffee.'), paragraph('Cheap cake.'))));
    const train = insertDraft(db, 'Night train', JSON.stringify(docWith('Sleeper to Kraków.')), true);
    tag(db, cafe, ['Food', 'Travel']);
    tag(db, train, ['Travel']);

    expect(migrate(db, [...BEFORE_SEARCH, search])).toEqual({ from: 30, to: 40 });
    expect(schemaVersion(db)).toBe(40);
    expect(rows(db)).toEqual([
      { id: cafe, title: 'Café in Zürich', body: 'Strong coffee.\nCheap cake.\n', tags: 'Food\nTravel' },
      // Drafts in the trash are indexed too: they may come back.
      { id: train, title: 'Night train', body: 'Sleeper to Kraków.\n', tags: 'Travel' },
    ]);
  });

  it('finds words regardless of case and accents, and by prefix', () => {
    const db = version30Library();
    const cafe = insertDraft(db, 'Café in Zürich', JSON.stringify(docWith('Strong coffee.')));
    const train = insertDraft(db, 'Night train', JSON.stringify(docWith('Sleeper to Kraków.')));
    migrate(db, [...BEFORE_SEARCH, search]);
    expect(matching(db, '"cafe"')).toEqual([cafe]);
    expect(matching(db, '"ZURICH"')).toEqual([cafe]);
    expect(matching(db, '"krakow"')).toEqual([train]);
    expect(matching(db, '"sle"*')).toEqual([train]);
    expect(matching(db, '"co"*')).toEqual([cafe]);
  });

  it('indexes a draft whose stored document cannot be read by its title, rather than refusing to open', () => {
    const db = version30Library();
    const broken = insertDraft(db, 'Broken one', '{not json');
    migrate(db, [...BEFORE_SEARCH, search]);
    expect(rows(db)).toEqual([{ id: broken, title: 'Broken one', body: '', tags: '' }]);
  });

  it('indexes a library larger than one batch', () => {
    const db = version30Library();
    const ids = Array.from({ length: 450 }, (_, i) => insertDraft(db, `Post ${i}`, JSON.stringify(docWith(`text number${i}`))));
    migrate(db, [...BEFORE_SEARCH, search]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM drafts_search').get()).toEqual({ n: 450 });
    expect(matching(db, '"number449"')).toEqual([ids[449]]);
  });
});
