import type { SiteExportProgress } from '../../../shared/site';
import { fractionOf, PHASE_LABELS, PHASE_STEPS, PHASES } from '../publish/exportWords';

const numbers = new Intl.NumberFormat('en');

/** The export as it runs: what it is doing, how far along, and the phases to come. */
export function PublishProgress({ progress, cancelling, folder }: { progress: SiteExportProgress | null; cancelling: boolean; folder: string | null }) {
  const phase = progress?.phase ?? 'preparing';
  const fraction = fractionOf(progress);
  const counting = progress !== null && phase !== 'preparing';
  const label = cancelling ? 'Stopping after the current file…' : PHASE_LABELS[phase];
  const reached = PHASES.indexOf(phase);
  return (
    <div className="publish-progress">
      <p className="publish-progress-heading">Exporting your site</p>
      {folder ? (
        <p className="publish-folder-line" title={folder}>
          <bdi dir="ltr">{folder}</bdi>
        </p>
      ) : null}
      <div className="publish-progress-line">
        <span className="publish-progress-phase" aria-live="polite">
          {label}
        </span>
        {counting ? (
          <span className="publish-progress-count">
            {numbers.format(progress.done)} of {numbers.format(progress.total)}
          </span>
        ) : null}
      </div>
      <div
        className={counting ? 'publish-bar' : 'publish-bar indeterminate'}
        role="progressbar"
        aria-label={PHASE_LABELS[phase]}
        aria-valuemin={0}
        aria-valuemax={counting ? progress.total : undefined}
        aria-valuenow={counting ? progress.done : undefined}
        aria-valuetext={counting ? `${progress.done} of ${progress.total}` : 'Preparing'}
      >
        <span className="publish-bar-fill" style={counting ? { width: `${(fraction * 100).toFixed(1)}%` } : undefined} />
      </div>
      <ol className="publish-phases" aria-label="Steps">
        {PHASES.map((step, index) => (
          <li key={step} className={index < reached ? 'done' : index === reached ? 'current' : ''} aria-current={index === reached ? 'step' : undefined}>
            {PHASE_STEPS[step]}
          </li>
        ))}
      </ol>
    </div>
  );
}
