import { afterEach, describe, it, expect } from 'vitest';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../../src/main/core/db/openDatabase';
import { storedChunk } from '../../../../src/main/core/drafts/draftChunks';
import { createDraftsRepository, type DraftRecord } from '../../../../src/main/core/drafts/draftsRepository';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function openRepository() {
  const db = openDatabase(tempDir('repo'));
  opened.push(db);
  return { db, repo: createDraftsRepository(db) };
}

function record(overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    title: 'Hello',
    slug: 'hello',
    slugIsCustom: false,
    author: 'Ann',
    date: '2026-11-29',
    description: '',
    status: 'draft',
    coverImage: '',
    canonicalUrl: '',
    language: '',
    chunks: [storedChunk(JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] }), '<p></p>')],
    excerpt: '',
    wordCount: 0,
    readingMinutes: 1,
    ...overrides,
  };
}

describe('createDraftsRepository', () => {
  it('inserts a draft and reads it back', () => {
    const { repo } = openRepository();
    const id = repo.insert(
      record({
        slugIsCustom: true,
        description: 'About it',
        status: 'scheduled',
        coverImage: 'https://example.com/cover.png',
        canonicalUrl: 'https://example.com/hello',
        language: 'de-CH',
      }),
      '2026-11-29T12:00:00.000Z',
    );
    expect(repo.get(id)).toEqual({
      id,
      title: 'Hello',
      slug: 'hello',
      author: 'Ann',
      date: '2026-11-29',
      excerpt: '',
      wordCount: 0,
      readingMinutes: 1,
      updatedAt: '2026-11-29T12:00:00.000Z',
      status: 'scheduled',
      trashedAt: null,
      description: 'About it',
      tags: [],
      coverImage: 'https://example.com/cover.png',
      canonicalUrl: 'https://example.com/hello',
      language: 'de-CH',
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
      version: 1,
      createdAt: '2026-11-29T12:00:00.000Z',
      slugIsCustom: true,
      bodyHtml: '<p></p>',
    });
    expect(repo.getBySlug('hello')?.id).toBe(id);
  });

  it('returns undefined for a draft that does not exist', () => {
    const { repo } = openRepository();
    expect(repo.get(42)).toBeUndefined();
    expect(repo.getBySlug('nope')).toBeUndefined();
  });

  it('lists the most recently updated first, the newer id first on a tie', () => {
    const { repo } = openRepository();
    const a = repo.insert(record({ slug: 'a' }), '2026-11-29T10:00:00.000Z');
    const b = repo.insert(record({ slug: 'b' }), '2026-11-29T11:00:00.000Z');
    const c = repo.insert(record({ slug: 'c' }), '2026-11-29T10:00:00.000Z');
    expect(repo.list().map((d) => d.id)).toEqual([b, c, a]);
  });

  it('updates only from the version named, and bumps the version', () => {
    const { repo } = openRepository();
    const id = repo.insert(record(), '2026-11-29T10:00:00.000Z');
    expect(repo.update(id, 1, record({ title: 'Second' }), '2026-11-29T11:00:00.000Z')).toBe(true);
    expect(repo.update(id, 1, record({ title: 'Stale' }), '2026-11-29T12:00:00.000Z')).toBe(false);
    expect(repo.update(999, 1, record(), '2026-11-29T12:00:00.000Z')).toBe(false);
    expect(repo.get(id)).toMatchObject({ title: 'Second', version: 2, updatedAt: '2026-11-29T11:00:00.000Z', createdAt: '2026-11-29T10:00:00.000Z' });
  });

  it('tells whether a slug is taken by another draft', () => {
    const { repo } = openRepository();
    const id = repo.insert(record(), 'now');
    expect(repo.isSlugTaken('hello')).toBe(true);
    expect(repo.isSlugTaken('hello', id)).toBe(false);
    expect(repo.isSlugTaken('other')).toBe(false);
  });

  it('finds the author of the most recently updated draft that has one', () => {
    const { repo } = openRepository();
    expect(repo.latestAuthor()).toBe('');
    repo.insert(record({ slug: 'a', author: 'Ann' }), '2026-11-29T10:00:00.000Z');
    repo.insert(record({ slug: 'b', author: 'Bob' }), '2026-11-29T11:00:00.000Z');
    repo.insert(record({ slug: 'c', author: '' }), '2026-11-29T12:00:00.000Z');
    expect(repo.latestAuthor()).toBe('Bob');
  });

  it('stores tags in order, replaces them, and shares one tag row between drafts', () => {
    const { db, repo } = openRepository();
    const a = repo.insert(record({ slug: 'a' }), 'now');
    const b = repo.insert(record({ slug: 'b' }), 'now');
    repo.setTags(a, ['Travel', 'Food', 'Art']);
    repo.setTags(b, ['food']);
    expect(repo.get(a)?.tags).toEqual(['Travel', 'Food', 'Art']);
    expect(repo.get(b)?.tags).toEqual(['Food']);
    repo.setTags(a, ['Art', 'Travel']);
    expect(repo.get(a)?.tags).toEqual(['Art', 'Travel']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM tags').get()).toEqual({ n: 3 });
  });

  it('deletes a draft with its tag links and its chunks', () => {
    const { db, repo } = openRepository();
    const id = repo.insert(record(), 'now');
    repo.setTags(id, ['x']);
    expect(repo.delete(id)).toBe(true);
    expect(repo.delete(id)).toBe(false);
    expect(repo.get(id)).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM draft_tags').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM draft_chunks').get()).toEqual({ n: 0 });
  });
});

