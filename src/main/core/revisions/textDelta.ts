import DiffMatchPatch from 'diff-match-patch';

/**
 * An exact edit script from one text to another: a positive number keeps that many UTF-16
 * code units of the base, a negative one skips (deletes) that many, a string is inserted.
 * Unlike diff-match-patch's own patches it carries no context and is never applied fuzzily,
 * and unlike its diff_toDelta it never URI-encodes, which throws when a diff boundary splits
 * a surrogate pair (an emoji): https://github.com/google/diff-match-patch/issues/80
 */
export type TextDelta = (number | string)[];

/** How long the differ may search before it settles for a correct but larger delta. */
const DIFF_TIMEOUT_SECONDS = 0.25;

export function computeDelta(base: string, target: string): TextDelta {
  const differ = new DiffMatchPatch();
  differ.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  // Line mode first: both texts hold one block per line (see serializeState).
  const diffs = differ.diff_main(base, target, true);
  // Fewer, longer operations: each one costs a few bytes of its own in the stored delta.
  differ.diff_cleanupEfficiency(diffs);
  const delta: TextDelta = [];
  for (const [operation, text] of diffs) {
    if (text.length === 0) continue;
    if (operation === DiffMatchPatch.DIFF_EQUAL) delta.push(text.length);
    else if (operation === DiffMatchPatch.DIFF_DELETE) delta.push(-text.length);
    else delta.push(text);
  }
  return delta;
}

/** Characters the delta inserts: a measure of how much of the target it carries by itself. */
export function insertedLength(delta: TextDelta): number {
  return delta.reduce<number>((sum, op) => (typeof op === 'string' ? sum + op.length : sum), 0);
}

export class CorruptDeltaError extends Error {}

/** Rebuilds the target text; throws CorruptDeltaError unless the delta spans the base exactly. */
export function applyDelta(base: string, delta: TextDelta): string {
  const out: string[] = [];
  let position = 0;
  for (const op of delta) {
    if (typeof op === 'string') {
      out.push(op);
    } else if (Number.isInteger(op) && op > 0 && position + op <= base.length) {
      out.push(base.slice(position, position + op));
      position += op;
    } else if (Number.isInteger(op) && op < 0 && position - op <= base.length) {
      position -= op;
    } else {
      throw new CorruptDeltaError(`delta operation ${String(op)} does not fit a base of ${base.length} characters at ${position}`);
    }
  }
  if (position !== base.length) {
    throw new CorruptDeltaError(`delta covers ${position} of the base's ${base.length} characters`);
  }
  return out.join('');
}
