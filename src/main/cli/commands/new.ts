import type { DraftSummary } from '../../../shared/draft';
import type { NewDraft } from '../../core/drafts/draftsService';
import type { Services } from '../../core/services';
import type { CommandIo } from './command';
import { parseCommandArgs, type UsageErrorFactory } from './commandArgs';
import { readPostDateOption } from './optionValues';

/** The draft the flags and the --file describe; the flags win, front matter fills the rest. */
async function readNewDraft(values: { title?: string; author?: string; date?: string; file?: string }, usageError: UsageErrorFactory): Promise<NewDraft> {
  const date = values.date === undefined ? undefined : readPostDateOption(values.date);
  // The importer (an HTML parser, Markdown, YAML) is loaded only for a file: it is the
  // heaviest code the command line has.
  const fromFile = values.file ? (await import('../../core/import/importFile')).readPostFile(values.file) : {};
  const draft: NewDraft = { ...fromFile };
  if (values.title !== undefined) draft.title = values.title;
  if (values.author !== undefined) draft.author = values.author;
  if (date !== undefined) draft.date = date;
  if (!draft.title?.trim()) throw usageError('new needs --title (or a file whose front matter or first heading gives one)');
  return draft;
}

/** inkpress new --title T [--author A] [--date YYYY-MM-DD] [--file FILE]; returns the new draft. */
export async function runNewCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): Promise<DraftSummary> {
  const { values, positionals } = parseCommandArgs(
    args,
    { title: { type: 'string' }, author: { type: 'string' }, date: { type: 'string' }, file: { type: 'string' } },
    usageError,
  );
  if (positionals.length) throw usageError(`new takes no bare arguments (got "${positionals[0]}")`);
  const draft = services.drafts.create(await readNewDraft(values, usageError));
  const { doc: _doc, ...summary } = draft;
  stdout(JSON.stringify(summary) + '\n');
  return draft;
}
