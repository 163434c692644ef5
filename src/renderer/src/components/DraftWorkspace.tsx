import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { Fragment, Node as PMNode } from '@tiptap/pm/model';
import type { Draft, DraftSummary } from '../../../shared/draft';
import { statsFromText, type DocStats } from '../../../shared/editor/docStats';
import { api, ApiError, errorMessage, unwrap } from '../api';
import { SaveScheduler, type SaveState } from '../autosave/saveScheduler';
import { throttle } from '../throttle';
import { PostEditor } from './PostEditor';
import { PreviewPane } from './PreviewPane';
import { StatusBar } from './StatusBar';

/** Autosave waits for a pause in typing, but never lets more than a second go unsaved. */
const SAVE_QUIET_MS = 400;
const SAVE_MAX_WAIT_MS = 1000;
const PREVIEW_INTERVAL_MS = 250;
const STATS_INTERVAL_MS = 200;

interface DraftWorkspaceProps {
  draft: Draft;
  isNew: boolean;
  onSaved: (summary: DraftSummary) => void;
  registerFlush: (flush: (() => Promise<void>) | null) => void;
  onExport: () => void;
  onDelete: () => void;
  /** Throws away unsaved changes and opens the stored draft again. */
  onReload: () => void;
}

/** The document without an empty last paragraph (which the editor adds after a final block). */
function withoutTrailingEmptyParagraph(doc: PMNode): Fragment {
  const last = doc.lastChild;
  return last && last.type.name === 'paragraph' && last.content.size === 0 && doc.childCount > 1
    ? doc.content.cut(0, doc.content.size - last.nodeSize)
    : doc.content;
}

/**
 * True while the editor's document is still the one that was opened, give or take the
 * editor's own normalisation: opening a draft must not count as editing it.
 */
function isUnchanged(current: PMNode, opened: PMNode): boolean {
  return current === opened || withoutTrailingEmptyParagraph(current).eq(withoutTrailingEmptyParagraph(opened));
}

function editorStats(editor: Editor): DocStats {
  const { doc } = editor.state;
  let images = 0;
  doc.descendants((node) => {
    if (node.type.name === 'image') images += 1;
  });
  return statsFromText(doc.textBetween(0, doc.content.size, '\n', '\n'), images);
}

