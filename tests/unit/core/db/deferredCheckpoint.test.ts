import fs from 'node:fs';
import { afterEach, describe, it, expect, vi } from 'vitest';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../../src/main/core/db/openDatabase';
import { createDeferredCheckpoint } from '../../../../src/main/core/db/deferredCheckpoint';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function setup() {
  const db = openDatabase(tempDir('deferred-checkpoint'));
  opened.push(db);
  const queued: (() => void)[] = [];
  const checkpointSoon = createDeferredCheckpoint(db, (run) => queued.push(run));
  const pragma = vi.spyOn(db, 'pragma');
  const checkpoints = (): number => pragma.mock.calls.filter(([source]) => source === 'wal_checkpoint(PASSIVE)').length;
  return { db, queued, checkpointSoon, checkpoints };
}

describe('createDeferredCheckpoint', () => {
  it('checkpoints once, later, for any number of writes before it runs', () => {
    const { queued, checkpointSoon, checkpoints } = setup();
    checkpointSoon();
    checkpointSoon();
    checkpointSoon();
    expect(queued).toHaveLength(1);
    expect(checkpoints()).toBe(0);
    queued.shift()?.();
    expect(checkpoints()).toBe(1);
    checkpointSoon();
    expect(queued).toHaveLength(1);
  });

  it('leaves a closed database, or one inside a transaction, alone', () => {
    const { db, queued, checkpointSoon, checkpoints } = setup();
    checkpointSoon();
    db.transaction(() => queued.shift()?.())();
    expect(checkpoints()).toBe(0);
    checkpointSoon();
    db.close();
    expect(() => queued.shift()?.()).not.toThrow();
    expect(checkpoints()).toBe(0);
  });

  it('copies the WAL into the database file', () => {
    const { db, queued, checkpointSoon } = setup();
    const fileSize = (): number => fs.statSync(db.name).size;
    db.exec(`CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('${'written '.repeat(5_000)}')`);
    const before = fileSize();
    checkpointSoon();
    queued.shift()?.();
    expect(fileSize()).toBeGreaterThan(before + 30_000);
  });
});
