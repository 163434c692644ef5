import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { DONE, FAILED, READY, SLOTS, STOP, type PageJob, type WriteFailure } from './siteFileWriterProtocol.mjs';
import { resolveInside } from './sitePaths';
import { createSiteWriter, foldersToMake, parentOf, siteWriteError, type SiteWriter } from './siteWriter';

/**
 * The script of the thread that writes pages. Beside this module in the sources; a build
 * copies it beside the chunk this module ends up in (threadScripts in build/threadScripts.ts).
 */
export const SITE_FILE_WRITER_THREAD = new URL('./siteFileWriterThread.mjs', import.meta.url);

/**
 * Whether this thread may block in Atomics.wait: Node's threads may; an embedder can forbid it
 * (browsers do on their main thread), and then it throws.
 */
function mayWait(state: Int32Array): boolean {
  try {
    Atomics.wait(state, READY, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pages handed to the thread in one message (fewer when they are long). */
const BATCH_PAGES = 32;
const BATCH_CHARS = 256 * 1024;
/** Pages handed over and not yet written, at most: the export waits for the thread beyond this (a few MB of pages). */
const MOST_IN_FLIGHT = 256;
/** How long a thread may take to start before the export writes the pages itself. */
const START_WITHIN_MS = 10_000;

/** The thread's script and how long it may take to start (other values to test the fallbacks). */
interface ThreadOptions {
  script?: URL;
  startWithinMs?: number;
}

interface Pending {
  relative: string;
  /** Kept only until the thread is known to have started: after that, holding on to every page in flight costs more time collecting garbage than the thread saves. */
  content: string | null;
  written: (() => void) | undefined;
}

/**
 * A site writer that hands pages to a second thread, which makes their folders and files
 * while this one makes the next pages: a third of a full export was file system calls (the
 * kernel's work of creating 13,000 folders and files), and on two cores the two overlap. Same rules and errors as createSiteWriter, whose folder checks and
 * page writing (siteFiles.mjs) the thread runs, except that a page is written a little after
 * `write` returns: its `written` callback runs once it is on disk, and a failure is thrown by
 * a later `write`, `flush` or other call. Copies, checks and removals wait for the pages
 * handed over, then run here.
 *
 * For many pages only (starting the thread takes some 20 ms of the other core). Where this
 * thread may not wait for another (Atomics.wait is refused), the pages are written here as by
 * createSiteWriter; should the thread not start, the writer goes on writing the pages itself,
 * the ones handed over included.
 */
export function createThreadedSiteWriter(
  root: string,
  { fresh = false, thread: { script: scriptUrl = SITE_FILE_WRITER_THREAD, startWithinMs = START_WITHIN_MS } = {} }: { fresh?: boolean; thread?: ThreadOptions } = {},
): SiteWriter {
  const inline = createSiteWriter(root, { fresh });
  const base = inline.root;
  const script = fileURLToPath(scriptUrl);
  const state = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
  if (!fs.existsSync(script) || !mayWait(state)) return inline;

  const { port1: reports, port2 } = new MessageChannel();
  let thread: Worker | null;
  try {
    thread = new Worker(script, { workerData: { state: state.buffer, reports: port2 }, transferList: [port2] });
  } catch {
    // No thread to be had (the system is out of them): the pages are written here.
    reports.close();
    return inline;
  }
  // Neither may keep the process alive. The thread catches every failure of a write and
  // reports it; an 'error' event (it could not even start) would come only between turns of
  // the event loop, which a command-line export never takes: the READY slot shows that instead.
  thread.unref();
  reports.unref();
  thread.on('error', () => {});
  const startedAt = Date.now();

  /** Folders asked for (by the thread's pages; made once those are written). */
  const folders = new Set<string>(['']);
  /** Pages not yet known to be written, oldest first: numbers confirmed .. confirmed + length - head. */
  let pending: (Pending | null)[] = [];
  let head = 0;
  let confirmed = 0;
  let handed = 0;
  let batch: PageJob[] = [];
  let batchChars = 0;
  let failure: Error | null = null;
  let started = false;

  const handOver = (): void => {
    if (!batch.length || !thread) return;
    thread.postMessage({ first: handed, pages: batch });
    handed += batch.length;
    batch = [];
    batchChars = 0;
  };

  /** Calls `written` for each page the thread has done; throws its failure once it reports one. */
  const settle = (): void => {
    if (failure) throw failure;
    const done = Atomics.load(state, DONE);
    let failedAt = Infinity;
    if (Atomics.load(state, FAILED) === 1) {
      const report = receiveMessageOnPort(reports)?.message as WriteFailure | undefined;
      // The report is posted before the flag is set; without one, nothing more is known written.
      failedAt = report?.job ?? confirmed;
      const at = pending[head + failedAt - confirmed];
      const relative = report?.folder ? path.relative(base, report.folder).split(path.sep).join('/') : (at?.relative ?? '');
      failure = siteWriteError(relative, report ?? { message: 'the thread writing the pages stopped' });
    }
    const upTo = Math.min(done, failedAt, confirmed + pending.length - head);
    while (confirmed < upTo) {
      const page = pending[head] as Pending;
      // Let go of it now (a page held until the list is trimmed outlives the young generation).
      pending[head] = null;
      head += 1;
      confirmed += 1;
      page.written?.();
    }
    if (head > 1024 && head * 2 > pending.length) {
      pending = pending.slice(head);
      head = 0;
    }
    if (failure) throw failure;
  };

  /** Writes here whatever is not written yet, and every page from now on. */
  const takeOver = (): void => {
    const left = pending.slice(head) as Pending[];
    Atomics.store(state, STOP, 1);
    void thread?.terminate();
    thread = null;
    pending = [];
    head = 0;
    batch = [];
    for (const page of left) inline.write(page.relative, page.content ?? '', page.written);
  };

  /** Waits until at most `inFlight` pages handed over are unwritten (or takes over from a thread that cannot help). */
  const waitUntil = (inFlight: number): void => {
    for (;;) {
      settle();
      if (!thread) return;
      const done = Atomics.load(state, DONE);
      if (handed - done <= inFlight) return;
      if (Atomics.load(state, READY) === 0 && Date.now() - startedAt > startWithinMs) return takeOver();
      Atomics.wait(state, DONE, done, 200);
    }
  };

  const flush = (): void => {
    handOver();
    waitUntil(0);
    settle();
  };

  return {
    root: base,

    write(relative: string, content: string, written?: () => void): void {
      if (failure) throw failure;
      if (!thread) return inline.write(relative, content, written);
      const file = resolveInside(base, relative);
      const made = foldersToMake(parentOf(relative), folders);
      const page: PageJob = { folders: made.map((dir) => resolveInside(base, dir)), file, content, inPlace: fresh };
      for (const dir of made) folders.add(dir);
      if (!started && Atomics.load(state, READY) === 1) {
        started = true;
        for (let i = head; i < pending.length; i += 1) (pending[i] as Pending).content = null;
      }
      pending.push({ relative, content: started ? null : content, written });
      batch.push(page);
      batchChars += content.length;
      if (batch.length >= BATCH_PAGES || batchChars >= BATCH_CHARS) handOver();
      if (handed - confirmed > MOST_IN_FLIGHT) waitUntil(MOST_IN_FLIGHT / 2);
    },

    copy(relative: string, source: string): void {
      flush();
      inline.copy(relative, source);
    },

    exists(relative: string): boolean {
      flush();
      return inline.exists(relative);
    },

    remove(relative: string): boolean {
      flush();
      return inline.remove(relative);
    },

    flush,

    close(): void {
      try {
        flush();
      } catch {
        // Thrown already, or to be thrown by whoever flushed: closing only lets go.
      }
      void thread?.terminate();
      thread = null;
      reports.close();
    },
  };
}
