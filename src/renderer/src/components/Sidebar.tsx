import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { POST_STATUSES } from '../../../shared/draft';
import type { LibraryCounts, SearchHit } from '../../../shared/library';
import type { DraftList } from '../library/useDraftList';
import { sameView, STATUS_LABELS, viewTitle, type LibraryView } from '../library/libraryView';
import { DraftRow } from './DraftRow';
import { SearchResults } from './SearchResults';

const ROW_HEIGHT = 100;
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent);
export const MOD_KEY = isMac ? '⌘' : 'Ctrl';

interface SidebarProps {
  view: LibraryView;
  onView: (view: LibraryView) => void;
  counts: LibraryCounts | null;
  list: DraftList;
  selectedId: number | null;
  onSelect: (id: number) => void;
  onCreate: () => void;
  search: string;
  onSearch: (query: string) => void;
  hits: SearchHit[] | null;
  onManageTags: () => void;
  onEmptyTrash: () => void;
  onImport: () => void;
  onPreferences: () => void;
}

function NavItem({ label, count, active, onClick, icon }: { label: string; count?: number; active: boolean; onClick: () => void; icon?: string }) {
  return (
    <button type="button" className={active ? 'nav-item active' : 'nav-item'} aria-current={active ? 'page' : undefined} onClick={onClick}>
      {icon ? <span className="nav-icon" aria-hidden="true">{icon}</span> : null}
      <span className="nav-label">{label}</span>
      {count !== undefined ? <span className="count">{count.toLocaleString('en-US')}</span> : null}
    </button>
  );
}

export function Sidebar(props: SidebarProps) {
  const { view, onView, counts, list, selectedId, onSelect, onCreate, search, onSearch, hits } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const total = list.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total > 0) list.ensureRows(first, last);
  }, [first, last, total, list]);

  const searching = search.trim() !== '';
  const go = (next: LibraryView) => () => onView(next);

  return (
    <aside className="sidebar" aria-label="Library">
      <div className="sidebar-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">¶</span>Inkpress
        </span>
        <div className="sidebar-actions">
          <button type="button" className="icon-button" onClick={props.onImport} title={`Import a Markdown or HTML file (${MOD_KEY}+O)`} aria-label="Import a file">
            <svg viewBox="0 0 20 20" width="17" height="17" aria-hidden="true">
              <path d="M10 3.5v9m0 0-3.5-3.5m3.5 3.5 3.5-3.5M4 12.5v2.5a1.5 1.5 0 0 0 1.5 1.5h9a1.5 1.5 0 0 0 1.5-1.5v-2.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
          <button type="button" className="icon-button" onClick={props.onPreferences} title={`Preferences (${MOD_KEY}+,)`} aria-label="Preferences">
            <svg viewBox="0 0 20 20" width="17" height="17" aria-hidden="true">
              <path
                d="M16 8.1 18 8.4v3.2l-2 .3-.4 1 1.2 1.6-2.3 2.3-1.6-1.2-1 .4-.3 2H8.4l-.3-2-1-.4-1.6 1.2-2.3-2.3 1.2-1.6-.4-1-2-.3V8.4l2-.3.4-1-1.2-1.6 2.3-2.3 1.6 1.2 1-.4.3-2h3.2l.3 2 1 .4 1.6-1.2 2.3 2.3-1.2 1.6Z"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.4"
                strokeLinejoin="round"
              />
              <circle cx="10" cy="10" r="2.4" fill="none" stroke="currentColor" strokeWidth="1.4" />
            </svg>
          </button>
          <button type="button" className="icon-button" onClick={onCreate} title={`New draft (${MOD_KEY}+N)`} aria-label="New draft">
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
              <path d="M10 4v12M4 10h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      </div>
      <div className="search-box">
        <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.7" />
          <path d="m13 13 4 4" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
        </svg>
        <input
          type="search"
          aria-label="Search drafts"
          placeholder="Search"
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onSearch('');
          }}
        />
        {!searching ? <kbd className="search-shortcut">{MOD_KEY} K</kbd> : null}
      </div>

      <nav className="sidebar-nav" aria-label="Library sections">
        <NavItem label="All drafts" count={counts?.all} active={sameView(view, { kind: 'all' })} onClick={go({ kind: 'all' })} icon="▤" />
        {POST_STATUSES.map((status) => (
          <NavItem
            key={status}
            label={STATUS_LABELS[status]}
            count={counts?.byStatus[status]}
            active={sameView(view, { kind: 'status', status })}
            onClick={go({ kind: 'status', status })}
            icon={status === 'draft' ? '✎' : status === 'scheduled' ? '◷' : '✓'}
          />
        ))}
        <div className="nav-heading">
          <span>Tags</span>
          {counts && counts.tags.length > 0 ? (
            <button type="button" className="link-button" onClick={props.onManageTags}>
              Edit
            </button>
          ) : null}
        </div>
        {counts && counts.tags.length === 0 ? <p className="nav-empty">Tags you add to drafts appear here.</p> : null}
        {counts?.tags.map((tag) => (
          <NavItem
            key={tag.name}
            label={tag.name}
            count={tag.count}
            active={sameView(view, { kind: 'tag', tag: tag.name })}
            onClick={go({ kind: 'tag', tag: tag.name })}
            icon="#"
          />
        ))}
        <div className="nav-separator" />
        <NavItem label="Trash" count={counts?.trash} active={view.kind === 'trash'} onClick={go({ kind: 'trash' })} icon="⌫" />
      </nav>

      <div className="list-header">
        <span className="list-title">{searching ? 'Search results' : viewTitle(view)}</span>
        {view.kind === 'trash' && !searching && total > 0 ? (
          <button type="button" className="link-button danger" onClick={props.onEmptyTrash}>
            Empty trash
          </button>
        ) : (
          <span className="count">{searching ? (hits?.length ?? '') : (list.total ?? '')}</span>
        )}
      </div>

      {searching ? (
        <SearchResults hits={hits} selectedId={selectedId} onSelect={onSelect} />
      ) : list.total === 0 ? (
        <p className="sidebar-empty">{view.kind === 'trash' ? 'The trash is empty.' : view.kind === 'all' ? 'No drafts yet.' : 'No drafts here yet.'}</p>
      ) : (
        <div className="draft-list" ref={scroller} role="listbox" aria-label={viewTitle(view)}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const draft = list.rowAt(item.index);
              return (
                <div key={item.key} className="virtual-row" style={{ height: item.size, transform: `translateY(${item.start}px)` }}>
                  {draft ? (
                    <DraftRow draft={draft} selected={draft.id === selectedId} onSelect={onSelect} />
                  ) : (
                    <div className="draft-item placeholder" aria-hidden="true" />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </aside>
  );
}
