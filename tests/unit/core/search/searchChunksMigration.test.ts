import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { searchChunks } from '../../../../src/main/core/db/migrations/0070-search-chunks';
import { chunkHash, searchBodyChunk } from '../../../../src/main/core/search/searchChunks';
import { createSearchIndex } from '../../../../src/main/core/search/searchIndex';
import { createSearchService } from '../../../../src/main/core/search/searchService';
import { docWith } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

const BEFORE_CHUNKS = MIGRATIONS.filter((m) => m.version < searchChunks.version);
const UP_TO_CHUNKS = MIGRATIONS.filter((m) => m.version <= searchChunks.version);

/** A library as the previous version left it: drafts, tags, and their one-row-per-draft index. */
function version60Library(): Database.Database {
  const db = new Database(path.join(tempDir('migration-0070'), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  migrate(db, BEFORE_CHUNKS);
  return db;
}

function insertDraft(db: Database.Database, title: string, body: string, tags: string[], trashed = false): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO drafts (title, slug, post_date, doc_json, body_html, created_at, updated_at, trashed_at)
         VALUES (@title, @slug, '2026-11-29', @docJson, '', 'then', 'then', @trashedAt)`,
      )
      .run({ title, slug: title.toLowerCase().replace(/\W+/g, '-'), docJson: JSON.stringify(docWith(body)), trashedAt: trashed ? 'then' : null })
      .lastInsertRowid,
  );
  tags.forEach((name, position) => {
    const tag = db.prepare<[string], { id: number }>('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = tags.name RETURNING id').get(name) as { id: number };
    db.prepare('INSERT INTO draft_tags (draft_id, tag_id, position) VALUES (?, ?, ?)').run(id, tag.id, position);
  });
  // What the drafts service of version 60 wrote for it.
  db.prepare('INSERT INTO drafts_search (rowid, title, body, tags) VALUES (?, ?, ?, ?)').run(id, title, `${body}\n`, tags.join('\n'));
  return id;
}

describe('0070-search-chunks', () => {
  it('is the step after assets', () => {
    expect(searchChunks.version).toBe(70);
    expect(MIGRATIONS[MIGRATIONS.indexOf(searchChunks) - 1]?.version).toBe(60);
  });

  it('moves every indexed draft into chunks, long ones into several, and drops the old index', () => {
    const db = version60Library();
    const longBody = Array.from({ length: 6_000 }, (_, i) => `word${i}`).join(' ').replace(/(word\d*9) /g, '$1\n');
    const cafe = insertDraft(db, 'Café in Zürich', 'Strong coffee.', ['Food', 'Travel']);
    const book = insertDraft(db, 'The long book', longBody, ['Novel']);
    const trashed = insertDraft(db, 'Night train', 'Sleeper to Kraków.', [], true);
    const empty = insertDraft(db, 'Only a title', '', []);
    const before = db.prepare('SELECT rowid AS id, title, body, tags FROM drafts_search ORDER BY rowid').all() as { id: number }[];

    expect(migrate(db, UP_TO_CHUNKS)).toEqual({ from: 60, to: 70 });
    expect(schemaVersion(db)).toBe(70);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'drafts_search'").all()).toEqual([]);

    // Each draft's chunks join back to exactly the row it had; the hashes are those of the text.
    const index = createSearchIndex(db);
    for (const { id, ...row } of before) expect(index.get(id)).toEqual(row);
    const chunks = db
      .prepare<[], { draftId: number; position: number; hash: Buffer; title: string; body: string; tags: string }>(
        `SELECT c.draft_id AS draftId, c.position AS position, c.hash AS hash, f.title AS title, f.body AS body, f.tags AS tags
         FROM search_chunks c JOIN search_chunks_fts f ON f.rowid = c.id ORDER BY c.draft_id, c.position`,
      )
      .all();
    expect(chunks.filter((c) => c.draftId === book).length).toBeGreaterThan(1);
    expect(chunks.filter((c) => c.draftId !== book).map((c) => c.draftId)).toEqual([cafe, trashed, empty]);
    for (const chunk of chunks) expect(chunk.hash.equals(chunkHash(chunk.title, chunk.tags, searchBodyChunk(chunk.body).digest))).toBe(true);

    // Search works on the migrated index: accents, prefixes, tags, a word deep in the book, the trash left out.
    const search = createSearchService({ db });
    const ids = (query: string): number[] => search.query({ query }).map((hit) => hit.id);
    expect(ids('cafe')).toEqual([cafe]);
    expect(ids('travel')).toEqual([cafe]);
    expect(ids('word5999')).toEqual([book]);
    expect(ids('long word5999')).toEqual([book]);
    expect(ids('sleeper')).toEqual([]);
    expect(ids('only')).toEqual([empty]);
  });

  it('brings an empty library up', () => {
    const db = version60Library();
    expect(migrate(db, UP_TO_CHUNKS)).toEqual({ from: 60, to: 70 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM search_chunks').get()).toEqual({ n: 0 });
  });

  it('moves a library larger than one batch', () => {
    const db = version60Library();
    // One transaction: 450 commits of a rollback-journal database would take seconds.
    const ids = db.transaction(() => Array.from({ length: 450 }, (_, i) => insertDraft(db, `Post ${i}`, `text number${i}`, [])))();
    migrate(db, UP_TO_CHUNKS);
    expect(db.prepare('SELECT COUNT(*) AS n FROM search_chunks').get()).toEqual({ n: 450 });
    expect(createSearchService({ db }).query({ query: 'number449' }).map((hit) => hit.id)).toEqual([ids[449]]);
  });
});
