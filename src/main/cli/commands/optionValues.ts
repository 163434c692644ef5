import { POST_STATUSES, type PostStatus } from '../../../shared/draft';
import { postDateSchema } from '../../../shared/ipc/schemas';
import { invalid } from '../../core/errors';

// Flag values that several commands take, checked the same way for each.

/**
 * A post date from --date: YYYY-MM-DD, or an ISO date-time whose date part is kept as written
 * ("2026-11-29T23:30:00-05:00" is the 29th, the day the writer meant).
 */
export function readPostDateOption(value: string): string {
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value.trim())?.[1];
  if (!day || !postDateSchema.safeParse(day).success) throw invalid(`--date must be a date like 2026-11-29, not "${value}"`);
  return day;
}

export function readStatusOption(value: string): PostStatus {
  if (!(POST_STATUSES as readonly string[]).includes(value)) {
    throw invalid(`--status must be draft, scheduled or published, not "${value}"`);
  }
  return value as PostStatus;
}
