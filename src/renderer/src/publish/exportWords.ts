import type { SiteExportPhase, SiteExportProgress } from '../../../shared/site';

/** What each phase of an export is doing, as the progress line says it. */
export const PHASE_LABELS: Record<SiteExportPhase, string> = {
  preparing: 'Preparing the pages',
  pages: 'Writing pages',
  images: 'Copying images',
  cleanup: 'Removing pages that are no longer on the site',
};

/** The order the phases run in, for the steps shown under the bar. */
export const PHASES: readonly SiteExportPhase[] = ['preparing', 'pages', 'images', 'cleanup'];
export const PHASE_STEPS: Record<SiteExportPhase, string> = { preparing: 'Prepare', pages: 'Pages', images: 'Images', cleanup: 'Clean up' };

const numbers = new Intl.NumberFormat('en');

export function count(n: number, one: string, many: string): string {
  return `${numbers.format(n)} ${n === 1 ? one : many}`;
}

/** How long an export took, the way a person says it: "85 ms", "1.4 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** The bar's fill, 0 to 1; a phase with nothing to do is complete. */
export function fractionOf(progress: SiteExportProgress | null): number {
  if (!progress || progress.phase === 'preparing') return 0;
  return progress.total === 0 ? 1 : Math.min(1, progress.done / progress.total);
}
