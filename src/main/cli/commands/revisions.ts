import { parseArgs } from 'node:util';
import type { DraftSummary } from '../../../shared/draft';
import type { RevisionSummary } from '../../../shared/library';
import type { Services } from '../../core/services';
import type { CommandIo } from './command';
import type { UsageErrorFactory } from './commandArgs';

function parseCommand(args: string[], json: boolean, usageError: UsageErrorFactory) {
  try {
    return parseArgs({ args, options: json ? { json: { type: 'boolean' } } : {}, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages carry an error-code prefix and a hint; keep the part that names the problem.
    throw usageError((error as Error).message.split('. ')[0] ?? 'bad arguments');
  }
}

/** The fields a script needs; draftId is the argument it passed. */
function historyEntry({ id, kind, name, title, wordCount, createdAt }: RevisionSummary) {
  return { id, kind, name, title, wordCount, createdAt };
}

function formatHistory(revisions: RevisionSummary[]): string {
  if (revisions.length === 0) return 'This draft has no revisions yet.\n';
  const rows = revisions.map((r) => [String(r.id), r.createdAt, r.name ? `${r.kind} "${r.name}"` : r.kind, `${r.wordCount} words`, r.title || 'Untitled']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows.map((row) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')).join('\n') + '\n';
}

/** inkpress history ID [--json] */
export function runHistoryCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): void {
  const { values, positionals } = parseCommand(args, true, usageError);
  const [idOrSlug, ...extra] = positionals;
  if (!idOrSlug) throw usageError('history needs a draft id: inkpress history ID [--json]');
  if (extra.length) throw usageError(`history takes one draft id (got also "${extra[0]}")`);
  const revisions = services.revisions.list(services.drafts.resolve(idOrSlug).id);
  stdout(values.json ? JSON.stringify(revisions.map(historyEntry), null, 2) + '\n' : formatHistory(revisions));
}

/** inkpress restore-revision ID REV; returns the draft as restored. */
export function runRestoreRevisionCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): DraftSummary {
  const { positionals } = parseCommand(args, false, usageError);
  const [idOrSlug, revision, ...extra] = positionals;
  if (!idOrSlug || !revision) throw usageError('restore-revision needs a draft id and a revision id: inkpress restore-revision ID REV');
  if (extra.length) throw usageError(`restore-revision takes a draft id and a revision id (got also "${extra[0]}")`);
  if (!/^[1-9]\d{0,14}$/.test(revision)) throw usageError(`the revision id must be a positive whole number, not "${revision}"`);
  const draft = services.drafts.resolve(idOrSlug);
  const { doc: _doc, ...restored } = services.revisions.restore(draft.id, Number(revision));
  stdout(JSON.stringify(restored) + '\n');
  return restored;
}
