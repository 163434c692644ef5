import type { SearchHit } from '../../../shared/library';
import type { Services } from '../../core/services';
import type { CommandIo } from './command';
import { parseCommandArgs, type UsageErrorFactory } from './commandArgs';
import { readStatusOption } from './optionValues';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A hit's snippet as plain text: the <mark> tags go and the escaped characters come back. */
export function snippetText(snippetHtml: string): string {
  return snippetHtml.replace(/<\/?mark>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

function formatHits(hits: SearchHit[], query: string): string {
  if (hits.length === 0) return `No drafts match "${query}".\n`;
  const width = Math.max(...hits.map((hit) => String(hit.id).length));
  return hits.map((hit) => `${String(hit.id).padEnd(width)}  ${hit.title || 'Untitled'}\n${' '.repeat(width + 2)}${snippetText(hit.snippetHtml)}\n`).join('');
}

/** inkpress search QUERY [--json] [--status S] [--tag T] [--limit N] */
export function runSearchCommand(services: Services, args: string[], { stdout }: CommandIo, usageError: UsageErrorFactory): void {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, status: { type: 'string' }, tag: { type: 'string' }, limit: { type: 'string' } },
    usageError,
  );
  // The words may come quoted as one argument or as several.
  const query = positionals.join(' ').trim();
  if (!query) throw usageError('search needs something to look for: inkpress search QUERY');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 200)) {
    throw usageError(`--limit must be a whole number from 1 to 200, not "${values.limit}"`);
  }
  const hits = services.search.query({
    query,
    ...(values.status !== undefined && { status: readStatusOption(values.status) }),
    ...(values.tag !== undefined && { tag: values.tag.trim() }),
    ...(limit !== undefined && { limit }),
  });
  if (values.json) {
    const ranked = hits.map(({ id, title, status, updatedAt, snippetHtml }) => ({ id, title, status, updatedAt, snippet: snippetText(snippetHtml), snippetHtml }));
    stdout(JSON.stringify(ranked, null, 2) + '\n');
  } else {
    stdout(formatHits(hits, query));
  }
}
