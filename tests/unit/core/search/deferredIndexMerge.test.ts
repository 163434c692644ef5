import { afterEach, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../../src/main/core/db/openDatabase';
import { createDeferredIndexMerge } from '../../../../src/main/core/search/deferredIndexMerge';
import { searchBodyChunk } from '../../../../src/main/core/search/searchChunks';
import { createSearchIndex } from '../../../../src/main/core/search/searchIndex';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function setup() {
  const db = openDatabase(tempDir('deferred-merge'));
  opened.push(db);
  const queued: (() => void)[] = [];
  const mergeSoon = createDeferredIndexMerge(db, (run) => queued.push(run));
  const index = createSearchIndex(db);
  /** One write as a save makes it: its own transaction, so its own segment in the index. */
  const write = (id: number, text: string): void => db.transaction(() => index.put(id, { title: `Post ${id}`, tags: [], body: [searchBodyChunk(text)] }))();
  /** The pages FTS5 keeps the index in: merging small segments into one leaves fewer. */
  const indexPages = (): number => (db.prepare('SELECT COUNT(*) AS n FROM search_chunks_fts_data').get() as { n: number }).n;
  const runQueued = (): number => {
    let steps = 0;
    while (queued.length > 0) {
      queued.shift()?.();
      steps += 1;
    }
    return steps;
  };
  return { db, queued, mergeSoon, write, indexPages, runQueued };
}

describe('createDeferredIndexMerge', () => {
  it('leaves merging to the steps after a write: a write never merges inline', () => {
    const { db } = setup();
    expect(db.prepare("SELECT v FROM search_chunks_fts_config WHERE k = 'automerge'").get()).toEqual({ v: 0 });
  });

  it('merges the segments that writes left, step by step until there is nothing to merge, then stops', () => {
    const { queued, mergeSoon, write, indexPages, runQueued } = setup();
    for (let i = 1; i <= 12; i += 1) write(i, `Words of post number${i} and some more.\n`);
    const before = indexPages();
    mergeSoon();
    mergeSoon();
    expect(queued).toHaveLength(1);
    expect(runQueued()).toBeGreaterThanOrEqual(2);
    expect(indexPages()).toBeLessThan(before);
    // Nothing left to merge: one step finds no work and schedules no other.
    mergeSoon();
    expect(runQueued()).toBe(1);
  });

  it('keeps the index whole: every draft is found after merging', () => {
    const { db, mergeSoon, write, runQueued } = setup();
    for (let i = 1; i <= 20; i += 1) write(i, `Words of post number${i}.\n`);
    mergeSoon();
    runQueued();
    expect(() => db.prepare("INSERT INTO search_chunks_fts (search_chunks_fts) VALUES ('integrity-check')").run()).not.toThrow();
    for (const i of [1, 7, 20]) {
      expect(db.prepare('SELECT COUNT(*) AS n FROM search_chunks_fts WHERE search_chunks_fts MATCH ?').get(`number${i}`)).toEqual({ n: 1 });
    }
  });

  it('leaves a closed database, or one inside a transaction, alone', () => {
    const { db, queued, mergeSoon, write, indexPages } = setup();
    for (let i = 1; i <= 8; i += 1) write(i, `Post ${i}.\n`);
    const before = indexPages();
    mergeSoon();
    db.transaction(() => queued.shift()?.())();
    expect(indexPages()).toBe(before);
    expect(queued).toHaveLength(0);
    mergeSoon();
    db.close();
    expect(() => queued.shift()?.()).not.toThrow();
  });

  it('gives up quietly when the library is busy, and tries again at the next write', () => {
    const { db, queued, mergeSoon, write, indexPages, runQueued } = setup();
    for (let i = 1; i <= 8; i += 1) write(i, `Post ${i}.\n`);
    const before = indexPages();
    // Another writer (the command line) holds the library; this connection does not wait for it.
    db.pragma('busy_timeout = 0');
    const other = new Database(db.name);
    opened.push(other);
    other.exec('BEGIN IMMEDIATE');
    mergeSoon();
    expect(() => queued.shift()?.()).not.toThrow();
    expect(queued).toHaveLength(0);
    other.exec('ROLLBACK');
    expect(indexPages()).toBe(before);
    mergeSoon();
    runQueued();
    expect(indexPages()).toBeLessThan(before);
  });
});
