import type { SiteExportSummary } from '../../../shared/site';
import { count, formatDuration } from '../publish/exportWords';

const numbers = new Intl.NumberFormat('en');

function Figure({ value, label, hint }: { value: number; label: string; hint: string }) {
  return (
    <div className="publish-figure">
      <dt>{label}</dt>
      <dd>
        <span className="publish-figure-value">{numbers.format(value)}</span>
        <span className="publish-figure-hint">{hint}</span>
      </dd>
    </div>
  );
}

/** How the export went: what was written, left alone and removed, and how long it took. */
export function PublishSummary({ summary, headingId }: { summary: SiteExportSummary; headingId: string }) {
  const { cancelled } = summary;
  return (
    <div className={cancelled ? 'publish-summary stopped' : 'publish-summary'}>
      <div className="publish-summary-head">
        <span className="publish-summary-icon" aria-hidden="true">
          {cancelled ? (
            <svg viewBox="0 0 24 24" width="22" height="22">
              <path d="M9 7v10M15 7v10" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          ) : (
            <svg viewBox="0 0 24 24" width="22" height="22">
              <path d="m6 12.5 4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          )}
        </span>
        <div>
          <p className="publish-summary-title" id={headingId}>
            {cancelled ? 'Export stopped' : 'Your site is ready'}
          </p>
          <p className="publish-summary-text">
            {cancelled
              ? 'What was written is kept; the next export carries on from there.'
              : `${count(summary.posts, 'post', 'posts')} in ${formatDuration(summary.durationMs)}.`}
          </p>
        </div>
      </div>
      <dl className="publish-figures">
        <Figure value={summary.written} label="Written" hint={summary.written === 1 ? 'file new or changed' : 'files new or changed'} />
        <Figure value={summary.skipped} label="Unchanged" hint="left as they were" />
        <Figure value={summary.removed} label="Removed" hint="no longer on the site" />
      </dl>
      <p className="publish-folder-line" title={summary.outDir}>
        <bdi dir="ltr">{summary.outDir}</bdi>
      </p>
      {summary.warnings.length > 0 ? (
        <ul className="publish-warnings" aria-label="Warnings">
          {summary.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
