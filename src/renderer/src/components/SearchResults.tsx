import type { ReactNode } from 'react';
import type { SearchHit } from '../../../shared/library';
import { formatEdited } from './DraftRow';

/**
 * Renders a snippet as text with <mark>ed words. The HTML is parsed inertly and only text and
 * <mark> survive, so nothing in a draft can ever become markup in the app's own page.
 */
export function Snippet({ html }: { html: string }) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const parts: ReactNode[] = [];
  body.childNodes.forEach((node, index) => {
    const text = node.textContent ?? '';
    parts.push(node.nodeName === 'MARK' ? <mark key={index}>{text}</mark> : text);
  });
  return <>{parts}</>;
}

interface SearchResultsProps {
  hits: SearchHit[] | null;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

export function SearchResults({ hits, selectedId, onSelect }: SearchResultsProps) {
  if (hits === null) return <p className="sidebar-empty">Searching…</p>;
  if (hits.length === 0) return <p className="sidebar-empty">Nothing matches. Try fewer or shorter words.</p>;
  return (
    <div className="draft-list search-results" role="listbox" aria-label="Search results">
      {hits.map((hit) => (
        <div
          key={hit.id}
          role="option"
          aria-selected={hit.id === selectedId}
          className={hit.id === selectedId ? 'draft-item search-hit selected' : 'draft-item search-hit'}
          tabIndex={0}
          onClick={() => onSelect(hit.id)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onSelect(hit.id);
          }}
        >
          <span className={hit.title ? 'draft-title' : 'draft-title untitled'}>{hit.title || 'Untitled'}</span>
          <span className="draft-excerpt snippet">
            <Snippet html={hit.snippetHtml} />
          </span>
          <span className="draft-meta">{formatEdited(hit.updatedAt)}</span>
        </div>
      ))}
    </div>
  );
}
