import { afterEach, describe, it, expect } from 'vitest';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../../src/main/core/db/openDatabase';
import {
  MAX_CHUNK_CHARS,
  MIN_CHUNK_CHARS,
  SINGLE_CHUNK_CHARS,
  chunkBlockEnds,
  chunkBodyText,
  chunkHash,
  searchBodyChunk,
} from '../../../../src/main/core/search/searchChunks';
import { createSearchIndex, type SearchEntry } from '../../../../src/main/core/search/searchIndex';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function openIndex() {
  const db = openDatabase(tempDir('search-index'));
  opened.push(db);
  const totalChanges = (): number => (db.prepare<[], { n: number }>('SELECT total_changes() AS n').get() as { n: number }).n;
  return { db, index: createSearchIndex(db), totalChanges };
}

/** A draft's index entry, its body split at line ends. */
const entry = (title: string, body: string, tags: string[]): SearchEntry => ({ title, tags, body: chunkBodyText(body).map(searchBodyChunk) });

/** The drafts with a chunk that matches. */
const matching = (db: Database.Database, query: string): number[] =>
  db
    .prepare<[string], { id: number }>(
      'SELECT DISTINCT c.draft_id AS id FROM search_chunks_fts JOIN search_chunks c ON c.id = search_chunks_fts.rowid WHERE search_chunks_fts MATCH ? ORDER BY id',
    )
    .all(query)
    .map((row) => row.id);

