import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/core/db/migration';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { revisions } from '../../../../src/main/core/db/migrations/0050-revisions';
import { REVISION_KINDS } from '../../../../src/shared/library';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

const before50 = MIGRATIONS.filter((m) => m.version < 50);
const upTo50 = MIGRATIONS.filter((m) => m.version <= 50);

function freshDb(): Database.Database {
  const db = new Database(path.join(tempDir('revisions-migration'), 'test.sqlite'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  return db;
}

function insertDraft(db: Database.Database, slug: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO drafts (title, slug, post_date, doc_json, body_html, created_at, updated_at)
         VALUES (@slug, @slug, '2026-11-29', '{"type":"doc"}', '', '2026-11-29T12:00:00.000Z', '2026-11-29T12:00:00.000Z')`,
      )
      .run({ slug }).lastInsertRowid,
  );
}

const insertRevision = (db: Database.Database, draftId: number, kind = 'auto', baseId: number | null = null): number =>
  Number(
    db
      .prepare(
        `INSERT INTO revisions (draft_id, kind, title, word_count, created_at, content_hash, base_revision_id, content)
         VALUES (?, ?, 'Title', 3, '2026-11-29T12:00:00.000Z', zeroblob(32), ?, x'00')`,
      )
      .run(draftId, kind, baseId).lastInsertRowid,
  );

describe('0050-revisions', () => {
  it('is version 50, right after the migrations before it', () => {
    expect(revisions.version).toBe(50);
    expect(MIGRATIONS.indexOf(revisions)).toBe(before50.length);
  });

  it('brings a library of the previous version, with drafts in it, to 50 and keeps the drafts', () => {
    const db = freshDb();
    migrate(db, before50);
    const previous = schemaVersion(db);
    expect(previous).toBeLessThan(50);
    const id = insertDraft(db, 'kept');
    insertDraft(db, 'also-kept');
    const draftsBefore = db.prepare('SELECT * FROM drafts ORDER BY id').all();

    expect(migrate(db, upTo50)).toEqual({ from: previous, to: 50 });
    expect(db.prepare('SELECT * FROM drafts ORDER BY id').all()).toEqual(draftsBefore);
    const revisionId = insertRevision(db, id);
    expect(db.prepare('SELECT draft_id, kind, name, title, word_count, base_revision_id FROM revisions WHERE id = ?').get(revisionId)).toEqual({
      draft_id: id,
      kind: 'auto',
      name: '',
      title: 'Title',
      word_count: 3,
      base_revision_id: null,
    });
  });

  it('accepts exactly the revision kinds the app knows', () => {
    const db = freshDb();
    migrate(db, upTo50);
    const id = insertDraft(db, 'draft');
    for (const kind of REVISION_KINDS) insertRevision(db, id, kind);
    expect(() => insertRevision(db, id, 'manual')).toThrow(/CHECK constraint failed/);
  });

  it('refuses a revision of a missing draft, or based on a missing revision', () => {
    const db = freshDb();
    migrate(db, upTo50);
    expect(() => insertRevision(db, 99)).toThrow(/FOREIGN KEY constraint failed/);
    const id = insertDraft(db, 'draft');
    expect(() => insertRevision(db, id, 'auto', 99)).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('deletes a draft\'s revisions, chained ones included, with the draft', () => {
    const db = freshDb();
    migrate(db, upTo50);
    const id = insertDraft(db, 'draft');
    const other = insertDraft(db, 'other');
    const keyframe = insertRevision(db, id);
    insertRevision(db, id, 'auto', insertRevision(db, id, 'auto', keyframe));
    insertRevision(db, other);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(id);
    expect(db.prepare('SELECT draft_id FROM revisions').all()).toEqual([{ draft_id: other }]);
  });

  it('lists a draft\'s history newest first from its index', () => {
    const db = freshDb();
    migrate(db, upTo50);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM revisions WHERE draft_id = 1 ORDER BY id DESC").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING (COVERING )?INDEX revisions_by_draft/);
    expect(plan.map((step) => step.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
