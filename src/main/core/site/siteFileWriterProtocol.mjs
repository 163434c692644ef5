// @ts-check
// What the export and its page-writing thread (siteFileWriterThread.mjs) share: the slots of
// the shared counters, and the shapes of the messages.

/** Slot of the number of pages handed over that the thread is done with (written, or not after a failure). */
export const DONE = 0;
/** Slot set to 1 once a write failed (the report is on the reports port by then). */
export const FAILED = 1;
/** Slot set to 1 once the thread has loaded and listens. */
export const READY = 2;
/** Slot the export sets to 1 when it writes the pages itself after all: the thread then writes no more. */
export const STOP = 3;
/** How many slots there are. */
export const SLOTS = 4;

/**
 * One page to write: the folders to make first (outermost first), and the file.
 * @typedef {{ folders: string[]; file: string; content: string; inPlace: boolean }} PageJob
 */

/**
 * What failed: the page (its number in the order handed over), the folder being made if it
 * was that (else null), and the error's code and message; `isLink` for a link where a
 * folder should be.
 * @typedef {{ job: number; folder: string | null; code: string; message: string; isLink: boolean }} WriteFailure
 */
