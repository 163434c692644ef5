import { parseArgs, type ParseArgsConfig } from 'node:util';
import { POST_STATUSES, type PostStatus } from '../../../shared/draft';
import { postDateSchema } from '../../../shared/ipc/schemas';
import { invalid } from '../../core/errors';

/** Builds the error that makes the command line print a usage hint and exit 2. */
export type UsageErrorFactory = (message: string) => Error;

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's own flags and bare arguments; unknown flags are a usage error. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usageError: UsageErrorFactory) {
  try {
    return parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // Node's messages carry an error-code prefix and a hint; keep the part that names the problem.
    throw usageError((error as Error).message.split('. ')[0] ?? 'bad arguments');
  }
}

/** The one draft id (or slug) a command takes. */
export function oneDraftId(positionals: string[], command: string, usageError: UsageErrorFactory): string {
  const [idOrSlug, ...extra] = positionals;
  if (!idOrSlug) throw usageError(`${command} needs a draft id: inkpress ${command} ID`);
  if (extra.length) throw usageError(`${command} takes one draft id (got also "${extra[0]}")`);
  return idOrSlug;
}

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
