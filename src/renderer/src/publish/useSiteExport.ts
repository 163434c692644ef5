import { useCallback, useEffect, useRef, useState } from 'react';
import type { SiteExportProgress, SiteExportRequest, SiteExportSummary } from '../../../shared/site';
import { api, errorMessage, unwrap } from '../api';

export type ExportState =
  | { kind: 'idle' }
  /** progress is null until the first report arrives; cancelling once Cancel was pressed. */
  | { kind: 'running'; progress: SiteExportProgress | null; cancelling: boolean }
  | { kind: 'done'; summary: SiteExportSummary }
  | { kind: 'failed'; message: string };

export interface SiteExport {
  state: ExportState;
  /** Runs an export; resolves when it has ended (state says how). */
  start: (request: SiteExportRequest) => Promise<void>;
  cancel: () => void;
  /** Back to the settings, forgetting the last outcome. */
  reset: () => void;
}

/** One site export at a time: its progress (from 'site:export-progress' events), a cancel, its outcome. */
export function useSiteExport(): SiteExport {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Listening from the start, not from the first render after Export: the first reports may
  // arrive before React has rendered the running state.
  useEffect(
    () =>
      api().events.on('site:export-progress', (progress) => {
        setState((current) => (current.kind === 'running' ? { ...current, progress } : current));
      }),
    [],
  );

  const start = useCallback(async (request: SiteExportRequest) => {
    setState({ kind: 'running', progress: null, cancelling: false });
    try {
      const { summary } = await unwrap(api().site.export(request));
      if (!mounted.current) return;
      // No summary: the writer closed the folder dialog, so nothing happened.
      setState(summary ? { kind: 'done', summary } : { kind: 'idle' });
    } catch (error) {
      if (mounted.current) setState({ kind: 'failed', message: errorMessage(error) });
    }
  }, []);

  const cancel = useCallback(() => {
    setState((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    void api().site.cancelExport();
  }, []);

  const reset = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, start, cancel, reset };
}
