import type Database from 'better-sqlite3';
import type { PostStatus } from '../../../shared/draft';
import type { SearchHit, SearchQuery } from '../../../shared/library';
import { matchTerms } from './matchExpression';
import { MATCH_END, MATCH_START } from './searchDocument';
import { snippetHtml } from './snippetHtml';

export const DEFAULT_SEARCH_LIMIT = 20;

/** bm25 weights of the columns title, body and tags: a match in the title counts most. */
const RANKING = 'bm25(10.0, 2.0, 1.0)';
/** Words around the match in a snippet (FTS5 allows up to 64). */
const SNIPPET_WORDS = 24;

interface HitRow {
  id: number;
  title: string;
  status: PostStatus;
  updatedAt: string;
  snippet: string | null;
}

interface SearchParams {
  match: string;
  matchStart: string;
  matchEnd: string;
  limit: number;
  status?: PostStatus;
  tag?: string;
}

/**
 * The SQL of one filter shape: chunks (see searchChunks), best first, with their draft. ORDER
 * BY the FTS5 rank column (with the ranking set by "rank MATCH") lets FTS5 sort by score
 * itself and stop at LIMIT, so snippet() runs for the rows returned only, not for every match
 * (ORDER BY bm25(...) would make it run for all). The filters test the joined draft row:
 * written as "rowid IN (...)" they hand FTS5 a rowid constraint, it gives up the rank-sorted
 * plan, and p95 at 10,000 drafts went from 8 to 166 ms.
 */
export function searchSql(filters: { status: boolean; tag: boolean }): string {
  const conditions = [
    'search_chunks_fts MATCH @match',
    `search_chunks_fts.rank MATCH '${RANKING}'`,
    // Drafts in the trash stay indexed (they may come back) but are never found.
    'd.trashed_at IS NULL',
  ];
  if (filters.status) conditions.push('d.status = @status');
  if (filters.tag) {
    conditions.push('d.id IN (SELECT dt.draft_id FROM draft_tags dt JOIN tags t ON t.id = dt.tag_id WHERE t.name = @tag)');
  }
  return `SELECT d.id AS id, d.title AS title, d.status AS status, d.updated_at AS updatedAt,
      snippet(search_chunks_fts, 1, @matchStart, @matchEnd, '…', ${SNIPPET_WORDS}) AS snippet
    FROM search_chunks_fts
      JOIN search_chunks c ON c.id = search_chunks_fts.rowid
      JOIN drafts d ON d.id = c.draft_id
    WHERE ${conditions.join(' AND ')}
    ORDER BY search_chunks_fts.rank
    LIMIT @limit`;
}

/**
 * The first (best ranked) chunk of each draft, at most `limit` drafts: a draft is found once,
 * ranked by its best chunk, with that chunk's snippet.
 */
function bestChunkPerDraft(rows: readonly HitRow[], limit: number): HitRow[] {
  const seen = new Set<number>();
  const best: HitRow[] = [];
  for (const row of rows) {
    if (best.length === limit) break;
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    best.push(row);
  }
  return best;
}

/**
 * Drafts long enough to be indexed in several chunks whose chunks, between them, hold every
 * term, though no single chunk holds them all (the main query cannot see those). Ordinary
 * libraries have few long drafts, so this is a few small lookups, and none without them.
 */