describe('createSearchIndex', () => {
  it('writes a row under the draft id and replaces it on the next put', () => {
    const { db, index } = openIndex();
    index.put(7, entry('Night train', 'Sleeper.\n', ['Travel']));
    expect(index.get(7)).toEqual({ title: 'Night train', body: 'Sleeper.\n', tags: 'Travel' });
    index.put(7, entry('Day train', 'Window seat.\n', []));
    expect(index.get(7)).toEqual({ title: 'Day train', body: 'Window seat.\n', tags: '' });
    expect(matching(db, 'sleeper')).toEqual([]);
    expect(matching(db, 'window')).toEqual([7]);
  });

  it('leaves a row that would not change alone', () => {
    const { index, totalChanges } = openIndex();
    index.put(1, entry('Same', 'Text.\n', ['a']));
    const before = totalChanges();
    index.put(1, entry('Same', 'Text.\n', ['a']));
    expect(totalChanges()).toBe(before);
    index.put(1, entry('Same', 'Text!\n', ['a']));
    expect(totalChanges()).toBeGreaterThan(before);
  });

  it('replaces the tags of a row, keeping its title and text; a row that is not there stays absent', () => {
    const { db, index } = openIndex();
    index.put(3, entry('Title', 'Body.\n', ['old']));
    index.putTags(3, ['New', 'other']);
    expect(index.get(3)).toEqual({ title: 'Title', body: 'Body.\n', tags: 'New\nother' });
    expect(matching(db, 'old')).toEqual([]);
    expect(matching(db, 'new')).toEqual([3]);
    index.putTags(99, ['x']);
    expect(index.get(99)).toBeUndefined();
  });

  it('keeps how the text of a draft is split when its tags change', () => {
    const { db, index } = openIndex();
    const body = ['First part.\n', 'Second part.\n', 'Third part.\n'];
    index.put(4, { title: 'Parts', tags: ['a'], body: body.map(searchBodyChunk) });
    index.putTags(4, ['b']);
    const rows = db
      .prepare('SELECT c.hash AS hash, f.title AS title, f.body AS body, f.tags AS tags FROM search_chunks c JOIN search_chunks_fts f ON f.rowid = c.id WHERE c.draft_id = 4 ORDER BY c.position')
      .all() as { hash: Buffer; title: string; body: string; tags: string }[];
    expect(rows.map((row) => row.body)).toEqual(body);
    for (const row of rows) expect(row.hash.equals(chunkHash('Parts', 'b', searchBodyChunk(row.body).digest))).toBe(true);
    expect(matching(db, 'a')).toEqual([]);
    expect(matching(db, 'b')).toEqual([4]);
  });

  it('indexes a draft with no text as one row, found by its title and tags', () => {
    const { db, index } = openIndex();
    index.put(8, { title: 'Only a title', tags: ['lonely'], body: [] });
    expect(index.get(8)).toEqual({ title: 'Only a title', body: '', tags: 'lonely' });
    expect(matching(db, 'lonely')).toEqual([8]);
  });

  it('indexes control characters as spaces, so the snippet markers are never in the text', () => {
    const { index } = openIndex();
    index.put(9, { title: 'Evil\u0002title', tags: ['t\u0003'], body: [searchBodyChunk('Body\u0000 text\n')] });
    expect(index.get(9)).toEqual({ title: 'Evil title', body: 'Body  text\n', tags: 't ' });
  });

  it('removes one row, or many at once', () => {
    const { db, index } = openIndex();
    for (const id of [1, 2, 3, 4]) index.put(id, entry(`Post ${id}`, 'Shared word.\n', []));
    index.remove(2);
    index.removeMany([1, 4, 404]);
    index.removeMany([]);
    expect(matching(db, 'shared')).toEqual([3]);
  });

  it('indexes a long body in chunks, and a save rewrites only the chunk that changed', () => {
    const { db, index, totalChanges } = openIndex();
    const paragraphs = Array.from({ length: 600 }, (_, i) => `Paragraph ${i} holds the word para${i} and some more text around it.`);
    const body = (list: string[]): string => list.map((p) => `${p}\n`).join('');
    index.put(5, entry('Book', body(paragraphs), ['novel']));
    const chunkCount = (): number => (db.prepare('SELECT COUNT(*) AS n FROM search_chunks WHERE draft_id = 5').get() as { n: number }).n;
    expect(chunkCount()).toBeGreaterThan(1);
    expect(index.get(5)).toEqual({ title: 'Book', body: body(paragraphs), tags: 'novel' });
    // A title and tags ride on every chunk: a word of the title and one of the text find the draft together.
    expect(matching(db, '"book" AND "para599"')).toEqual([5]);
    expect(matching(db, '"novel" AND "para0"')).toEqual([5]);

    const rowsBefore = db.prepare('SELECT id FROM search_chunks WHERE draft_id = 5 ORDER BY position').all();
    const edited = paragraphs.map((p, i) => (i === 300 ? `${p} Typed edit.` : p));
    index.put(5, entry('Book', body(edited), ['novel']));
    const rowsAfter = db.prepare('SELECT id FROM search_chunks WHERE draft_id = 5 ORDER BY position').all();
    // One chunk replaced (its rowid is new), every other one kept as it was.
    expect(rowsAfter.filter((row) => !rowsBefore.some((before) => JSON.stringify(before) === JSON.stringify(row)))).toHaveLength(1);
    expect(index.get(5)?.body).toBe(body(edited));
    expect(matching(db, '"typed"')).toEqual([5]);

    const before = totalChanges();
    index.put(5, entry('Book', body(edited), ['novel']));
    expect(totalChanges()).toBe(before);

    // A paragraph removed near the start: the chunks move up; the text stays exact.
    index.put(5, entry('Book', body(edited.slice(1)), ['novel']));
    expect(index.get(5)?.body).toBe(body(edited.slice(1)));
    expect(matching(db, '"para0"')).toEqual([]);
    index.remove(5);
    expect(chunkCount()).toBe(0);
    expect(index.get(5)).toBeUndefined();
  });

  it('keeps a passage that repeats in a draft once per place it is in', () => {
    const { db, index } = openIndex();
    // A line long enough to be a chunk of its own, and of a length that may end one.
    const passage = `${'Same words again and again. '.repeat(500)}the passage end\n`;
    const body = passage + passage + passage;
    index.put(1, entry('Echo', body, []));
    expect(db.prepare('SELECT COUNT(DISTINCT hash) AS hashes, COUNT(*) AS chunks FROM search_chunks').get()).toEqual({ hashes: 1, chunks: 3 });
    expect(index.get(1)?.body).toBe(body);
    index.put(1, entry('Echo', passage + passage, []));
    expect(index.get(1)?.body).toBe(passage + passage);
  });
});

