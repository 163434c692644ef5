import type { DraftSummary } from '../../../shared/draft';
import { STATUS_NAMES } from '../library/libraryView';

const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const yearFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** "10:42 AM" today, "Nov 3" this year, "Nov 3, 2024" before. */
export function formatEdited(iso: string, now = new Date()): string {
  const when = new Date(iso);
  if (when.toDateString() === now.toDateString()) return timeFormat.format(when);
  return when.getFullYear() === now.getFullYear() ? dayFormat.format(when) : yearFormat.format(when);
}

interface DraftRowProps {
  draft: DraftSummary;
  selected: boolean;
  onSelect: (id: number) => void;
}

export function DraftRow({ draft, selected, onSelect }: DraftRowProps) {
  return (
    <div
      role="option"
      aria-selected={selected}
      className={selected ? 'draft-item selected' : 'draft-item'}
      data-draft-id={draft.id}
      tabIndex={selected ? 0 : -1}
      onClick={() => onSelect(draft.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(draft.id);
        }
      }}
    >
      <span className={draft.title ? 'draft-title' : 'draft-title untitled'}>{draft.title || 'Untitled'}</span>
      <span className="draft-excerpt">{draft.excerpt || 'No text yet'}</span>
      <span className="draft-meta">
        {draft.status !== 'draft' ? <span className={`status-pill status-${draft.status}`}>{STATUS_NAMES[draft.status]}</span> : null}
        {formatEdited(draft.updatedAt)} · {draft.wordCount.toLocaleString('en-US')} words
      </span>
    </div>
  );
}