describe('createDraftsRepository: the document in chunks', () => {
  /** A document of paragraphs "p0".."pN" stored in chunks of the sizes given, as the deriver splits one. */
  function chunked(sizes: number[], texts = sizes.flatMap((size, c) => Array.from({ length: size }, (_, i) => `c${c}p${i}`))) {
    const paragraphs = texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
    const chunks = [];
    let start = 0;
    for (const [c, size] of sizes.entries()) {
      const json = paragraphs.slice(start, start + size).map((p) => JSON.stringify(p)).join(',');
      const html = texts.slice(start, start + size).map((text) => `<p>${text}</p>`).join('');
      chunks.push(storedChunk(`${c === 0 ? '{"type":"doc","content":[' : ','}${json}${c === sizes.length - 1 ? ']}' : ''}`, html));
      start += size;
    }
    return { doc: { type: 'doc', content: paragraphs }, html: texts.map((text) => `<p>${text}</p>`).join(''), chunks };
  }

  const rowsOf = (db: Database.Database, id: number) =>
    db.prepare<[number], { id: number; position: number }>('SELECT id, position FROM draft_chunks WHERE draft_id = ? ORDER BY position').all(id);

  it('reads back the document and HTML its chunks join to', () => {
    const { repo } = openRepository();
    const { doc, html, chunks } = chunked([3, 1, 4]);
    const id = repo.insert(record({ chunks }), 'now');
    expect(repo.get(id)).toMatchObject({ doc, bodyHtml: html });
    expect(repo.getBySlug('hello')).toMatchObject({ doc, bodyHtml: html });
  });

  it('writes only the chunks that changed, moves the ones that moved, and deletes the ones gone', () => {
    const { db, repo } = openRepository();
    const first = chunked([2, 2, 2, 2]);
    const id = repo.insert(record({ chunks: first.chunks }), 'now');
    const before = rowsOf(db, id);

    // The third chunk typed into: one row replaced, the others untouched.
    const typed = chunked([2, 2, 2, 2], first.doc.content.map((p, i) => (i === 4 ? 'typed' : p.content[0]?.text ?? '')));
    expect(repo.update(id, 1, record({ chunks: typed.chunks }), 'later')).toBe(true);
    const after = rowsOf(db, id);
    expect(after.filter((row) => !before.some((old) => old.id === row.id))).toEqual([{ id: expect.any(Number), position: 2 }]);
    expect(after.filter((row) => before.some((old) => old.id === row.id && old.position === row.position))).toHaveLength(3);
    expect(repo.get(id)).toMatchObject({ doc: typed.doc, bodyHtml: typed.html });

    // The same chunks again: nothing written.
    const changes = (): number => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const unchanged = changes();
    expect(repo.update(id, 2, record({ chunks: typed.chunks }), 'later')).toBe(true);
    expect(changes() - unchanged).toBe(1); // the drafts row alone

    // The first chunk gone: the others move up, rewritten where the document's start or end is in them.
    const shorter = chunked([2, 2, 2], typed.doc.content.slice(2).map((p) => p.content[0]?.text ?? ''));
    expect(repo.update(id, 3, record({ chunks: shorter.chunks }), 'later')).toBe(true);
    expect(rowsOf(db, id).map((row) => row.position)).toEqual([0, 1, 2]);
    expect(repo.get(id)).toMatchObject({ doc: shorter.doc, bodyHtml: shorter.html });
    expect(db.prepare('SELECT COUNT(*) AS n FROM draft_chunks').get()).toEqual({ n: 3 });
  });

  it('writes nothing when the version is stale', () => {
    const { db, repo } = openRepository();
    const id = repo.insert(record(), 'now');
    const other = chunked([1, 1]);
    expect(repo.update(id, 7, record({ chunks: other.chunks }), 'later')).toBe(false);
    expect(repo.get(id)?.bodyHtml).toBe('<p></p>');
    expect(rowsOf(db, id)).toHaveLength(1);
  });
});

