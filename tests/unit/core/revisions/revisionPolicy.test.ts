import { describe, it, expect } from 'vitest';
import {
  DEFAULT_AUTO_REVISION_INTERVAL_MS,
  MINUTE_MS,
  shouldKeepAutomaticRevision,
  shouldKeepCheckpoint,
  type PreviousRevision,
} from '../../../../src/main/core/revisions/revisionPolicy';

const hashA = new Uint8Array(32).fill(1);
const hashB = new Uint8Array(32).fill(2);
const takenAt = new Date('2026-11-29T12:00:00.000Z');
const previous: PreviousRevision = { createdAt: takenAt.toISOString(), contentHash: hashA };
const after = (minutes: number): Date => new Date(takenAt.getTime() + minutes * MINUTE_MS);

describe('shouldKeepAutomaticRevision', () => {
  it('waits five minutes by default', () => {
    expect(DEFAULT_AUTO_REVISION_INTERVAL_MS).toBe(5 * MINUTE_MS);
  });

  it('keeps the first revision of a draft at once', () => {
    expect(shouldKeepAutomaticRevision({ now: takenAt, previous: undefined, contentHash: () => hashA })).toBe(true);
  });

  it('keeps one when the content changed and the interval has passed', () => {
    expect(shouldKeepAutomaticRevision({ now: after(5), previous, contentHash: () => hashB })).toBe(true);
    expect(shouldKeepAutomaticRevision({ now: after(60 * 24), previous, contentHash: () => hashB })).toBe(true);
  });

  it('does not keep one before the interval has passed, however much changed', () => {
    expect(shouldKeepAutomaticRevision({ now: after(4.99), previous, contentHash: () => hashB })).toBe(false);
    expect(shouldKeepAutomaticRevision({ now: takenAt, previous, contentHash: () => hashB })).toBe(false);
  });

  it('does not keep one when the content is the same as the newest revision, however long ago', () => {
    expect(shouldKeepAutomaticRevision({ now: after(60), previous, contentHash: () => new Uint8Array(hashA) })).toBe(false);
  });

  it('honours another interval', () => {
    expect(shouldKeepAutomaticRevision({ now: after(1), previous, contentHash: () => hashB }, MINUTE_MS)).toBe(true);
    expect(shouldKeepAutomaticRevision({ now: after(9), previous, contentHash: () => hashB }, 10 * MINUTE_MS)).toBe(false);
  });

  it('keeps one when the clock was set back, since it cannot tell how long it has been', () => {
    expect(shouldKeepAutomaticRevision({ now: after(-60), previous, contentHash: () => hashB })).toBe(true);
    expect(shouldKeepAutomaticRevision({ now: after(-60), previous, contentHash: () => hashA })).toBe(false);
  });

  it('fingerprints the content only once the interval has passed', () => {
    let hashed = 0;
    const contentHash = (): Uint8Array => {
      hashed += 1;
      return hashB;
    };
    shouldKeepAutomaticRevision({ now: after(1), previous, contentHash });
    expect(hashed).toBe(0);
    shouldKeepAutomaticRevision({ now: after(6), previous, contentHash });
    expect(hashed).toBe(1);
  });
});

describe('shouldKeepCheckpoint', () => {
  it('keeps one whenever the content differs from the newest revision, without waiting', () => {
    expect(shouldKeepCheckpoint({ previous, contentHash: hashB })).toBe(true);
  });

  it('keeps none when nothing changed since the newest revision', () => {
    expect(shouldKeepCheckpoint({ previous, contentHash: new Uint8Array(hashA) })).toBe(false);
  });

  it('keeps one for a draft with no revision yet', () => {
    expect(shouldKeepCheckpoint({ previous: undefined, contentHash: hashA })).toBe(true);
  });
});
