// @ts-check
// The thread that writes a site's pages while the export makes the next ones (see
// threadedSiteWriter.ts, which starts it and says why). It is handed batches of pages, each
// with the folders it needs made first, already resolved inside the site folder; it writes
// them in order and counts each one done in shared memory, so the export can wait for it
// without an event loop. After the first failure it writes nothing more: it reports the
// failure and counts the rest done (unwritten), and the export stops on that report.
import { parentPort, workerData } from 'node:worker_threads';
import { makeFolder, writePage } from './siteFiles.mjs';
import { DONE, FAILED, READY, STOP } from './siteFileWriterProtocol.mjs';

/** @typedef {import('./siteFileWriterProtocol.mjs').PageJob} PageJob */
/** @typedef {import('./siteFileWriterProtocol.mjs').WriteFailure} WriteFailure */

const { state: shared, reports } = /** @type {{ state: SharedArrayBuffer; reports: import('node:worker_threads').MessagePort }} */ (workerData);
const state = new Int32Array(shared);
let failed = false;

/**
 * @param {unknown} error
 * @param {number} job
 * @param {string | null} folder
 * @returns {WriteFailure}
 */
function failureOf(error, job, folder) {
  const { code = '', message = String(error), isLink = false } = /** @type {{ code?: string; message?: string; isLink?: boolean }} */ (error ?? {});
  return { job, folder, code, message, isLink };
}

/** @param {{ first: number; pages: PageJob[] }} batch */
function writeBatch({ first, pages }) {
  for (let i = 0; i < pages.length; i += 1) {
    const page = /** @type {PageJob} */ (pages[i]);
    if (!failed && Atomics.load(state, STOP) === 0) {
      let folder = null;
      try {
        for (const dir of page.folders) {
          folder = dir;
          makeFolder(dir);
        }
        folder = null;
        writePage(page.file, page.content, page.inPlace);
      } catch (error) {
        failed = true;
        // Reported before it is counted: whoever sees the count sees the report.
        reports.postMessage(failureOf(error, first + i, folder));
        Atomics.store(state, FAILED, 1);
      }
    }
    Atomics.add(state, DONE, 1);
    Atomics.notify(state, DONE);
  }
}

parentPort?.on('message', (/** @type {{ first: number; pages: PageJob[] }} */ batch) => {
  try {
    writeBatch(batch);
  } catch (error) {
    // Nothing above should throw; if something does, the export must still learn of it.
    if (!failed) reports.postMessage(failureOf(error, batch.first, null));
    failed = true;
    Atomics.store(state, FAILED, 1);
    Atomics.store(state, DONE, batch.first + batch.pages.length);
    Atomics.notify(state, DONE);
  }
});

Atomics.store(state, READY, 1);
Atomics.notify(state, READY);
