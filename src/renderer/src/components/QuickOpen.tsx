import { useEffect, useState } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';
import type { DraftSummary } from '../../../shared/draft';
import type { SearchHit } from '../../../shared/library';
import { api, unwrap } from '../api';
import { Snippet } from './SearchResults';

interface QuickOpenProps {
  onOpen: (id: number) => void;
  onClose: () => void;
}

type Item = { id: number; title: string; snippetHtml?: string; excerpt?: string };

const RECENT_COUNT = 8;
const RESULT_COUNT = 20;

/** The quick-open palette (Ctrl/Cmd+K): recent drafts, or search results as you type. */
export function QuickOpen({ onOpen, onClose }: QuickOpenProps) {
  const dialog = useModalDialog();
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<Item[]>([]);
  const [active, setActive] = useState(0);


  useEffect(() => {
    let cancelled = false;
    const load = query.trim()
      ? unwrap(api().search.query({ query, limit: RESULT_COUNT })).then((hits: SearchHit[]) => hits.map((h) => ({ id: h.id, title: h.title, snippetHtml: h.snippetHtml })))
      : unwrap(api().library.page({ limit: RECENT_COUNT })).then((page) => page.items.map((d: DraftSummary) => ({ id: d.id, title: d.title, excerpt: d.excerpt })));
    load
      .then((next) => {
        if (cancelled) return;
        setItems(next);
        setActive(0);
      })
      .catch(() => {
        if (!cancelled) setItems([]);
      });
    return () => {
      cancelled = true;
    };
  }, [query]);

  const choose = (item: Item | undefined): void => {
    if (!item) return;
    onOpen(item.id);
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="quick-open"
      aria-label="Open a draft"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose(); // a click on the backdrop
      }}
    >
      <input
        className="quick-open-input"
        autoFocus
        placeholder="Open a draft by title or words in it…"
        aria-label="Search drafts to open"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(items.length - 1, i + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(items[active]);
          }
        }}
      />
      <div className="quick-open-section">{query.trim() ? 'Results' : 'Recent'}</div>
      <ul className="quick-open-list" role="listbox" aria-label="Drafts">
        {items.length === 0 ? <li className="quick-open-empty">{query.trim() ? 'Nothing matches.' : 'No drafts yet.'}</li> : null}
        {items.map((item, index) => (
          <li
            key={item.id}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'quick-open-item active' : 'quick-open-item'}
            // A pointer resting where the list opens or scrolls to does not pick; moving it does.
            onMouseMove={(event) => {
              if ((event.movementX || event.movementY) && index !== active) setActive(index);
            }}
            onClick={() => choose(item)}
          >
            <span className="draft-title">{item.title || 'Untitled'}</span>
            <span className="draft-excerpt">{item.snippetHtml ? <Snippet html={item.snippetHtml} /> : item.excerpt || 'No text yet'}</span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
