import { afterEach, describe, it, expect } from 'vitest';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../../src/main/core/db/openDatabase';
import { searchDocumentOf } from '../../../../src/main/core/search/searchDocument';
import { createSearchIndex } from '../../../../src/main/core/search/searchIndex';
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

const matching = (db: Database.Database, query: string): number[] =>
  db.prepare<[string], { id: number }>('SELECT rowid AS id FROM drafts_search WHERE drafts_search MATCH ? ORDER BY rowid').all(query).map((row) => row.id);

describe('createSearchIndex', () => {
  it('writes a row under the draft id and replaces it on the next put', () => {
    const { db, index } = openIndex();
    index.put(7, searchDocumentOf('Night train', 'Sleeper.\n', ['Travel']));
    expect(index.get(7)).toEqual({ title: 'Night train', body: 'Sleeper.\n', tags: 'Travel' });
    index.put(7, searchDocumentOf('Day train', 'Window seat.\n', []));
    expect(index.get(7)).toEqual({ title: 'Day train', body: 'Window seat.\n', tags: '' });
    expect(matching(db, 'sleeper')).toEqual([]);
    expect(matching(db, 'window')).toEqual([7]);
  });

  it('leaves a row that would not change alone', () => {
    const { index, totalChanges } = openIndex();
    index.put(1, searchDocumentOf('Same', 'Text.\n', ['a']));
    const before = totalChanges();
    index.put(1, searchDocumentOf('Same', 'Text.\n', ['a']));
    expect(totalChanges()).toBe(before);
    index.put(1, searchDocumentOf('Same', 'Text!\n', ['a']));
    expect(totalChanges()).toBeGreaterThan(before);
  });

  it('replaces the tags of a row, keeping its title and text; a row that is not there stays absent', () => {
    const { db, index } = openIndex();
    index.put(3, searchDocumentOf('Title', 'Body.\n', ['old']));
    index.putTags(3, ['New', 'other']);
    expect(index.get(3)).toEqual({ title: 'Title', body: 'Body.\n', tags: 'New\nother' });
    expect(matching(db, 'old')).toEqual([]);
    expect(matching(db, 'new')).toEqual([3]);
    index.putTags(99, ['x']);
    expect(index.get(99)).toBeUndefined();
  });

  it('removes one row, or many at once', () => {
    const { db, index } = openIndex();
    for (const id of [1, 2, 3, 4]) index.put(id, searchDocumentOf(`Post ${id}`, 'Shared word.\n', []));
    index.remove(2);
    index.removeMany([1, 4, 404]);
    index.removeMany([]);
    expect(matching(db, 'shared')).toEqual([3]);
  });
});
