import { useId } from 'react';
import type { PostStatus } from '../../../shared/draft';
import { count } from '../publish/exportWords';
import type { PostChoice, PostFilter } from '../publish/usePostChoice';

const FILTERS: { filter: PostFilter; label: string }[] = [
  { filter: 'published', label: 'Published' },
  { filter: 'scheduled', label: 'Scheduled' },
  { filter: 'draft', label: 'Drafts' },
  { filter: 'all', label: 'All' },
];

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const formatPostDate = (date: string): string => dateFormat.format(new Date(`${date}T00:00:00Z`));

function countOf(choice: PostChoice, status: PostStatus): number | null {
  return choice.counts ? choice.counts.byStatus[status] : null;
}

/** Which posts go on the site: the published ones (the default), or exactly the ones ticked. */
export function PublishPosts({ choice }: { choice: PostChoice }) {
  const id = useId();
  const published = countOf(choice, 'published');
  const scheduled = countOf(choice, 'scheduled');
  const shownIds = choice.rows.map((row) => row.id);
  const allShownChosen = shownIds.length > 0 && shownIds.every((rowId) => choice.chosen.has(rowId));

  return (
    <section className="publish-section" aria-labelledby={`${id}-posts`}>
      <h3 id={`${id}-posts`}>Posts</h3>
      <div className="publish-choices" role="radiogroup" aria-labelledby={`${id}-posts`}>
        <label className="publish-choice">
          <input
            type="radio"
            name="site-posts"
            checked={choice.mode === 'published'}
            onChange={() => choice.setMode('published')}
            aria-labelledby={`${id}-published`}
            aria-describedby={`${id}-published-hint`}
          />
          <span className="publish-choice-text">
            <span className="publish-choice-title" id={`${id}-published`}>
              Published posts
            </span>
            <span className="publish-field-hint" id={`${id}-published-hint`}>
              {published === null ? 'Every published post' : count(published, 'published post', 'published posts')}
              {scheduled ? `, and the ${count(scheduled, 'scheduled post', 'scheduled posts')} once ${scheduled === 1 ? 'its' : 'their'} date has come` : ''}.
            </span>
          </span>
        </label>
        <label className="publish-choice">
          <input
            type="radio"
            name="site-posts"
            checked={choice.mode === 'chosen'}
            onChange={() => choice.setMode('chosen')}
            aria-labelledby={`${id}-chosen`}
            aria-describedby={`${id}-chosen-hint`}
          />
          <span className="publish-choice-text">
            <span className="publish-choice-title" id={`${id}-chosen`}>
              Only the posts I choose
            </span>
            <span className="publish-field-hint" id={`${id}-chosen-hint`}>
              Whatever their status, drafts included.
            </span>
          </span>
        </label>
      </div>

      {choice.mode === 'chosen' ? (
        <div className="post-picker">
          <div className="post-picker-bar">
            <div className="choice-segments small" role="radiogroup" aria-label="Show">
              {FILTERS.map(({ filter, label }) => (
                <label key={filter} className={filter === choice.filter ? 'choice-segment checked' : 'choice-segment'}>
                  <input type="radio" name="post-filter" value={filter} checked={filter === choice.filter} onChange={() => choice.setFilter(filter)} />
                  <span className="choice-text">{label}</span>
                </label>
              ))}
            </div>
            <span className="post-picker-count" aria-live="polite">
              {count(choice.chosen.size, 'post chosen', 'posts chosen')}
            </span>
          </div>
          <ul className="post-picker-list" aria-label="Posts to export">
            {choice.rows.map((row) => (
              <li key={row.id}>
                <label className="post-picker-row">
                  <input type="checkbox" checked={choice.chosen.has(row.id)} onChange={() => choice.toggle(row.id)} />
                  <span className={row.title.trim() ? 'post-picker-title' : 'post-picker-title untitled'}>{row.title.trim() || 'Untitled'}</span>
                  <span className={`status-pill status-${row.status}`}>{row.status}</span>
                  <span className="post-picker-date">{formatPostDate(row.date)}</span>
                </label>
              </li>
            ))}
            {choice.total === 0 ? <li className="post-picker-empty">Nothing here.</li> : null}
            {choice.total === null ? <li className="post-picker-empty">Loading…</li> : null}
          </ul>
          <div className="post-picker-actions">
            <button type="button" className="link-button" disabled={shownIds.length === 0 || allShownChosen} onClick={() => choice.chooseAll(shownIds)}>
              Choose all shown
            </button>
            <button type="button" className="link-button" disabled={choice.chosen.size === 0} onClick={choice.clear}>
              Clear
            </button>
            {choice.total !== null && choice.rows.length < choice.total ? (
              <button type="button" className="link-button" onClick={choice.loadMore}>
                Show more ({choice.total - choice.rows.length})
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      {choice.problem ? <p className="form-error">The library could not be read: {choice.problem}</p> : null}
    </section>
  );
}
