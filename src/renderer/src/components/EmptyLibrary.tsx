interface EmptyLibraryProps {
  onCreate: () => void;
  onImport: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent);

export function EmptyLibrary({ onCreate, onImport }: EmptyLibraryProps) {
  return (
    <div className="empty-library">
      <div className="empty-card">
        <div className="empty-mark" aria-hidden="true">¶</div>
        <h1>Your library is empty</h1>
        <p>Every draft you write lives here, saved as you type, ready to preview and export.</p>
        <button type="button" className="button button-primary" onClick={onCreate}>
          Start your first draft
        </button>
        <p className="empty-hint">
          or press <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd> <kbd>N</kbd>
        </p>
        <p className="empty-hint">
          Written elsewhere?{' '}
          <button type="button" className="link-button" onClick={onImport}>
            Import a Markdown or HTML file
          </button>
        </p>
      </div>
    </div>
  );
}
