import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import type { JSONContent } from '@tiptap/core';
import { libraryPath } from '../../../../src/main/core/db/openDatabase';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { draftChunks } from '../../../../src/main/core/db/migrations/0080-draft-chunks';
import { storedChunkHash } from '../../../../src/main/core/drafts/draftChunks';
import { createServices, type Services } from '../../../../src/main/core/services';
import { docOf, docWith, paragraph } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const handle of opened.splice(0)) handle.close();
});

const BEFORE = MIGRATIONS.filter((m) => m.version < draftChunks.version);
const UP_TO = MIGRATIONS.filter((m) => m.version <= draftChunks.version);

/** A library as version 70 left it, in a data folder the services can open afterwards. */
function version70Library(): { db: Database.Database; dataDir: string } {
  const dataDir = tempDir('migration-0080');
  const db = new Database(libraryPath(dataDir));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  migrate(db, BEFORE);
  return { db, dataDir };
}

interface OldDraft {
  id: number;
  docJson: string;
  bodyHtml: string;
}

/** A draft row as version 70 wrote it: the document and its HTML in the row itself. */
function insertDraft(db: Database.Database, slug: string, doc: JSONContent, bodyHtml: string, trashed = false): OldDraft {
  const docJson = JSON.stringify(doc);
  const id = Number(
    db
      .prepare(
        `INSERT INTO drafts (title, slug, post_date, doc_json, body_html, word_count, created_at, updated_at, trashed_at)
         VALUES (@slug, @slug, '2026-11-29', @docJson, @bodyHtml, 3, 'then', 'then', @trashedAt)`,
      )
      .run({ slug, docJson, bodyHtml, trashedAt: trashed ? 'then' : null }).lastInsertRowid,
  );
  return { id, docJson, bodyHtml };
}

const columnsOf = (db: Database.Database, table: string): string[] =>
  db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((column) => column.name);

describe('0080-draft-chunks', () => {
  it('follows the search chunks step', () => {
    expect(draftChunks.version).toBe(80);
    expect(MIGRATIONS[MIGRATIONS.indexOf(draftChunks) - 1]?.version).toBe(70);
  });

  it('moves each document and its HTML, as they are, into its draft\'s one chunk, and drops the two columns', () => {
    const { db } = version70Library();
    const image = '/library-assets/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png';
    const drafts = [
      insertDraft(db, 'plain', docWith('Hello there.'), '<p>Hello there.</p>'),
      insertDraft(db, 'picture', docOf({ type: 'image', attrs: { src: image, alt: 'x' } }), `<img src="${image}" alt="x">`, true),
      // Whatever the row held, even a document the app would now write differently, is kept byte for byte.
      insertDraft(db, 'odd', { type: 'doc', content: [paragraph('Ünïcödé “quotes” \u2028 and 東京')] }, '<p>old renderer output</p>'),
    ];
    const otherColumns = columnsOf(db, 'drafts').filter((name) => name !== 'doc_json' && name !== 'body_html');
    const rowsBefore = db.prepare(`SELECT ${otherColumns.join(', ')} FROM drafts ORDER BY id`).all();

    expect(migrate(db, UP_TO)).toEqual({ from: 70, to: 80 });
    expect(schemaVersion(db)).toBe(80);
    expect(columnsOf(db, 'drafts')).toEqual(otherColumns);
    expect(db.prepare('SELECT * FROM drafts ORDER BY id').all()).toEqual(rowsBefore);
    const chunks = db
      .prepare<[], { draftId: number; position: number; hash: Buffer; docJson: string; bodyHtml: string }>(
        'SELECT draft_id AS draftId, position, hash, doc_json AS docJson, body_html AS bodyHtml FROM draft_chunks ORDER BY draft_id',
      )
      .all();
    expect(chunks).toEqual(
      drafts.map(({ id, docJson, bodyHtml }) => ({ draftId: id, position: 0, hash: storedChunkHash(docJson, bodyHtml), docJson, bodyHtml })),
    );
  });

  it('leaves a library the services read exactly as before, and whose next save of a book splits it into chunks', () => {
    const { db, dataDir } = version70Library();
    const short = insertDraft(db, 'short', docWith('A short post.'), '<p>A short post.</p>');
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: ${'some words '.repeat(5 + (i % 13))}end.`);
    const book = insertDraft(db, 'book', docWith(...paragraphs), paragraphs.map((p) => `<p>${p}</p>`).join(''));
    db.close();

    const services: Services = createServices({ dataDir });
    opened.push(services);
    expect(services.drafts.get(short.id).doc).toEqual(JSON.parse(short.docJson));
    expect(services.drafts.getForOutput(book.id)).toMatchObject({ doc: JSON.parse(book.docJson), bodyHtml: book.bodyHtml });
    expect(services.drafts.resolve('book').bodyHtml).toBe(book.bodyHtml);

    const current = services.drafts.get(book.id);
    services.drafts.save({ id: book.id, baseVersion: current.version, title: current.title, author: '', date: current.date, doc: current.doc });
    const count = (id: number): number => (services.db.prepare('SELECT COUNT(*) AS n FROM draft_chunks WHERE draft_id = ?').get(id) as { n: number }).n;
    expect(count(book.id)).toBeGreaterThan(1);
    expect(count(short.id)).toBe(1);
    expect(services.drafts.getForOutput(book.id)).toMatchObject({ doc: JSON.parse(book.docJson), bodyHtml: book.bodyHtml });
  });

  it('turns off the merges FTS5 would run inside the commit of a write (the drafts service merges after it)', () => {
    const { db } = version70Library();
    const automerge = () => db.prepare("SELECT v FROM search_chunks_fts_config WHERE k = 'automerge'").get();
    expect(automerge()).toBeUndefined();
    migrate(db, UP_TO);
    expect(automerge()).toEqual({ v: 0 });
  });

  it('deletes the chunks of a deleted draft with it', () => {
    const { db } = version70Library();
    const { id } = insertDraft(db, 'gone', docWith('Bye.'), '<p>Bye.</p>');
    migrate(db, UP_TO);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM draft_chunks').get()).toEqual({ n: 0 });
  });

  it('brings an empty library up, and one larger than a batch', () => {
    const empty = version70Library().db;
    expect(migrate(empty, UP_TO)).toEqual({ from: 70, to: 80 });
    expect(empty.prepare('SELECT COUNT(*) AS n FROM draft_chunks').get()).toEqual({ n: 0 });

    const { db } = version70Library();
    db.transaction(() => {
      for (let i = 0; i < 450; i += 1) insertDraft(db, `post-${i}`, docWith(`Post ${i}.`), `<p>Post ${i}.</p>`);
    })();
    migrate(db, UP_TO);
    expect(db.prepare('SELECT COUNT(DISTINCT draft_id) AS drafts, COUNT(*) AS chunks FROM draft_chunks').get()).toEqual({ drafts: 450, chunks: 450 });
    expect(db.prepare("SELECT body_html AS html FROM draft_chunks WHERE draft_id = (SELECT id FROM drafts WHERE slug = 'post-449')").get()).toEqual({
      html: '<p>Post 449.</p>',
    });
  });
});
