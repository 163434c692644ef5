import type { DraftSummary } from '../../../shared/draft';
import type { Services } from '../../core/services';
import type { UsageErrorFactory } from './commandArgs';

/** Where a command writes. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * One command, run on the open library with the arguments after its name. Returns the draft
 * it changed, if it changed one's text or status (the command line then prepares that draft
 * for the site export).
 */
export type Command = (
  services: Services,
  args: string[],
  io: CommandIo,
  usageError: UsageErrorFactory,
) => DraftSummary | void | Promise<DraftSummary | void>;
