import { useCallback, useEffect, useState } from 'react';
import type { Draft, DraftSummary } from '../../../shared/draft';
import { errorMessage } from '../api';
import { useDraftSession } from '../hooks/useDraftSession';
import { EditorToolbar } from '../editor/EditorToolbar';
import { importImage, pickImageFiles } from '../images';
import { DetailsPanel } from './DetailsPanel';
import { HistoryPanel } from './HistoryPanel';
import { Inspector, type InspectorTab } from './Inspector';
import { PostEditor } from './PostEditor';
import { PreviewPane } from './PreviewPane';
import { StatusBar } from './StatusBar';

interface DraftWorkspaceProps {
  draft: Draft;
  isNew: boolean;
  tab: InspectorTab;
  onTab: (tab: InspectorTab) => void;
  tagSuggestions: string[];
  onSaved: (summary: DraftSummary) => void;
  registerFlush: (flush: (() => Promise<void>) | null) => void;
  onExport: () => void;
  /** Opens the Publish dialog (the whole site, not only this draft). */
  onPublish: () => void;
  onTrash: () => void;
  onUntrash: () => void;
  onDeleteForever: () => void;
  /** Throws away unsaved changes and opens the stored draft again. */
  onReload: () => void;
  /** A revision was restored: open the draft as it is now. */
  onRestored: (draft: Draft) => void;
  notify: (kind: 'info' | 'error', text: string) => void;
}

/** One open draft: its fields, the editor, the inspector (preview, details, history), the status bar. */
export function DraftWorkspace(props: DraftWorkspaceProps) {
  const { draft, isNew, tab, onTab, notify } = props;
  const session = useDraftSession(draft, props.onSaved);
  const { fields, updateFields, editorRef } = session;
  const trashed = draft.trashedAt !== null;
  const [importing, setImporting] = useState(0);

  const { registerFlush } = props;
  const { flush } = session;
  useEffect(() => {
    registerFlush(flush);
    return () => registerFlush(null);
  }, [registerFlush, flush]);

  useEffect(() => {
    document.title = `${fields.title.trim() || 'Untitled'} — Inkpress`;
    return () => {
      document.title = 'Inkpress';
    };
  }, [fields.title]);

  const insertImages = useCallback(
    async (files: File[], pos: number | null) => {
      setImporting((n) => n + files.length);
      for (const file of files) {
        try {
          const asset = await importImage(file);
          const editor = editorRef.current;
          if (!editor) break;
          const node = { type: 'image', attrs: { src: asset.src, alt: '' } };
          const chain = editor.chain().focus();
          (pos === null ? chain.insertContent(node) : chain.insertContentAt(pos, node)).run();
        } catch (error) {
          notify('error', `Could not add ${file.name || 'the image'}: ${errorMessage(error)}`);
        } finally {
          setImporting((n) => n - 1);
        }
      }
    },
    [editorRef, notify],
  );

  const pickAndInsertImages = useCallback(() => void pickImageFiles().then((files) => insertImages(files, null)), [insertImages]);

  const chooseCover = async (): Promise<void> => {
    const [file] = await pickImageFiles(false);
    if (!file) return;
    try {
      updateFields({ coverImage: (await importImage(file)).src });
    } catch (error) {
      notify('error', `Could not use ${file.name}: ${errorMessage(error)}`);
    }
  };

  const problem = session.saveProblem;
  return (
    <div className="workspace">
      <section className="writing-pane" aria-label="Editor">
        <header className="pane-header toolbar">
          {importing > 0 ? <span className="toolbar-note">Adding image…</span> : null}
          <span className="toolbar-spacer" />
          <button type="button" className="button button-quiet" onClick={props.onExport} title="Export as HTML (Ctrl+Shift+E)">
            <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
              <path d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            Export HTML
          </button>
          <button type="button" className="button button-quiet" onClick={props.onPublish} title="Publish the site (Ctrl+Shift+P)">
            <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
              <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M3 10h14M10 3c2 2.2 2.8 4.5 2.8 7s-.8 4.8-2.8 7c-2-2.2-2.8-4.5-2.8-7S8 5.2 10 3Z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
            </svg>
            Publish
          </button>
          {!trashed ? (
            <button type="button" className="button button-quiet" onClick={props.onTrash} aria-label="Move to trash" title="Move to trash">
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
                <path d="M4 6h12M8 6V4h4v2m-6 0 .7 10h6.6L14 6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          ) : null}
        </header>
        <EditorToolbar editor={session.editor} onInsertImage={pickAndInsertImages} />
        {trashed ? (
          <div className="trash-banner" role="status">
            <span>This draft is in the trash. Restore it to edit it.</span>
            <button type="button" className="button small" onClick={props.onUntrash}>
              Restore
            </button>
            <button type="button" className="button button-quiet small danger-text" onClick={props.onDeleteForever}>
              Delete forever…
            </button>
          </div>
        ) : null}
        <div className="writing-scroll">
          <div className="writing-column">
            <input
              className="title-input"
              aria-label="Title"
              placeholder="Title"
              value={fields.title}
              maxLength={500}
              autoFocus={isNew}
              readOnly={trashed}
              onChange={(event) => updateFields({ title: event.target.value })}
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
                  value={fields.author}
                  maxLength={200}
                  readOnly={trashed}
                  onChange={(event) => updateFields({ author: event.target.value })}
                />
              </label>
              <button type="button" className="meta-summary" onClick={() => onTab('details')} title="Edit the post's details">
                <span className={`status-pill status-${fields.status}`}>{fields.status}</span>
                {fields.tags.length ? <span className="meta-tags">{fields.tags.map((t) => `#${t}`).join(' ')}</span> : <span className="meta-add">Add tags</span>}
              </button>
            </div>
            <PostEditor
              initialDoc={draft.doc}
              onChange={session.editorChanged}
              onReady={session.onEditorReady}
              onImageFiles={(files, pos) => void insertImages(files, pos)}
              autoFocus={!isNew && !trashed}
              editable={!trashed}
            />
          </div>
        </div>
        {problem ? (
          <div className="save-error" role="alert">
            <span className="save-error-text">{problem.message}</span>
            {problem.staleVersion ? (
              <>
                <button type="button" className="button" onClick={() => void session.keepMine()}>
                  Keep my version
                </button>
                <button type="button" className="button button-quiet" onClick={props.onReload}>
                  Load the other version
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => void session.flush().catch(() => undefined)}>
                Try again
              </button>
            )}
          </div>
        ) : null}
        <StatusBar status={session.status} saveError={problem?.message ?? null} />
      </section>
      <Inspector tab={tab} onTab={onTab}>
        {tab === 'preview' ? (
          <PreviewPane preview={session.preview} editor={session.editor} />
        ) : tab === 'details' ? (
          <DetailsPanel
            fields={fields}
            currentSlug={session.currentSlug}
            tagSuggestions={props.tagSuggestions}
            disabled={trashed}
            onChange={updateFields}
            onChooseCover={() => void chooseCover()}
          />
        ) : (
          <HistoryPanel draftId={draft.id} disabled={trashed} flush={flush} onRestored={props.onRestored} savedVersion={session.savedVersion} />
        )}
      </Inspector>
    </div>
  );
}