describe('createDraftsRepository: metadata and the trash', () => {
  it('reads a draft without its document (getHead)', () => {
    const { repo } = openRepository();
    const id = repo.insert(record({ status: 'published' }), '2026-11-29T12:00:00.000Z');
    repo.setTags(id, ['a']);
    const { doc: _doc, bodyHtml: _bodyHtml, ...head } = repo.get(id) ?? ({} as never);
    expect(repo.getHead(id)).toEqual(head);
    expect(repo.getHead(404)).toBeUndefined();
  });

  it('moves a draft to the trash and back without touching its version or last edit', () => {
    const { repo } = openRepository();
    const id = repo.insert(record(), '2026-11-29T10:00:00.000Z');
    expect(repo.setTrashedAt(id, '2026-11-30T10:00:00.000Z')).toBe(true);
    expect(repo.get(id)).toMatchObject({ trashedAt: '2026-11-30T10:00:00.000Z', version: 1, updatedAt: '2026-11-29T10:00:00.000Z' });
    expect(repo.list()).toEqual([]);
    repo.setTrashedAt(id, null);
    expect(repo.list().map((d) => d.id)).toEqual([id]);
    expect(repo.setTrashedAt(404, null)).toBe(false);
  });

  it('deletes every draft in the trash and returns their ids', () => {
    const { repo } = openRepository();
    const keep = repo.insert(record({ slug: 'keep' }), 'now');
    const a = repo.insert(record({ slug: 'a' }), 'now');
    const b = repo.insert(record({ slug: 'b' }), 'now');
    repo.setTrashedAt(a, 'then');
    repo.setTrashedAt(b, 'then');
    expect(repo.deleteTrashed().sort()).toEqual([a, b].sort());
    expect(repo.deleteTrashed()).toEqual([]);
    expect(repo.get(keep)?.id).toBe(keep);
  });

  it('names the other draft that has a slug', () => {
    const { repo } = openRepository();
    const id = repo.insert(record({ title: 'Owner' }), 'now');
    expect(repo.slugOwner('hello')).toEqual({ id, title: 'Owner' });
    expect(repo.slugOwner('hello', id)).toBeUndefined();
  });

  it('forgets tags no draft carries, and only those', () => {
    const { db, repo } = openRepository();
    const id = repo.insert(record(), 'now');
    repo.setTags(id, ['old', 'kept']);
    repo.setTags(id, ['kept']);
    repo.dropUnusedTags();
    expect(db.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'kept' }]);
  });
});
