import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../../../shared/draft';
import type { RevisionDiff, RevisionKind, RevisionSummary } from '../../../shared/library';
import { api, errorMessage, unwrap } from '../api';

interface HistoryPanelProps {
  draftId: number;
  disabled: boolean;
  /** Saves what is typed, so the history and the diff compare with the real current text. */
  flush: () => Promise<void>;
  onRestored: (draft: Draft) => void;
  /** Changes whenever the draft was saved, so the list can refresh. */
  savedVersion: number;
}

const KIND_LABELS: Record<RevisionKind, string> = {
  auto: 'Autosaved',
  named: 'Named version',
  'before-restore': 'Before a restore',
  'on-close': 'When closed',
};

const whenFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

export function HistoryPanel({ draftId, disabled, flush, onRestored, savedVersion }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [confirmRestore, setConfirmRestore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setRevisions(await unwrap(api().revisions.list({ draftId })));
    } catch (reason) {
      setError(errorMessage(reason));
    }
  }, [draftId]);

  useEffect(() => {
    void load();
  }, [load, savedVersion]);

  useEffect(() => {
    if (selected === null) {
      setDiff(null);
      return;
    }
    let cancelled = false;
    setConfirmRestore(false);
    flush()
      .then(() => unwrap(api().revisions.diff({ draftId, revisionId: selected })))
      .then((next) => {
        if (!cancelled) setDiff(next);
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(errorMessage(reason));
      });
    return () => {
      cancelled = true;
    };
    // savedVersion: the text changed, so the comparison with "now" must be made again.
  }, [selected, draftId, flush, savedVersion]);

  const saveNamed = async (): Promise<void> => {
    const trimmed = name.trim();
    if (!trimmed) return;
    try {
      await flush();
      await unwrap(api().revisions.saveNamed({ draftId, name: trimmed }));
      setNaming(false);
      setName('');
      setError(null);
      await load();
    } catch (reason) {
      setError(errorMessage(reason));
    }
  };

  const restore = async (): Promise<void> => {
    if (selected === null) return;
    try {
      await flush();
      onRestored(await unwrap(api().revisions.restore({ draftId, revisionId: selected })));
    } catch (reason) {
      setError(errorMessage(reason));
    }
  };

  return (
    <div className="history-panel">
      <div className="history-toolbar">
        {naming ? (
          <form
            className="name-version"
            onSubmit={(event) => {
              event.preventDefault();
              void saveNamed();
            }}
          >
            <input autoFocus aria-label="Version name" placeholder="Name this version" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
            <button type="submit" className="button small" disabled={!name.trim()}>
              Save
            </button>
            <button type="button" className="button button-quiet small" onClick={() => setNaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button type="button" className="button small" disabled={disabled} onClick={() => setNaming(true)}>
            Save this version…
          </button>
        )}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {revisions && revisions.length === 0 ? (
        <div className="panel-empty">
          <p>No earlier versions yet.</p>
          <p className="field-hint">Inkpress keeps a version every few minutes while you write and when you close a draft. Save one yourself to mark a milestone.</p>
        </div>
      ) : null}
      <ul className="revision-list" aria-label="Versions">
        {(revisions ?? []).map((revision) => (
          <li key={revision.id}>
            <button
              type="button"
              className={revision.id === selected ? 'revision-item selected' : 'revision-item'}
              aria-pressed={revision.id === selected}
              onClick={() => setSelected(revision.id === selected ? null : revision.id)}
            >
              <span className="revision-when">{whenFormat.format(new Date(revision.createdAt))}</span>
              <span className="revision-name">{revision.kind === 'named' ? revision.name : KIND_LABELS[revision.kind]}</span>
              <span className="revision-meta">{revision.wordCount.toLocaleString('en-US')} words</span>
            </button>
          </li>
        ))}
      </ul>
      {diff ? (
        <section className="revision-diff" aria-label="Changes since this version">
          <header className="diff-header">
            <span>
              Changes from this version to now
              {diff.titleChange ? (
                <>
                  {' '}· title was “{diff.titleChange.from || 'Untitled'}”
                </>
              ) : null}
            </span>
            {confirmRestore ? (
              <span className="inline-confirm">
                Replace the current text?
                <button type="button" className="button small button-primary-small" onClick={() => void restore()}>
                  Restore
                </button>
                <button type="button" className="button button-quiet small" onClick={() => setConfirmRestore(false)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" className="button small" disabled={disabled} onClick={() => setConfirmRestore(true)}>
                Restore this version
              </button>
            )}
          </header>
          <p className="field-hint">The current text is kept as a version first, so a restore can be undone.</p>
          <div className="diff-body" data-testid="revision-diff">
            {diff.parts.every((part) => part.kind === 'same') ? <p className="field-hint">The text is the same as now.</p> : null}
            {diff.parts.map((part, index) =>
              part.kind === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </div>
        </section>
      ) : null}
    </div>
  );
}
