import type Database from 'better-sqlite3';
import type { Schedule } from '../db/deferredCheckpoint';

/** Leaf pages one merge step writes: about a millisecond of work. */
export const MERGE_STEP_PAGES = 128;

const nextTask: Schedule = (run) => {
  // unref: a pending merge never keeps the command line from exiting; the index is complete without it.
  setImmediate(run).unref();
};

/**
 * Merges the full-text index's segments soon after a write, outside it. Each write adds a
 * small segment to the FTS5 index; FTS5 merges segments itself at the commit of a write
 * (automerge), in quanta of several hundred pages, so every few autosaves of a book one save
 * also merged megabytes: 10-30 ms added to the save the editor waits for. Migration 80 turns
 * automerge off, and this does the same work with FTS5's 'merge' command once the save has
 * returned: MERGE_STEP_PAGES at a time, one step per turn of the event loop while a step
 * finds work, so the index is kept as compact as automerge kept it without a long pause.
 * When writes come faster than steps (a bulk import, the command line exiting), FTS5's crisis
 * merge still bounds the segments of each level (16), at the commit that reaches it.
 * Merging never changes what the index holds, only how it is laid out.
 */
export function createDeferredIndexMerge(db: Database.Database, schedule: Schedule = nextTask): () => void {
  const merge = db.prepare(`INSERT INTO search_chunks_fts (search_chunks_fts, rank) VALUES ('merge', ${MERGE_STEP_PAGES})`);
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n');
  const totalChanges = (): number => (changes.get() as { n: number }).n;
  let pending = false;

  const step = (): void => {
    pending = false;
    if (!db.open || db.inTransaction) return;
    const before = totalChanges();
    try {
      merge.run();
    } catch {
      // The library is busy or cannot be written now: the index stays complete, only less
      // compact, and the next write tries again. Nothing here may throw out of a timer.
      return;
    }
    // The command counts as one change; a step that merged anything wrote more (the same test
    // SQLite documents for the FTS4 'merge' command). Keep going while steps find work.
    if (totalChanges() - before >= 2) mergeSoon();
  };

  function mergeSoon(): void {
    if (pending) return;
    pending = true;
    schedule(step);
  }

  return mergeSoon;
}
