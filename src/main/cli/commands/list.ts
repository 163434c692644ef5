import type { DraftSummary } from '../../../shared/draft';
import type { DraftQuery } from '../../../shared/library';
import { LIMITS } from '../../../shared/ipc/schemas';
import type { Services } from '../../core/services';
import type { CommandIo } from './command';
import { parseCommandArgs, type UsageErrorFactory } from './commandArgs';
import { readStatusOption } from './optionValues';

function formatList(drafts: DraftSummary[], query: DraftQuery): string {
  if (drafts.length === 0) {
    if (query.trashed) return 'The trash is empty.\n';
    if (query.status || query.tag) return 'No drafts match.\n';
    return 'The library is empty. Create a draft with: inkpress new --title "My first post"\n';
  }
  const rows = drafts.map((d) => [String(d.id), d.date, `${d.wordCount} words`, d.title || 'Untitled']);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')).join('\n') + '\n';
}

/** Every draft the query matches, page by page, most recently edited first. */
function allMatching(services: Services, query: DraftQuery): DraftSummary[] {
  const drafts: DraftSummary[] = [];
  for (;;) {
    const page = services.library.page({ ...query, offset: drafts.length, limit: LIMITS.pageSize });
    drafts.push(...page.items);
    if (page.items.length < LIMITS.pageSize || drafts.length >= page.total) return drafts;
  }
}

/** inkpress list [--json] [--tag T] [--status S] [--trash] */
export function runListCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): void {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, tag: { type: 'string' }, status: { type: 'string' }, trash: { type: 'boolean' } },
    usageError,
  );
  if (positionals.length) throw usageError(`list takes no bare arguments (got "${positionals[0]}")`);
  const query: DraftQuery = {};
  if (values.status !== undefined) query.status = readStatusOption(values.status);
  if (values.tag !== undefined) query.tag = values.tag.trim();
  if (values.trash) query.trashed = true;
  const drafts = allMatching(services, query);
  stdout(values.json ? JSON.stringify(drafts, null, 2) + '\n' : formatList(drafts, query));
}
