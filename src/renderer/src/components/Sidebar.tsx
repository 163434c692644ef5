import type { DraftSummary } from '../../../shared/draft';

interface SidebarProps {
  drafts: DraftSummary[] | null;
  selectedId: number | null;
  onSelect: (id: number) => void;
  onCreate: () => void;
}

const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const yearFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** "10:42 AM" today, "Nov 3" this year, "Nov 3, 2024" before. */
export function formatEdited(iso: string, now = new Date()): string {
  const when = new Date(iso);
  if (when.toDateString() === now.toDateString()) return timeFormat.format(when);
  return when.getFullYear() === now.getFullYear() ? dayFormat.format(when) : yearFormat.format(when);
}

export function Sidebar({ drafts, selectedId, onSelect, onCreate }: SidebarProps) {
  return (
    <aside className="sidebar" aria-label="Library">
      <div className="sidebar-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">¶</span>Inkpress
        </span>
        <button type="button" className="icon-button" onClick={onCreate} title="New draft (Ctrl+N)" aria-label="New draft">
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <path d="M10 4v12M4 10h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className="sidebar-section">
        <span>Drafts</span>
        <span className="count">{drafts?.length ?? ''}</span>
      </div>
      {drafts && drafts.length === 0 ? (
        <p className="sidebar-empty">No drafts yet.</p>
      ) : (
        <ul className="draft-list" role="listbox" aria-label="Drafts">
          {(drafts ?? []).map((draft) => (
            <li
              key={draft.id}
              role="option"
              aria-selected={draft.id === selectedId}
              className={draft.id === selectedId ? 'draft-item selected' : 'draft-item'}
              data-draft-id={draft.id}
              tabIndex={0}
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
                {formatEdited(draft.updatedAt)} · {draft.wordCount.toLocaleString('en-US')} words
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
