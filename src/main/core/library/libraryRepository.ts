import type Database from 'better-sqlite3';
import { POST_STATUSES, type PostStatus } from '../../../shared/draft';
import type { DraftPage, DraftQuery } from '../../../shared/library';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../drafts/draftsRepository';

export type PageRequest = DraftQuery & { offset: number; limit: number };

interface Filter {
  where: string;
  params: { status?: PostStatus; tag?: string };
}

/**
 * The WHERE of a sidebar query, made of fixed fragments only (the values are bound). Its
 * trashed_at condition is written exactly as in the partial indexes of migration 0030, so
 * SQLite can use them.
 */
function filterOf(query: DraftQuery): Filter {
  const conditions = [query.trashed ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL'];
  const params: Filter['params'] = {};
  if (query.status !== undefined) {
    conditions.push('status = @status');
    params.status = query.status;
  }
  if (query.tag !== undefined) {
    // tags.name is COLLATE NOCASE, so "travel" finds the tag "Travel".
    conditions.push('id IN (SELECT dt.draft_id FROM draft_tags dt JOIN tags t ON t.id = dt.tag_id WHERE t.name = @tag)');
    params.tag = query.tag;
  }
  return { where: conditions.join(' AND '), params };
}

/** The sidebar's reads: pages of drafts and the counts beside each section. */
export function createLibraryRepository(db: Database.Database) {
  // One prepared pair per filter shape (at most 8), made on first use.
  const prepared = new Map<string, { page: Database.Statement<object, SummaryRow>; total: Database.Statement<object, { n: number }> }>();
  const statementsFor = (where: string) => {
    let statements = prepared.get(where);
    if (!statements) {
      statements = {
        page: db.prepare<object, SummaryRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE ${where} ORDER BY updated_at DESC, id DESC LIMIT @limit OFFSET @offset`,
        ),
        total: db.prepare<object, { n: number }>(`SELECT COUNT(*) AS n FROM drafts WHERE ${where}`),
      };
      prepared.set(where, statements);
    }
    return statements;
  };

  const countsByStatus = db.prepare<[], { status: PostStatus; n: number }>(
    'SELECT status, COUNT(*) AS n FROM drafts WHERE trashed_at IS NULL GROUP BY status',
  );
  const trashCount = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM drafts WHERE trashed_at IS NOT NULL');

  return {
    /** One page of the library or the trash, the most recently edited first, and how many match in all. */
    page(request: PageRequest): DraftPage {
      const { where, params } = filterOf(request);
      const statements = statementsFor(where);
      const items = statements.page.all({ ...params, limit: request.limit, offset: request.offset }).map(toSummary);
      // A first page shorter than the limit is everything: no need to count.
      const total = request.offset === 0 && items.length < request.limit ? items.length : (statements.total.get(params)?.n ?? 0);
      return { items, total };
    },

    /** Drafts in the library per status (drafts in the trash are not counted), and in the trash. */
    statusCounts(): { byStatus: Record<PostStatus, number>; trash: number } {
      const byStatus = Object.fromEntries(POST_STATUSES.map((status) => [status, 0])) as Record<PostStatus, number>;
      for (const row of countsByStatus.all()) byStatus[row.status] = row.n;
      return { byStatus, trash: trashCount.get()?.n ?? 0 };
    },
  };
}

export type LibraryRepository = ReturnType<typeof createLibraryRepository>;
