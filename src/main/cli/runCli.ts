import { parseArgs } from 'node:util';
import type { DraftSummary } from '../../shared/draft';
import { resolveDataDir } from '../core/dataDir';
import { AppError } from '../core/errors';
import type { Services } from '../core/services';
import type { Command } from './commands/command';
import { parseCommandArgs } from './commands/commandArgs';
import { USAGE } from './usage';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  clock?: () => Date;
}

class UsageError extends Error {}
const usageError = (message: string): Error => new UsageError(message);

/**
 * Every command, each loaded when it runs: `--help` and a misused command load none, and each
 * command loads only the code it needs (the library's code is loaded once there is a command).
 */
const COMMANDS = new Map<string, () => Promise<Command>>([
  ['new', async () => (await import('./commands/new')).runNewCommand],
  ['list', async () => (await import('./commands/list')).runListCommand],
  ['search', async () => (await import('./commands/search')).runSearchCommand],
  ['show', async () => (await import('./commands/show')).runShowCommand],
  ['set', async () => (await import('./commands/set')).runSetCommand],
  ['trash', async () => (await import('./commands/trash')).runTrashCommand],
  ['untrash', async () => (await import('./commands/trash')).runUntrashCommand],
  ['export', async () => (await import('./commands/export')).runExportCommand],
  ['history', async () => (await import('./commands/revisions')).runHistoryCommand],
  ['restore-revision', async () => (await import('./commands/revisions')).runRestoreRevisionCommand],
]);

/**
 * Prepares a published or scheduled post the command just changed for the site (a few
 * milliseconds), so the next `export --site` finds its body ready. The change is saved by
 * then: a failure here is a warning, and that export prepares the body itself.
 */
function prepareForSite(services: Services, draft: DraftSummary, stderr: (text: string) => void): void {
  if (draft.status === 'draft') return;
  try {
    services.site.preparePostBodiesOf([draft.id]);
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    stderr(`inkpress: warning: draft ${draft.id} was saved, but not prepared for the site export (${reason}); export --site will prepare it\n`);
  }
}

/** The inkpress command line. Resolves to the exit code: 0 done, 1 failed, 2 misused. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
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
    const { values: globalValues } = parseCommandArgs(globals, { 'data-dir': { type: 'string' } }, usageError);
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
    const loadCommand = COMMANDS.get(command);
    if (!loadCommand) throw new UsageError(`Unknown command "${command}"`);
    // Loaded together: the library's code and the command's own.
    const [{ createServices }, runCommand] = await Promise.all([import('../core/services'), loadCommand()]);
    services = createServices({ dataDir, clock: io.clock });
    const changed = await runCommand(services, rest, io, usageError);
    if (changed) prepareForSite(services, changed, io.stderr);
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

