import type Database from 'better-sqlite3';
import type { DraftPage, DraftQuery, LibraryCounts } from '../../../shared/library';
import { createTagsRepository } from '../tags/tagsRepository';
import { createLibraryRepository } from './libraryRepository';

export const DEFAULT_PAGE_SIZE = 100;

/** What the library sidebar shows: pages of drafts (the library or the trash) and the counts. */
export function createLibraryService({ db }: { db: Database.Database }) {
  const library = createLibraryRepository(db);
  const tags = createTagsRepository(db);
  return {
    page(query: DraftQuery = {}): DraftPage {
      return library.page({ ...query, offset: query.offset ?? 0, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    },

    counts(): LibraryCounts {
      // One read transaction, so the numbers agree with each other even while the app writes.
      return db.transaction((): LibraryCounts => {
        const { byStatus, trash } = library.statusCounts();
        const all = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
        return { all, byStatus, trash, tags: tags.counts() };
      })();
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
