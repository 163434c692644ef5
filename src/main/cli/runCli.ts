import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/dataDir';
import { AppError } from '../core/errors';
import type { NewDraft } from '../core/drafts/draftsService';
import { readPostFile } from '../core/import/importFile';
import { createServices, type Services } from '../core/services';
import { parseCommandArgs, readPostDateOption } from './commands/commandArgs';
import { EXPORT_USAGE, runExportCommand } from './commands/export';
import { runListCommand } from './commands/list';
import { REVISIONS_USAGE, runHistoryCommand, runRestoreRevisionCommand } from './commands/revisions';
import { runSearchCommand } from './commands/search';
import { runSetCommand } from './commands/set';
import { runShowCommand } from './commands/show';
import { runTrashCommand, runUntrashCommand } from './commands/trash';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  clock?: () => Date;
}

export const USAGE = `Usage: inkpress [--data-dir DIR] <command> [options]

Commands:
  new --title T [--author A] [--date YYYY-MM-DD] [--file FILE]
                         Create a draft (FILE: Markdown with optional YAML front matter, or HTML).
                         Prints the new draft as JSON.
  list [--json] [--tag T] [--status draft|scheduled|published] [--trash]
                         List the drafts, most recently edited first (--trash: the trash).
  search QUERY [--json] [--tag T] [--status S] [--limit N]
                         Full-text search over titles, text and tags, best matches first.
  show ID [--format json|markdown|html]
                         Print a draft (by id or slug): JSON (the default), Markdown with
                         YAML front matter, or the standalone HTML page.
  set ID [--title T] [--slug S] [--author A] [--tags a,b] [--status S] [--date ISO]
         [--description D]
                         Change a draft's fields (--slug "": follow the title again).
                         Prints the draft as JSON.
  trash ID               Move a draft to the trash.
  untrash ID             Bring a draft back from the trash.
${EXPORT_USAGE}${REVISIONS_USAGE}
Options:
  --data-dir DIR         The library folder (default: INKPRESS_DATA_DIR, else the app's own).
  -h, --help             Show this help.
`;

class UsageError extends Error {}
const usageError = (message: string): Error => new UsageError(message);

/** A command's flags: unknown ones are usage errors. */
function parse<T extends Parameters<typeof parseCommandArgs>[1]>(args: string[], options: T) {
  return parseCommandArgs(args, options, usageError);
}

function readNewDraft(values: Record<string, string | boolean | undefined>): NewDraft {
  const str = (key: string): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const date = str('date') === undefined ? undefined : readPostDateOption(str('date') as string);
  const fromFile = str('file') ? readPostFile(str('file') as string) : {};
  // The flags win; front matter fills what the flags do not give.
  const draft: NewDraft = { ...fromFile };
  if (str('title') !== undefined) draft.title = str('title');
  if (str('author') !== undefined) draft.author = str('author');
  if (date !== undefined) draft.date = date;
  if (!draft.title?.trim()) throw new UsageError('new needs --title (or a file whose front matter or first heading gives one)');
  return draft;
}

/** Every command runCommand knows; anything else is refused before the library is opened. */
const COMMANDS = ['new', 'list', 'search', 'show', 'set', 'trash', 'untrash', 'export', 'history', 'restore-revision'];

function runCommand(services: Services, command: string, rest: string[], io: CliIo): void {
  switch (command) {
    case 'new': {
      const { values, positionals } = parse(rest, {
        title: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        file: { type: 'string' },
      });
      if (positionals.length) throw new UsageError(`new takes no bare arguments (got "${positionals[0]}")`);
      const draft = services.drafts.create(readNewDraft(values as Record<string, string | undefined>));
      const { doc: _doc, ...summary } = draft;
      io.stdout(JSON.stringify(summary) + '\n');
      return;
    }
    case 'list':
      return runListCommand(services, rest, io.stdout, usageError);
    case 'search':
      return runSearchCommand(services, rest, io.stdout, usageError);
    case 'show':
      return runShowCommand(services, rest, io.stdout, usageError);
    case 'set':
      return runSetCommand(services, rest, io.stdout, usageError);
    case 'trash':
      return runTrashCommand(services, rest, io.stdout, usageError);
    case 'untrash':
      return runUntrashCommand(services, rest, io.stdout, usageError);
    case 'export':
      return runExportCommand(services, rest, io, usageError);
    case 'history':
      return runHistoryCommand(services, rest, io.stdout, usageError);
    case 'restore-revision':
      return runRestoreRevisionCommand(services, rest, io.stdout, usageError);
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

/** The inkpress command line. Returns the exit code: 0 done, 1 failed, 2 misused. */
export function runCli(argv: string[], io: CliIo): number {
  let services: Services | undefined;
  try {
    const { values, positionals, tokens } = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: false,
      tokens: true,
    });
    // Global options come before the command; everything from the command on is its own.
    const commandToken = tokens.find((t) => t.kind === 'positional');
    const command = positionals[0];
    if (values.help || !command || !commandToken) {
      (command || values.help ? io.stdout : io.stderr)(USAGE);
      return command || values.help ? 0 : 2;
    }
    const globals = argv.slice(0, commandToken.index);
    const { values: globalValues } = parse(globals, { 'data-dir': { type: 'string' } });
    const rest = argv.slice(commandToken.index + 1);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(USAGE);
      return 0;
    }
    const dataDir = resolveDataDir(globalValues['data-dir'], {
      platform: process.platform,
      env: io.env,
      homedir: io.env.HOME ?? io.env.USERPROFILE ?? '',
    });
    if (!COMMANDS.includes(command)) throw new UsageError(`Unknown command "${command}"`);
    services = createServices({ dataDir, clock: io.clock });
    runCommand(services, command, rest, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`inkpress: ${error.message}. See: inkpress --help\n`);
      return 2;
    }
    const message = error instanceof AppError ? error.message : `unexpected error: ${(error as Error).message}`;
    io.stderr(`inkpress: ${message.split('\n')[0]}\n`);
    return 1;
  } finally {
    services?.close();
  }
}

