import type Database from 'better-sqlite3';

/** Runs a callback once the current task is over (after an IPC reply has gone out). */
export type Schedule = (run: () => void) => void;

const afterThisTask: Schedule = (run) => {
  // unref: a pending checkpoint never keeps the command line from exiting (closing checkpoints too).
  setImmediate(run).unref();
};

/**
 * Copies the WAL into the database soon after a big write, outside it. SQLite's automatic
 * checkpoint runs inside the commit that pushes the WAL past 1,000 pages, and a book's
 * autosave (2 MB of document and HTML) did that every other save: 10-20 ms added to the
 * save the editor waits for. Checkpointing right after the save returns keeps the WAL small,
 * so the automatic one seldom comes due; it still does when writes come faster than the
 * event loop turns, so the WAL stays bounded either way. PASSIVE: never waits for readers.
 */
export function createDeferredCheckpoint(db: Database.Database, schedule: Schedule = afterThisTask): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
    });
  };
}