describe('chunkBlockEnds', () => {
  /** Blocks of prose, each ending its line, of lengths that vary as paragraphs do. */
  const blocks = Array.from({ length: 600 }, (_, i) => `${'w'.repeat(20 + ((i * 37) % 300))}\n`);
  const chunksOf = (texts: string[]): string[] => {
    let start = 0;
    return chunkBlockEnds(texts).map((end) => {
      const chunk = texts.slice(start, end).join('');
      start = end;
      return chunk;
    });
  };

  it('keeps a document of ordinary length whole', () => {
    expect(chunkBlockEnds(['Short.\n', '', 'Two.\n'])).toEqual([3]);
    expect(chunkBlockEnds(blocks.slice(0, 40))).toEqual([40]);
  });

  it('splits a long document between blocks into chunks none too small or too large', () => {
    const ends = chunkBlockEnds(blocks);
    expect(ends.at(-1)).toBe(blocks.length);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    const chunks = chunksOf(blocks);
    expect(chunks.join('')).toBe(blocks.join(''));
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(MIN_CHUNK_CHARS);
      expect(chunk.length).toBeLessThan(MAX_CHUNK_CHARS + 400);
    }
  });

  it('never ends a chunk where a word could run on into the next block', () => {
    // Blocks whose text does not end a line (in a schema that had such blocks), and images (no text).
    const texts = blocks.map((text, i) => (i % 3 === 0 ? text.trimEnd() : i % 5 === 0 ? '' : text));
    let start = 0;
    for (const end of chunkBlockEnds(texts).slice(0, -1)) {
      const chunk = texts.slice(start, end).join('');
      expect(chunk.endsWith('\n')).toBe(true);
      start = end;
    }
  });

  it('moves no boundary far from an edit: the chunks after it stay the same', () => {
    const before = chunksOf(blocks);
    expect(before.length).toBeGreaterThan(5);
    for (const at of [0, 100, 333, 599]) {
      const after = chunksOf(blocks.map((text, i) => (i === at ? `three new words ${text}` : text)));
      const unchanged = after.filter((chunk) => before.includes(chunk));
      expect(unchanged.length).toBeGreaterThanOrEqual(after.length - 2);
    }
  });
});

describe('chunkBodyText', () => {
  it('keeps a body of ordinary length whole, an empty one included', () => {
    expect(chunkBodyText('')).toEqual(['']);
    expect(chunkBodyText('Short.\n')).toEqual(['Short.\n']);
    const ordinary = 'A line of an ordinary post.\n'.repeat(Math.floor(SINGLE_CHUNK_CHARS / 28));
    expect(chunkBodyText(ordinary)).toEqual([ordinary]);
  });

  it('splits a long body at line ends into chunks that join back to it, none too small or too large', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `${'w'.repeat(20 + ((i * 37) % 90))}\n`);
    const body = lines.join('');
    const chunks = chunkBodyText(body);
    expect(chunks.join('')).toBe(body);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.endsWith('\n')).toBe(true);
      expect(chunk.length).toBeGreaterThanOrEqual(MIN_CHUNK_CHARS);
      expect(chunk.length).toBeLessThan(MAX_CHUNK_CHARS + 200);
    }
  });

  it('moves no boundary far from an edit: the chunks after it stay the same', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `${'w'.repeat(20 + ((i * 37) % 90))}\n`);
    const before = chunkBodyText(lines.join(''));
    expect(before.length).toBeGreaterThan(5);
    for (const at of [0, 100, 555, 1_000, 1_999]) {
      const after = chunkBodyText(lines.map((line, i) => (i === at ? `three new words ${line}` : line)).join(''));
      const unchanged = after.filter((chunk) => before.includes(chunk));
      expect(unchanged.length).toBeGreaterThanOrEqual(after.length - 2);
    }
  });
});
