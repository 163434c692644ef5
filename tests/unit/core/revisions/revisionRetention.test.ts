import { describe, it, expect } from 'vitest';
import type { RevisionKind } from '../../../../src/shared/library';
import {
  DEFAULT_RETENTION,
  revisionsToThin,
  type RetentionCandidate,
} from '../../../../src/main/core/revisions/revisionRetention';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
// Midnight UTC on a Thursday, which is also where epoch-aligned weeks begin: windows are easy to reason about.
const NOW = new Date('2026-11-26T00:00:00.000Z');

let nextId = 1;
function revision(ageMs: number, kind: RevisionKind = 'auto'): RetentionCandidate {
  return { id: nextId++, kind, createdAt: new Date(NOW.getTime() - ageMs).toISOString() };
}

/** One automatic revision every `everyMs`, from `fromAgeMs` back to `toAgeMs` (exclusive). */
function series(fromAgeMs: number, toAgeMs: number, everyMs: number, kind: RevisionKind = 'auto'): RetentionCandidate[] {
  const made: RetentionCandidate[] = [];
  for (let age = fromAgeMs; age < toAgeMs; age += everyMs) made.push(revision(age, kind));
  return made;
}

function survivors(revisions: RetentionCandidate[], now = NOW): RetentionCandidate[] {
  const thinned = new Set(revisionsToThin(revisions, now));
  return revisions.filter((r) => !thinned.has(r.id));
}

describe('revisionsToThin', () => {
  it('keeps every revision of the last day', () => {
    const lastDay = series(0, DAY, 5 * MINUTE);
    expect(revisionsToThin(lastDay, NOW)).toEqual([]);
  });

  it('keeps one per hour between a day and a week old: the newest of each hour', () => {
    // 23:55, 23:45, ... 21:05 two days ago: three clock hours of six revisions each.
    const fromDayTwo = series(DAY + 5 * MINUTE, DAY + 5 * MINUTE + 3 * HOUR, 10 * MINUTE);
    expect(fromDayTwo).toHaveLength(18);
    const kept = survivors(fromDayTwo);
    // Each survivor is the newest (smallest age) of its clock hour.
    expect(kept.map((r) => r.createdAt)).toEqual([
      new Date(NOW.getTime() - DAY - 5 * MINUTE).toISOString(),
      new Date(NOW.getTime() - DAY - 65 * MINUTE).toISOString(),
      new Date(NOW.getTime() - DAY - 125 * MINUTE).toISOString(),
    ]);
  });

  it('keeps one per day between a week and a month old, and one per week after', () => {
    // Half past each hour, over seven whole calendar days.
    const hourly = series(WEEK + 30 * MINUTE, 2 * WEEK + 30 * MINUTE, HOUR);
    expect(survivors(hourly)).toHaveLength(7);
    // Every six hours over four whole (epoch-aligned, Thursday to Thursday) weeks.
    const old = series(5 * WEEK + 3 * HOUR, 9 * WEEK + 3 * HOUR, 6 * HOUR);
    expect(old).toHaveLength(112);
    expect(survivors(old)).toHaveLength(4);
  });

  it('never thins named versions or the revisions taken before a restore', () => {
    const kept = [...series(40 * DAY, 41 * DAY, HOUR, 'named'), ...series(40 * DAY, 41 * DAY, HOUR, 'before-restore')];
    expect(revisionsToThin(kept, NOW)).toEqual([]);
  });

  it('thins revisions taken on close like automatic ones, sharing their windows', () => {
    const auto = revision(2 * DAY + 10 * MINUTE, 'auto');
    const onClose = revision(2 * DAY + 20 * MINUTE, 'on-close');
    expect(revisionsToThin([auto, onClose], NOW)).toEqual([onClose.id]);
  });

  it('lets a named version stand beside the automatic survivor of its window', () => {
    const named = revision(2 * DAY + 5 * MINUTE, 'named');
    const autos = series(2 * DAY + 10 * MINUTE, 2 * DAY + 40 * MINUTE, 10 * MINUTE);
    expect(survivors([named, ...autos]).map((r) => r.id)).toEqual([named.id, autos[0]?.id]);
  });

  it('breaks a tie in time by keeping the later id', () => {
    const first = revision(3 * DAY);
    const second = { ...revision(3 * DAY), createdAt: first.createdAt };
    expect(revisionsToThin([first, second], NOW)).toEqual([first.id]);
  });

  it('is stable: thinning the survivors again, even later, keeps the survivors of the new tiers only', () => {
    const history = series(0, 60 * DAY, 30 * MINUTE);
    const once = survivors(history);
    expect(revisionsToThin(once, NOW)).toEqual([]);
    // A day later the hourly survivors that became a week old are thinned to one per day, and nothing else moves.
    const later = new Date(NOW.getTime() + DAY);
    const twice = survivors(once, later);
    expect(revisionsToThin(twice, later)).toEqual([]);
    const removed = once.filter((r) => !twice.includes(r));
    for (const r of removed) {
      const age = later.getTime() - Date.parse(r.createdAt);
      expect(age).toBeGreaterThanOrEqual(DAY);
    }
  });

  it('bounds a long history: two months of a revision every 5 minutes leave a few hundred', () => {
    const history = series(0, 60 * DAY, 5 * MINUTE);
    const kept = survivors(history);
    // 288 from the last day + 144 hourly + 23 daily + about 5 weekly.
    expect(history.length).toBe(17_280);
    expect(kept.length).toBeGreaterThan(450);
    expect(kept.length).toBeLessThan(470);
  });

  it('keeps revisions stamped in the future (a clock set back) and ones with no readable time', () => {
    const future = revision(-HOUR);
    const unreadable = { id: nextId++, kind: 'auto' as const, createdAt: 'not a time' };
    expect(revisionsToThin([future, unreadable], NOW)).toEqual([]);
  });

  it('takes other tiers', () => {
    const everyMinute = series(0, 10 * MINUTE, MINUTE);
    const tiers = [{ fromAgeMs: 2 * MINUTE, bucketMs: 5 * MINUTE }];
    const thinned = revisionsToThin(everyMinute, NOW, tiers);
    // Ages 2..9 minutes fall in two 5-minute windows; the newest of each stays.
    expect(thinned).toHaveLength(6);
    expect(DEFAULT_RETENTION.map((t) => t.bucketMs)).toEqual([HOUR, DAY, WEEK]);
  });
});
