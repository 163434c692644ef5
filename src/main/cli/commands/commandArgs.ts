import { parseArgs, type ParseArgsConfig } from 'node:util';

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
