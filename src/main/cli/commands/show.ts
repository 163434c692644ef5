import { renderPostMarkdown } from '../../core/export/postMarkdown';
import type { Services } from '../../core/services';
import type { CommandIo } from './command';
import { oneDraftId, parseCommandArgs, type UsageErrorFactory } from './commandArgs';

const FORMATS = ['json', 'markdown', 'html'] as const;

/** inkpress show ID [--format json|markdown|html] */
export function runShowCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): void {
  const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', default: 'json' } }, usageError);
  const idOrSlug = oneDraftId(positionals, 'show', usageError);
  const format = values.format;
  if (!(FORMATS as readonly string[]).includes(format)) throw usageError(`--format must be json, markdown or html, not "${format}"`);
  const draft = services.drafts.get(services.drafts.resolve(idOrSlug).id);
  if (format === 'json') stdout(JSON.stringify(draft, null, 2) + '\n');
  else if (format === 'markdown') stdout(renderPostMarkdown(draft));
  else stdout(services.site.postDocument(draft.id));
}
