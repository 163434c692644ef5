import type { ReactNode } from 'react';

export type InspectorTab = 'preview' | 'details' | 'history';

const TABS: { id: InspectorTab; label: string }[] = [
  { id: 'preview', label: 'Preview' },
  { id: 'details', label: 'Details' },
  { id: 'history', label: 'History' },
];

interface InspectorProps {
  tab: InspectorTab;
  onTab: (tab: InspectorTab) => void;
  notice?: ReactNode;
  children: ReactNode;
}

/** The pane beside the editor: the live preview, the post's details, or its history. */
export function Inspector({ tab, onTab, notice, children }: InspectorProps) {
  return (
    <section className="inspector" aria-label="Inspector">
      <header className="pane-header inspector-tabs" role="tablist" aria-label="Inspector">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            className={tab === t.id ? 'tab active' : 'tab'}
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
        {notice}
      </header>
      <div className={`inspector-body inspector-${tab}`} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {children}
      </div>
    </section>
  );
}
