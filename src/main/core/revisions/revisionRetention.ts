import type { RevisionKind } from '../../../shared/library';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

/** From `fromAgeMs` on, keep at most one revision per `bucketMs` window. */
export interface RetentionTier {
  fromAgeMs: number;
  bucketMs: number;
}

/** All from the last day, one per hour for a week, one per day for a month, one per week after. */
export const DEFAULT_RETENTION: readonly RetentionTier[] = [
  { fromAgeMs: DAY_MS, bucketMs: HOUR_MS },
  { fromAgeMs: WEEK_MS, bucketMs: DAY_MS },
  { fromAgeMs: 30 * DAY_MS, bucketMs: WEEK_MS },
];

/**
 * The kinds retention may thin: the ones taken by the app on its own. Named versions are the
 * writer's, and a before-restore revision is the only way back from a restore; both stay.
 */
export const THINNABLE_KINDS: ReadonlySet<RevisionKind> = new Set<RevisionKind>(['auto', 'on-close']);

export interface RetentionCandidate {
  id: number;
  kind: RevisionKind;
  createdAt: string;
}

/**
 * The ids of the revisions to delete, given all of one draft's revisions. In each tier the
 * newest revision of every window survives. Windows are fixed slices of time (not of age), so
 * a survivor stays the newest of its window as it ages: thinning is stable, and running it
 * again without new revisions deletes nothing more.
 */
export function revisionsToThin(
  revisions: readonly RetentionCandidate[],
  now: Date,
  tiers: readonly RetentionTier[] = DEFAULT_RETENTION,
): number[] {
  const newestByWindow = new Map<string, RetentionCandidate & { time: number }>();
  const inWindows: (RetentionCandidate & { window: string })[] = [];
  for (const revision of revisions) {
    if (!THINNABLE_KINDS.has(revision.kind)) continue;
    const time = Date.parse(revision.createdAt);
    const age = now.getTime() - time;
    const tierIndex = tiers.findLastIndex((tier) => age >= tier.fromAgeMs);
    const tier = tiers[tierIndex];
    if (!tier || Number.isNaN(time)) continue;
    const window = `${tierIndex}:${Math.floor(time / tier.bucketMs)}`;
    inWindows.push({ ...revision, window });
    const newest = newestByWindow.get(window);
    if (!newest || time > newest.time || (time === newest.time && revision.id > newest.id)) {
      newestByWindow.set(window, { ...revision, time });
    }
  }
  return inWindows.filter((revision) => newestByWindow.get(revision.window)?.id !== revision.id).map((revision) => revision.id);
}