/** One open draft: its fields, the editor, the live preview and the status bar. */
export function DraftWorkspace({ draft, isNew, onSaved, registerFlush, onExport, onDelete, onReload }: DraftWorkspaceProps) {
  const [title, setTitle] = useState(draft.title);
  const [author, setAuthor] = useState(draft.author);
  const [date, setDate] = useState(draft.date);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<{ message: string; conflict: boolean } | null>(null);
  const [stats, setStats] = useState<DocStats | null>(null);
  const [previewHtml, setPreviewHtml] = useState<string | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);

  const fields = useRef({ title: draft.title, author: draft.author, date: draft.date });
  const editorRef = useRef<Editor | null>(null);
  /** True until the first real edit; until then, changes are compared with the opened document. */
  const pristine = useRef(true);
  const openedDoc = useRef<PMNode | null>(null);
  const version = useRef(draft.version);
  const previewSequence = useRef(0);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const scheduler = useMemo(
    () =>
      new SaveScheduler({
        quietMs: SAVE_QUIET_MS,
        maxWaitMs: SAVE_MAX_WAIT_MS,
        onStateChange: setSaveState,
        save: async () => {
          const editor = editorRef.current;
          if (!editor) return;
          try {
            const saved = await unwrap(
              api().drafts.save({ id: draft.id, baseVersion: version.current, ...fields.current, doc: editor.getJSON() }),
            );
            version.current = saved.version;
            setSaveError(null);
            onSavedRef.current(saved.summary);
          } catch (error) {
            setSaveError({ message: errorMessage(error), conflict: error instanceof ApiError && error.code === 'CONFLICT' });
            throw error;
          }
        },
      }),
    [draft.id],
  );

  const refreshPreview = useMemo(
    () =>
      throttle(() => {
        const editor = editorRef.current;
        if (!editor) return;
        const sequence = ++previewSequence.current;
        unwrap(api().preview.render({ ...fields.current, tags: draft.tags, doc: editor.getJSON() }))
          .then(({ html }) => {
            if (sequence !== previewSequence.current) return; // a newer render is on its way
            setPreviewHtml(html);
            setPreviewError(null);
          })
          .catch((error: unknown) => setPreviewError(errorMessage(error)));
      }, PREVIEW_INTERVAL_MS),
    [draft.tags],
  );

  const refreshStats = useMemo(
    () =>
      throttle(() => {
        if (editorRef.current) setStats(editorStats(editorRef.current));
      }, STATS_INTERVAL_MS),
    [],
  );

  const changed = useCallback(() => {
    pristine.current = false;
    scheduler.touch();
    refreshPreview();
    refreshStats();
  }, [scheduler, refreshPreview, refreshStats]);

  useEffect(() => {
    registerFlush(() => scheduler.flush());
    return () => {
      registerFlush(null);
      refreshPreview.cancel();
      refreshStats.cancel();
      // Leaving the draft: write what is pending before the scheduler goes away.
      void scheduler.flush().catch(() => undefined);
      scheduler.dispose();
    };
  }, [scheduler, registerFlush, refreshPreview, refreshStats]);

  const editorChanged = useCallback(
    (editor: Editor) => {
      if (pristine.current) {
        openedDoc.current ??= editor.schema.nodeFromJSON(draft.doc);
        if (isUnchanged(editor.state.doc, openedDoc.current)) return;
      }
      changed();
    },
    [changed, draft.doc],
  );

  useEffect(() => {
    document.title = `${title.trim() || 'Untitled'} — Inkpress`;
    return () => {
      document.title = 'Inkpress';
    };
  }, [title]);

  const onEditorReady = useCallback(
    (editor: Editor | null) => {
      editorRef.current = editor;
      if (editor) {
        setStats(editorStats(editor));
        refreshPreview();
      }
    },
    [refreshPreview],
  );

  /** After a conflict: save this window's text over the other version. */
  const keepMine = async (): Promise<void> => {
    try {
      version.current = (await unwrap(api().drafts.get({ id: draft.id }))).version;
      scheduler.touch();
      await scheduler.flush();
    } catch (error) {
      setSaveError({ message: errorMessage(error), conflict: false });
    }
  };

  const updateField = (key: 'title' | 'author' | 'date', value: string): void => {
    fields.current = { ...fields.current, [key]: value };
    changed();
  };

  return (
    <div className="workspace">
      <section className="writing-pane" aria-label="Editor">
        <header className="pane-header toolbar">
          <span className="pane-title">Draft</span>
          <span className="toolbar-spacer" />
          <button type="button" className="button button-quiet" onClick={onExport} title="Export as HTML (Ctrl+Shift+E)">
            <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
              <path d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            Export HTML
          </button>
          <button type="button" className="button button-quiet" onClick={onDelete} aria-label="Delete draft" title="Delete draft">
            <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
              <path d="M4 6h12M8 6V4h4v2m-6 0 .7 10h6.6L14 6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
        </header>
        <div className="writing-scroll">
          <div className="writing-column">
            <input
              className="title-input"
              aria-label="Title"
              placeholder="Title"
              value={title}
              maxLength={500}
              autoFocus={isNew}
              onChange={(event) => {
                setTitle(event.target.value);
                updateField('title', event.target.value);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  const editor = editorRef.current;
                  if (!editor) return;
                  // Move focus now: Tiptap's focus command waits a frame, and a fast typist's
                  // next keys would land in the title.
                  editor.view.focus();
                  editor.commands.setTextSelection(1);
                }
              }}
            />
            <div className="meta-row">
              <label className="meta-field">
                <span>Writer</span>
                <input
                  aria-label="Author"
                  placeholder="Your name"
                  value={author}
                  maxLength={200}
                  onChange={(event) => {
                    setAuthor(event.target.value);
                    updateField('author', event.target.value);
                  }}
                />
              </label>
              <label className="meta-field">
                <span>Date</span>
                <input
                  type="date"
                  aria-label="Date"
                  value={date}
                  required
                  onChange={(event) => {
                    setDate(event.target.value);
                    // A half-typed or cleared date is not saved; the last full one stays.
                    if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) updateField('date', event.target.value);
                  }}
                />
              </label>
            </div>
            <PostEditor initialDoc={draft.doc} onChange={editorChanged} onReady={onEditorReady} autoFocus={!isNew} />
          </div>
        </div>
        {saveError ? (
          <div className="save-error" role="alert">
            <span className="save-error-text">{saveError.message}</span>
            {saveError.conflict ? (
              <>
                <button type="button" className="button" onClick={() => void keepMine()}>
                  Keep my version
                </button>
                <button type="button" className="button button-quiet" onClick={onReload}>
                  Load the other version
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => void scheduler.flush().catch(() => undefined)}>
                Try again
              </button>
            )}
          </div>
        ) : null}
        <StatusBar stats={stats} saveState={saveState} saveError={saveError?.message ?? null} />
      </section>
      <PreviewPane html={previewHtml} error={previewError} />
    </div>
  );
}
