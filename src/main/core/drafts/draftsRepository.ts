import type Database from 'better-sqlite3';
import type { JSONContent } from '@tiptap/core';
import type { Draft, DraftSummary, PostStatus } from '../../../shared/draft';
import { planChunkWrites, type StoredChunkRow } from '../search/chunkWrites';
import { joinStoredChunks, type StoredChunk } from './draftChunks';

interface DraftRow {
  id: number;
  title: string;
  slug: string;
  slug_is_custom: number;
  author: string;
  post_date: string;
  description: string;
  excerpt: string;
  word_count: number;
  reading_minutes: number;
  version: number;
  created_at: string;
  updated_at: string;
  status: PostStatus;
  cover_image: string;
  canonical_url: string;
  language: string;
  trashed_at: string | null;
}

/** Everything a write stores; derived fields (HTML, counts) are computed by the service. */
export interface DraftRecord {
  title: string;
  slug: string;
  slugIsCustom: boolean;
  author: string;
  date: string;
  description: string;
  status: PostStatus;
  coverImage: string;
  canonicalUrl: string;
  language: string;
  /** The document and its HTML, in pieces (see StoredChunk). */
  chunks: readonly StoredChunk[];
  excerpt: string;
  wordCount: number;
  readingMinutes: number;
}

/** The columns of a DraftSummary: what the sidebar lists, never the document. */
export const SUMMARY_COLUMNS =
  'id, title, slug, author, post_date, excerpt, word_count, reading_minutes, updated_at, status, trashed_at';

export type SummaryRow = Pick<
  DraftRow,
  'id' | 'title' | 'slug' | 'author' | 'post_date' | 'excerpt' | 'word_count' | 'reading_minutes' | 'updated_at' | 'status' | 'trashed_at'
>;

export function toSummary(row: SummaryRow): DraftSummary {
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
    status: row.status,
    trashedAt: row.trashed_at,
  };
}

export interface StoredDraft extends Draft {
  bodyHtml: string;
}

/** A draft without its document: what a save needs to know about the stored draft. */
export type DraftHead = Omit<Draft, 'doc'>;

// Every column of drafts: the document and its HTML are rows of draft_chunks, read only by get.
const HEAD_COLUMNS = `${SUMMARY_COLUMNS}, slug_is_custom, description, cover_image, canonical_url, language, version, created_at`;

