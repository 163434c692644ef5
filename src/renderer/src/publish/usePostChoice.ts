import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary, PostStatus } from '../../../shared/draft';
import type { LibraryCounts } from '../../../shared/library';
import { api, errorMessage, unwrap } from '../api';

const PAGE_SIZE = 200;

export type PostFilter = 'all' | PostStatus;

export interface PostChoice {
  /** 'published': what the site shows by default; 'chosen': exactly the posts ticked. */
  mode: 'published' | 'chosen';
  setMode: (mode: 'published' | 'chosen') => void;
  counts: LibraryCounts | null;
  filter: PostFilter;
  setFilter: (filter: PostFilter) => void;
  /** The library's drafts for the filter, most recently edited first, as far as loaded. */
  rows: DraftSummary[];
  total: number | null;
  loadMore: () => void;
  chosen: ReadonlySet<number>;
  toggle: (id: number) => void;
  chooseAll: (ids: readonly number[]) => void;
  clear: () => void;
  problem: string | null;
}

/** Which posts an export takes: the published ones, or the writer's own choice from the library. */
export function usePostChoice(): PostChoice {
  const [mode, setMode] = useState<'published' | 'chosen'>('published');
  const [counts, setCounts] = useState<LibraryCounts | null>(null);
  const [filter, setFilter] = useState<PostFilter>('published');
  const [rows, setRows] = useState<DraftSummary[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let mounted = true;
    unwrap(api().library.counts())
      .then((value) => {
        if (mounted) setCounts(value);
      })
      .catch((error: unknown) => {
        if (mounted) setProblem(errorMessage(error));
      });
    return () => {
      mounted = false;
    };
  }, []);

  const load = useCallback(async (wanted: PostFilter, offset: number): Promise<{ items: DraftSummary[]; total: number }> => {
    return unwrap(api().library.page({ status: wanted === 'all' ? undefined : wanted, offset, limit: PAGE_SIZE }));
  }, []);

  // The list is read only once the writer wants to choose, and again for each filter.
  useEffect(() => {
    if (mode !== 'chosen') return;
    let current = true;
    setRows([]);
    setTotal(null);
    load(filter, 0)
      .then((page) => {
        if (!current) return;
        setRows(page.items);
        setTotal(page.total);
      })
      .catch((error: unknown) => {
        if (current) setProblem(errorMessage(error));
      });
    return () => {
      current = false;
    };
  }, [mode, filter, load]);

  const loadMore = useCallback(() => {
    load(filter, rows.length)
      .then((page) => {
        setRows((loaded) => [...loaded, ...page.items.filter((item) => !loaded.some((row) => row.id === item.id))]);
        setTotal(page.total);
      })
      .catch((error: unknown) => setProblem(errorMessage(error)));
  }, [filter, rows.length, load]);

  const toggle = useCallback((id: number) => {
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const chooseAll = useCallback((ids: readonly number[]) => setChosen((current) => new Set([...current, ...ids])), []);
  const clear = useCallback(() => setChosen(new Set()), []);

  return { mode, setMode, counts, filter, setFilter, rows, total, loadMore, chosen, toggle, chooseAll, clear, problem };
}
