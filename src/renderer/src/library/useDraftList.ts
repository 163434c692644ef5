import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSummary } from '../../../shared/draft';
import type { DraftQuery } from '../../../shared/library';
import { api, unwrap } from '../api';

export const PAGE_SIZE = 100;

export interface DraftList {
  /** How many drafts match; null until the first page arrives. */
  total: number | null;
  /** The draft at a row, or undefined while its page is loading. */
  rowAt(index: number): DraftSummary | undefined;
  /** Asks for the pages that cover these rows (the virtual list calls it as it scrolls). */
  ensureRows(first: number, last: number): void;
  /** Reloads every page that was loaded, e.g. after a save moved a draft to the top. */
  refresh(): void;
  /** Every loaded row, in order (for keyboard navigation and "open the next one"). */
  loadedRows(): DraftSummary[];
  error: string | null;
}

type Filter = Omit<DraftQuery, 'offset' | 'limit'>;

/**
 * One filtered view of the library, loaded a page at a time so the sidebar stays fast with
 * tens of thousands of drafts. Responses for an older filter or generation are ignored.
 */
export function useDraftList(filter: Filter): DraftList {
  const [pages, setPages] = useState<Map<number, DraftSummary[]>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const requested = useRef(new Set<number>());
  const generation = useRef(0);
  const filterKey = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const loadPage = useCallback((page: number, gen: number) => {
    requested.current.add(page);
    unwrap(api().library.page({ ...filterRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE }))
      .then((result) => {
        if (gen !== generation.current) return;
        setTotal(result.total);
        setPages((current) => new Map(current).set(page, result.items));
        setError(null);
      })
      .catch((reason: unknown) => {
        if (gen !== generation.current) return;
        requested.current.delete(page);
        setError(reason instanceof Error ? reason.message : String(reason));
      });
  }, []);

  // A new filter starts over from the first page.
  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    setPages(new Map());
    setTotal(null);
    loadPage(0, generation.current);
  }, [filterKey, loadPage]);

  const ensureRows = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) {
        if (!requested.current.has(page)) loadPage(page, generation.current);
      }
    },
    [loadPage],
  );

  const refresh = useCallback(() => {
    generation.current += 1;
    const loaded = [...requested.current];
    requested.current = new Set();
    for (const page of loaded.length ? loaded : [0]) loadPage(page, generation.current);
  }, [loadPage]);

  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  const loadedRows = useCallback(
    () => [...pages.entries()].sort(([a], [b]) => a - b).flatMap(([, items]) => items),
    [pages],
  );

  return { total, rowAt, ensureRows, refresh, loadedRows, error };
}
