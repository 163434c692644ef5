/**
 * When to keep a revision. Pure: the caller passes the time and the fingerprints, so every
 * rule is tested with plain values and a clock of the test's choosing.
 */

export const MINUTE_MS = 60_000;

/** Autosaves arrive every few seconds; a revision for each would bury the useful ones. */
export const DEFAULT_AUTO_REVISION_INTERVAL_MS = 5 * MINUTE_MS;

/** The draft's newest revision, as far as the policy cares. */
export interface PreviousRevision {
  createdAt: string;
  contentHash: Uint8Array;
}

function sameContent(previous: PreviousRevision | undefined, contentHash: Uint8Array): boolean {
  return previous !== undefined && Buffer.compare(Buffer.from(previous.contentHash), Buffer.from(contentHash)) === 0;
}

/**
 * After an autosave: keep a revision when at least `intervalMs` passed since the draft's
 * newest revision and the content differs from it. A draft with no revision yet gets one.
 * The hash is asked for only once the time has come: autosaves of a long post are frequent,
 * and most of them end at the clock check without serializing anything.
 */
export function shouldKeepAutomaticRevision(
  { now, previous, contentHash }: { now: Date; previous: PreviousRevision | undefined; contentHash: () => Uint8Array },
  intervalMs: number = DEFAULT_AUTO_REVISION_INTERVAL_MS,
): boolean {
  if (previous === undefined) return true;
  const elapsed = now.getTime() - Date.parse(previous.createdAt);
  // A clock set back (or a revision stamped in the future) says nothing about how long it has
  // been; keeping one is the safe side, and the next interval counts from it.
  const due = elapsed >= intervalMs || elapsed < 0 || Number.isNaN(elapsed);
  return due && !sameContent(previous, contentHash());
}

/** On closing a draft, or at any explicit checkpoint: keep one whenever the content changed. */
export function shouldKeepCheckpoint({ previous, contentHash }: { previous: PreviousRevision | undefined; contentHash: Uint8Array }): boolean {
  return !sameContent(previous, contentHash);
}
