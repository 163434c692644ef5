import { useState } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';
import type { TagCount } from '../../../shared/library';
import { api, errorMessage, unwrap } from '../api';

interface TagManagerProps {
  tags: TagCount[];
  onChanged: () => void;
  onClose: () => void;
}

/** Rename, merge (rename onto an existing tag) and delete tags across the whole library. */
export function TagManager({ tags, onChanged, onClose }: TagManagerProps) {
  const dialog = useModalDialog();
  const [list, setList] = useState(tags);
  const [editing, setEditing] = useState<string | null>(null);
  const [draftName, setDraftName] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);


  const run = async (request: Promise<TagCount[]>): Promise<void> => {
    try {
      setList(await request);
      setError(null);
      onChanged();
    } catch (reason) {
      setError(errorMessage(reason));
    }
  };

  const commitRename = (from: string): void => {
    const to = draftName.trim();
    setEditing(null);
    if (!to || to === from) return;
    void run(unwrap(api().tags.rename({ from, to })));
  };

  const mergeTarget = editing ? list.find((t) => t.name.toLowerCase() === draftName.trim().toLowerCase() && t.name !== editing) : undefined;

  return (
    <dialog
      ref={dialog}
      className="sheet tag-manager"
      aria-labelledby="tag-manager-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="tag-manager-title">Tags</h2>
      <p className="sheet-hint">Rename a tag everywhere it is used. Renaming it to another tag&rsquo;s name merges the two.</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="tag-rows">
        {list.map((tag) => (
          <li key={tag.name} className="tag-row">
            {editing === tag.name ? (
              <input
                autoFocus
                aria-label={`New name for ${tag.name}`}
                value={draftName}
                onChange={(event) => setDraftName(event.target.value)}
                onBlur={() => commitRename(tag.name)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') commitRename(tag.name);
                  if (event.key === 'Escape') {
                    event.stopPropagation();
                    event.preventDefault();
                    setEditing(null);
                  }
                }}
              />
            ) : (
              <span className="tag-name">#{tag.name}</span>
            )}
            <span className="count">{tag.count.toLocaleString('en-US')}</span>
            {confirmDelete === tag.name ? (
              <span className="inline-confirm">
                Remove from {tag.count} {tag.count === 1 ? 'draft' : 'drafts'}?
                <button type="button" className="button button-danger small" onClick={() => { setConfirmDelete(null); void run(unwrap(api().tags.delete({ name: tag.name }))); }}>
                  Delete
                </button>
                <button type="button" className="button small" onClick={() => setConfirmDelete(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <span className="row-actions">
                <button type="button" className="button button-quiet small" onClick={() => { setEditing(tag.name); setDraftName(tag.name); }}>
                  Rename
                </button>
                <button type="button" className="button button-quiet small" aria-label={`Delete tag ${tag.name}`} onClick={() => setConfirmDelete(tag.name)}>
                  Delete
                </button>
              </span>
            )}
          </li>
        ))}
        {list.length === 0 ? <li className="nav-empty">No tags left.</li> : null}
      </ul>
      {mergeTarget ? <p className="sheet-hint">Enter merges “{editing}” into “{mergeTarget.name}”.</p> : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