function createSpreadMatcher(db: Database.Database) {
  const multiChunkDrafts = db.prepare<[], { id: number }>('SELECT DISTINCT draft_id AS id FROM search_chunks WHERE position > 0');
  const draftsWithTerm = db.prepare<{ term: string }, { id: number }>(
    `SELECT DISTINCT c.draft_id AS id FROM search_chunks_fts JOIN search_chunks c ON c.id = search_chunks_fts.rowid
     WHERE search_chunks_fts MATCH @term`,
  );
  const eligible = db.prepare<{ id: number; status: string | null; tag: string | null }, HitRow>(
    `SELECT d.id AS id, d.title AS title, d.status AS status, d.updated_at AS updatedAt, NULL AS snippet FROM drafts d
     WHERE d.id = @id AND d.trashed_at IS NULL AND (@status IS NULL OR d.status = @status)
       AND (@tag IS NULL OR d.id IN (SELECT dt.draft_id FROM draft_tags dt JOIN tags t ON t.id = dt.tag_id WHERE t.name = @tag))`,
  );
  const bestSnippet = db.prepare<{ id: number; match: string; matchStart: string; matchEnd: string }, { snippet: string }>(
    `SELECT snippet(search_chunks_fts, 1, @matchStart, @matchEnd, '…', ${SNIPPET_WORDS}) AS snippet
     FROM search_chunks_fts JOIN search_chunks c ON c.id = search_chunks_fts.rowid
     WHERE search_chunks_fts MATCH @match AND c.draft_id = @id
     ORDER BY search_chunks_fts.rank LIMIT 1`,
  );
  return (terms: readonly string[], found: ReadonlySet<number>, filters: { status?: PostStatus; tag?: string }, limit: number): HitRow[] => {
    if (terms.length < 2 || limit <= 0) return [];
    let candidates = new Set(multiChunkDrafts.all().map((row) => row.id).filter((id) => !found.has(id)));
    for (const term of terms) {
      if (candidates.size === 0) return [];
      const withTerm = new Set(draftsWithTerm.all({ term }).map((row) => row.id));
      candidates = new Set([...candidates].filter((id) => withTerm.has(id)));
    }
    const rows: HitRow[] = [];
    for (const id of candidates) {
      const row = eligible.get({ id, status: filters.status ?? null, tag: filters.tag ?? null });
      if (!row) continue;
      const snippet = bestSnippet.get({ id, match: terms.join(' OR '), matchStart: MATCH_START, matchEnd: MATCH_END })?.snippet ?? null;
      rows.push({ ...row, snippet });
    }
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
  };
}

/** Full-text search over the library: title, body and tags, ranked, with highlighted snippets. */
export function createSearchService({ db }: { db: Database.Database }) {
  const spreadMatches = createSpreadMatcher(db);
  const prepared = new Map<string, Database.Statement<SearchParams, HitRow>>();
  const statementFor = (filters: { status: boolean; tag: boolean }) => {
    const key = `${filters.status}/${filters.tag}`;
    let statement = prepared.get(key);
    if (!statement) {
      statement = db.prepare<SearchParams, HitRow>(searchSql(filters));
      prepared.set(key, statement);
    }
    return statement;
  };

  return {
    /** The best matches first; an empty query (or one of punctuation only) finds nothing. */
    query({ query, status, tag, limit = DEFAULT_SEARCH_LIMIT }: SearchQuery): SearchHit[] {
      const terms = matchTerms(query);
      if (terms.length === 0) return [];
      const match = terms.join(' AND ');
      const params: SearchParams = { match, matchStart: MATCH_START, matchEnd: MATCH_END, limit };
      if (status !== undefined) params.status = status;
      if (tag !== undefined) params.tag = tag.trim();
      const statement = statementFor({ status: status !== undefined, tag: tag !== undefined });
      // Chunks, not drafts, come back: ask for more when a long draft's several chunks took
      // places. An ordinary draft is one chunk, so the first fetch nearly always suffices.
      let rows: HitRow[];
      let best: HitRow[];
      for (let fetch = limit; ; fetch *= 4) {
        rows = statement.all({ ...params, limit: fetch });
        best = bestChunkPerDraft(rows, limit);
        if (best.length >= limit || rows.length < fetch) break;
      }
      // Long drafts whose words are spread over several chunks come after the closer matches.
      const spread = spreadMatches(terms, new Set(best.map((row) => row.id)), { status, tag: params.tag }, limit - best.length);
      return [...best, ...spread].map((row) => ({
        id: row.id,
        title: row.title,
        snippetHtml: snippetHtml(row.snippet ?? ''),
        status: row.status,
        updatedAt: row.updatedAt,
      }));
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