export function createDraftsRepository(db: Database.Database) {
  const statements = {
    list: db.prepare<[], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE trashed_at IS NULL ORDER BY updated_at DESC, id DESC`,
    ),
    getHead: db.prepare<[number], DraftRow>(`SELECT ${HEAD_COLUMNS} FROM drafts WHERE id = ?`),
    getHeadBySlug: db.prepare<[string], DraftRow>(`SELECT ${HEAD_COLUMNS} FROM drafts WHERE slug = ?`),
    slugOwner: db.prepare<[string, number], { id: number; title: string }>(
      'SELECT id, title FROM drafts WHERE slug = ? AND id != ?',
    ),
    latestAuthor: db.prepare<[], { author: string }>(
      "SELECT author FROM drafts WHERE author != '' ORDER BY updated_at DESC, id DESC LIMIT 1",
    ),
    insert: db.prepare(
      `INSERT INTO drafts (title, slug, slug_is_custom, author, post_date, description, status, cover_image,
         canonical_url, language, excerpt, word_count, reading_minutes, version, created_at, updated_at)
       VALUES (@title, @slug, @slugIsCustom, @author, @date, @description, @status, @coverImage,
         @canonicalUrl, @language, @excerpt, @wordCount, @readingMinutes, 1, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE drafts SET title = @title, slug = @slug, slug_is_custom = @slugIsCustom, author = @author,
         post_date = @date, description = @description, status = @status, cover_image = @coverImage,
         canonical_url = @canonicalUrl, language = @language, excerpt = @excerpt, word_count = @wordCount,
         reading_minutes = @readingMinutes, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @baseVersion`,
    ),
    chunksOf: db.prepare<[number], StoredChunkRow>('SELECT id, position, hash FROM draft_chunks WHERE draft_id = ?'),
    contentOf: db.prepare<[number], { docJson: string; bodyHtml: string }>(
      'SELECT doc_json AS docJson, body_html AS bodyHtml FROM draft_chunks WHERE draft_id = ? ORDER BY position',
    ),
    insertChunk: db.prepare<{ draftId: number; position: number; hash: Buffer; docJson: string; bodyHtml: string }>(
      'INSERT INTO draft_chunks (draft_id, position, hash, doc_json, body_html) VALUES (@draftId, @position, @hash, @docJson, @bodyHtml)',
    ),
    moveChunk: db.prepare<[number, number]>('UPDATE draft_chunks SET position = ? WHERE id = ?'),
    removeChunk: db.prepare<[number]>('DELETE FROM draft_chunks WHERE id = ?'),
    setTrashedAt: db.prepare<[string | null, number]>('UPDATE drafts SET trashed_at = ? WHERE id = ?'),
    delete: db.prepare<[number]>('DELETE FROM drafts WHERE id = ?'),
    deleteTrashed: db.prepare<[], { id: number }>('DELETE FROM drafts WHERE trashed_at IS NOT NULL RETURNING id'),
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
    dropUnusedTags: db.prepare(
      'DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM draft_tags dt WHERE dt.tag_id = tags.id)',
    ),
  };

  const tagsOf = (id: number): string[] => statements.tagsOf.all(id).map((t) => t.name);

  const toHead = (row: DraftRow): DraftHead => ({
    ...toSummary(row),
    description: row.description,
    tags: tagsOf(row.id),
    slugIsCustom: row.slug_is_custom === 1,
    coverImage: row.cover_image,
    canonicalUrl: row.canonical_url,
    language: row.language,
    version: row.version,
    createdAt: row.created_at,
  });

  const toDraft = (row: DraftRow): StoredDraft => {
    const { docJson, bodyHtml } = joinStoredChunks(statements.contentOf.all(row.id));
    return { ...toHead(row), doc: JSON.parse(docJson) as JSONContent, bodyHtml };
  };

  const encode = ({ chunks: _chunks, ...record }: DraftRecord) => ({ ...record, slugIsCustom: record.slugIsCustom ? 1 : 0 });

  /**
   * Makes a draft's stored chunks the given ones, writing only those it does not have (same
   * hash): an autosave of a book writes the chunk typed into, not the whole document.
   */
  const writeChunks = (draftId: number, chunks: readonly StoredChunk[]): void => {
    const plan = planChunkWrites(statements.chunksOf.all(draftId), chunks.map((chunk) => chunk.hash));
    // Deleted first, so the pages they free are reused by the rows written next.
    for (const chunkId of plan.removals) statements.removeChunk.run(chunkId);
    for (const { id, position } of plan.moves) statements.moveChunk.run(position, id);
    for (const position of plan.writes) {
      const { hash, docJson, bodyHtml } = chunks[position] as StoredChunk;
      statements.insertChunk.run({ draftId, position, hash, docJson, bodyHtml });
    }
  };

  return {
    /** The library (not the trash), the most recently edited first. */
    list(): DraftSummary[] {
      return statements.list.all().map(toSummary);
    },
    get(id: number): StoredDraft | undefined {
      const row = statements.getHead.get(id);
      return row && toDraft(row);
    },
    getHead(id: number): DraftHead | undefined {
      const row = statements.getHead.get(id);
      return row && toHead(row);
    },
    getBySlug(slug: string): StoredDraft | undefined {
      const row = statements.getHeadBySlug.get(slug);
      return row && toDraft(row);
    },
    /** The other draft that has this slug, if any. */
    slugOwner(slug: string, exceptId = 0): { id: number; title: string } | undefined {
      return statements.slugOwner.get(slug, exceptId);
    },
    isSlugTaken(slug: string, exceptId = 0): boolean {
      return statements.slugOwner.get(slug, exceptId) !== undefined;
    },
    latestAuthor(): string {
      return statements.latestAuthor.get()?.author ?? '';
    },
    insert(record: DraftRecord, now: string): number {
      const id = Number(statements.insert.run({ ...encode(record), now }).lastInsertRowid);
      writeChunks(id, record.chunks);
      return id;
    },
    /** Returns false (and writes nothing) when the draft is gone or was saved by someone else since baseVersion. */
    update(id: number, baseVersion: number, record: DraftRecord, now: string): boolean {
      if (statements.update.run({ ...encode(record), id, baseVersion, now }).changes !== 1) return false;
      writeChunks(id, record.chunks);
      return true;
    },
    /** Moves a draft to the trash (an instant) or back (null). Not an edit: version and updated_at stay. */
    setTrashedAt(id: number, trashedAt: string | null): boolean {
      return statements.setTrashedAt.run(trashedAt, id).changes === 1;
    },
    delete(id: number): boolean {
      return statements.delete.run(id).changes === 1;
    },
    /** Deletes every draft in the trash; returns their ids. */
    deleteTrashed(): number[] {
      return statements.deleteTrashed.all().map((row) => row.id);
    },
    tagsOf,
    setTags(id: number, tags: readonly string[]): void {
      statements.clearTags.run(id);
      tags.forEach((name, position) => {
        const tag = statements.upsertTag.get(name);
        if (tag) statements.addTag.run(id, tag.id, position);
      });
    },
    /** Tags no draft carries any more (not even one in the trash) are forgotten. */
    dropUnusedTags(): void {
      statements.dropUnusedTags.run();
    },
  };
}

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;
