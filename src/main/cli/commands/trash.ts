import type { Services } from '../../core/services';
import type { CommandIo } from './command';
import { oneDraftId, parseCommandArgs, type UsageErrorFactory } from './commandArgs';

const named = (draft: { id: number; title: string }): string => `"${draft.title || 'Untitled'}" (draft ${draft.id})`;

/** inkpress trash ID: moves a draft to the trash, from where untrash brings it back. */
export function runTrashCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): void {
  const { positionals } = parseCommandArgs(args, {}, usageError);
  const { id } = services.drafts.resolve(oneDraftId(positionals, 'trash', usageError));
  const draft = services.drafts.trash(id);
  stdout(`Moved ${named(draft)} to the trash. Bring it back with: inkpress untrash ${draft.id}\n`);
}

/** inkpress untrash ID */
export function runUntrashCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): void {
  const { positionals } = parseCommandArgs(args, {}, usageError);
  const { id } = services.drafts.resolve(oneDraftId(positionals, 'untrash', usageError));
  const draft = services.drafts.untrash(id);
  stdout(`${named(draft)} is back in the library.\n`);
}
