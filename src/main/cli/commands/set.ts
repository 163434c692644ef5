import type { DraftSave, DraftSummary } from '../../../shared/draft';
import type { Services } from '../../core/services';
import type { CommandIo } from './command';
import { oneDraftId, parseCommandArgs, type UsageErrorFactory } from './commandArgs';
import { readPostDateOption, readStatusOption } from './optionValues';

const FLAGS = ['title', 'slug', 'author', 'tags', 'status', 'date', 'description'] as const;

/**
 * inkpress set ID [--title T] [--slug S] [--author A] [--tags a,b] [--status S] [--date ISO]
 * [--description D]: a save of the draft as it is, with the fields given changed.
 * --slug '' lets the slug follow the title again; --tags '' removes every tag.
 * Returns the draft as saved.
 */
export function runSetCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): DraftSummary {
  const options = Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'string' as const }])) as Record<(typeof FLAGS)[number], { type: 'string' }>;
  const { values, positionals } = parseCommandArgs(args, options, usageError);
  const idOrSlug = oneDraftId(positionals, 'set', usageError);
  if (FLAGS.every((flag) => values[flag] === undefined)) {
    throw usageError(`set needs at least one field to change: ${FLAGS.map((flag) => `--${flag}`).join(', ')}`);
  }
  // Checked before anything is read or written.
  const status = values.status === undefined ? undefined : readStatusOption(values.status);
  const date = values.date === undefined ? undefined : readPostDateOption(values.date);

  const current = services.drafts.resolve(idOrSlug);
  const save: DraftSave = {
    id: current.id,
    baseVersion: current.version,
    title: values.title ?? current.title,
    author: values.author ?? current.author,
    date: date ?? current.date,
    doc: current.doc,
  };
  if (values.slug !== undefined) save.slug = values.slug.trim();
  if (values.tags !== undefined) save.tags = values.tags.split(',');
  if (status !== undefined) save.status = status;
  if (values.description !== undefined) save.description = values.description;
  services.drafts.save(save);
  const { doc: _doc, ...updated } = services.drafts.get(current.id);
  stdout(JSON.stringify(updated) + '\n');
  return updated;
}
