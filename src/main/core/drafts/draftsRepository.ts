import type Database from 'better-sqlite3';
import type { JSONContent } from '@tiptap/core';
import type { Draft, DraftSummary } from '../../../shared/draft';

interface DraftRow {
  id: number;
  title: string;
  slug: string;
  slug_is_custom: number;
  author: string;
  post_date: string;
  description: string;
  doc_json: string;
  body_html: string;
  excerpt: string;
  word_count: number;
  reading_minutes: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Everything a write stores; derived fields (HTML, counts) are computed by the service. */
export interface DraftRecord {
  title: string;
  slug: string;
  slugIsCustom: boolean;
  author: string;
  date: string;
  description: string;
  docJson: string;
  bodyHtml: string;
  excerpt: string;
  wordCount: number;
  readingMinutes: number;
}

const SUMMARY_COLUMNS = 'id, title, slug, author, post_date, excerpt, word_count, reading_minutes, updated_at';

function toSummary(row: Pick<DraftRow, 'id' | 'title' | 'slug' | 'author' | 'post_date' | 'excerpt' | 'word_count' | 'reading_minutes' | 'updated_at'>): DraftSummary {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    author: row.author,
    date: row.post_date,
    excerpt: row.excerpt,
    wordCount: row.word_count,
    readingMinutes: row.reading_minutes,
    updatedAt: row.updated_at,
  };
}

export interface StoredDraft extends Draft {
  slugIsCustom: boolean;
  bodyHtml: string;
}

export function createDraftsRepository(db: Database.Database) {
  const statements = {
    list: db.prepare<[], DraftRow>(`SELECT ${SUMMARY_COLUMNS} FROM drafts ORDER BY updated_at DESC, id DESC`),
    get: db.prepare<[number], DraftRow>('SELECT * FROM drafts WHERE id = ?'),
    getBySlug: db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE slug = ?'),
    slugTaken: db.prepare<[string, number], { one: number }>('SELECT 1 AS one FROM drafts WHERE slug = ? AND id != ?'),
    latestAuthor: db.prepare<[], { author: string }>(
      "SELECT author FROM drafts WHERE author != '' ORDER BY updated_at DESC, id DESC LIMIT 1",
    ),
    insert: db.prepare(
      `INSERT INTO drafts (title, slug, slug_is_custom, author, post_date, description, doc_json, body_html, excerpt,
         word_count, reading_minutes, version, created_at, updated_at)
       VALUES (@title, @slug, @slugIsCustom, @author, @date, @description, @docJson, @bodyHtml, @excerpt,
         @wordCount, @readingMinutes, 1, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE drafts SET title = @title, slug = @slug, slug_is_custom = @slugIsCustom, author = @author,
         post_date = @date, description = @description, doc_json = @docJson, body_html = @bodyHtml,
         excerpt = @excerpt, word_count = @wordCount, reading_minutes = @readingMinutes,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @baseVersion`,
    ),
    delete: db.prepare<[number]>('DELETE FROM drafts WHERE id = ?'),
    tagsOf: db.prepare<[number], { name: string }>(
      'SELECT t.name FROM draft_tags dt JOIN tags t ON t.id = dt.tag_id WHERE dt.draft_id = ? ORDER BY dt.position',
    ),
    upsertTag: db.prepare<[string], { id: number }>(
      'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = tags.name RETURNING id',
    ),
    clearTags: db.prepare<[number]>('DELETE FROM draft_tags WHERE draft_id = ?'),
    addTag: db.prepare<[number, number, number]>(
      'INSERT OR IGNORE INTO draft_tags (draft_id, tag_id, position) VALUES (?, ?, ?)',
    ),
  };

  const toDraft = (row: DraftRow): StoredDraft => ({
    ...toSummary(row),
    description: row.description,
    tags: statements.tagsOf.all(row.id).map((t) => t.name),
    doc: JSON.parse(row.doc_json) as JSONContent,
    version: row.version,
    createdAt: row.created_at,
    slugIsCustom: row.slug_is_custom === 1,
    bodyHtml: row.body_html,
  });

  const encode = (record: DraftRecord) => ({ ...record, slugIsCustom: record.slugIsCustom ? 1 : 0 });

  return {
    list(): DraftSummary[] {
      return statements.list.all().map(toSummary);
    },
    get(id: number): StoredDraft | undefined {
      const row = statements.get.get(id);
      return row && toDraft(row);
    },
    getBySlug(slug: string): StoredDraft | undefined {
      const row = statements.getBySlug.get(slug);
      return row && toDraft(row);
    },
    isSlugTaken(slug: string, exceptId = 0): boolean {
      return statements.slugTaken.get(slug, exceptId) !== undefined;
    },
    latestAuthor(): string {
      return statements.latestAuthor.get()?.author ?? '';
    },
    insert(record: DraftRecord, now: string): number {
      return Number(statements.insert.run({ ...encode(record), now }).lastInsertRowid);
    },
    /** Returns false when the draft is gone or was saved by someone else since baseVersion. */
    update(id: number, baseVersion: number, record: DraftRecord, now: string): boolean {
      return statements.update.run({ ...encode(record), id, baseVersion, now }).changes === 1;
    },
    delete(id: number): boolean {
      return statements.delete.run(id).changes === 1;
    },
    setTags(id: number, tags: readonly string[]): void {
      statements.clearTags.run(id);
      tags.forEach((name, position) => {
        const tag = statements.upsertTag.get(name);
        if (tag) statements.addTag.run(id, tag.id, position);
      });
    },
  };
}

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;
