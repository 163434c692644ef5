import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { Fragment, Node as PMNode } from '@tiptap/pm/model';
import type { Draft, DraftMetadataPatch, DraftSummary } from '../../../shared/draft';
import { statsFromText, type DocStats } from '../../../shared/editor/docStats';
import { api, ApiError, errorMessage, unwrap } from '../api';
import { SaveScheduler, type SaveState } from '../autosave/saveScheduler';
import { fieldsOf, type DraftFields } from '../draftFields';
import { throttle } from '../throttle';

/** Autosave waits for a pause in typing, but never lets more than a second go unsaved. */
const SAVE_QUIET_MS = 400;
const SAVE_MAX_WAIT_MS = 1000;
const PREVIEW_INTERVAL_MS = 250;
const STATS_INTERVAL_MS = 200;

export interface SaveProblem {
  message: string;
  /** Someone else saved this draft since it was opened: the writer chooses whose text wins. */
  staleVersion: boolean;
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

const METADATA_KEYS = ['customSlug', 'description', 'tags', 'status', 'coverImage', 'canonicalUrl', 'language'] as const;
type MetadataKey = (typeof METADATA_KEYS)[number];

function isMetadataKey(key: string): key is MetadataKey {
  return (METADATA_KEYS as readonly string[]).includes(key);
}

/** The save's metadata fields: only those changed since the last save. */
function metadataPatch(fields: DraftFields, changed: ReadonlySet<MetadataKey>): DraftMetadataPatch {
  const patch: DraftMetadataPatch = {};
  if (changed.has('customSlug')) patch.slug = fields.customSlug;
  if (changed.has('description')) patch.description = fields.description;
  if (changed.has('tags')) patch.tags = fields.tags;
  if (changed.has('status')) patch.status = fields.status;
  if (changed.has('coverImage')) patch.coverImage = fields.coverImage;
  if (changed.has('canonicalUrl')) patch.canonicalUrl = fields.canonicalUrl;
  if (changed.has('language')) patch.language = fields.language;
  return patch;
}

function editorStats(editor: Editor): DocStats {
  const { doc } = editor.state;
  let images = 0;
  doc.descendants((node) => {
    if (node.type.name === 'image') images += 1;
  });
  return statsFromText(doc.textBetween(0, doc.content.size, '\n', '\n'), images);
}

/**
 * One open draft's state and its autosave: the fields, the editor, the save scheduler,
 * the live preview and the counts. Typing never re-renders React; saving reads the editor
 * when the scheduler fires.
 */
export function useDraftSession(draft: Draft, onSaved: (summary: DraftSummary) => void) {
  const [fields, setFields] = useState<DraftFields>(() => fieldsOf(draft));
  const [currentSlug, setCurrentSlug] = useState(draft.slug);
  const [savedVersion, setSavedVersion] = useState(draft.version);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const [stats, setStats] = useState<DocStats | null>(null);
  const [previewHtml, setPreviewHtml] = useState<string | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);

  const fieldsRef = useRef(fields);
  const changedMetadata = useRef(new Set<MetadataKey>());
  const editorRef = useRef<Editor | null>(null);
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
          const f = fieldsRef.current;
          // Metadata goes along only when the writer changed it here, so a save never undoes
          // what changed elsewhere meanwhile (a tag renamed across the library, say).
          const changedMeta = changedMetadata.current;
          changedMetadata.current = new Set();
          try {
            const saved = await unwrap(
              api().drafts.save({
                id: draft.id,
                baseVersion: version.current,
                title: f.title,
                author: f.author,
                date: f.date,
                doc: editor.getJSON(),
                ...metadataPatch(f, changedMeta),
              }),
            );
            version.current = saved.version;
            setSavedVersion(saved.version);
            setCurrentSlug(saved.summary.slug);
            setSaveProblem(null);
            onSavedRef.current(saved.summary);
          } catch (error) {
            for (const key of changedMeta) changedMetadata.current.add(key);
            setSaveProblem({ message: errorMessage(error), staleVersion: await isStale(error) });
            throw error;
          }
        },
      }),
    // The scheduler belongs to this one opened draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft.id],
  );

  /** A CONFLICT is either a stale version (choose whose text wins) or a field problem (a taken slug). */
  async function isStale(error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return false;
    try {
      return (await unwrap(api().drafts.get({ id: draft.id }))).version !== version.current;
    } catch {
      return false;
    }
  }

  const refreshPreview = useMemo(
    () =>
      throttle(() => {
        const editor = editorRef.current;
        if (!editor) return;
        const f = fieldsRef.current;
        const sequence = ++previewSequence.current;
        unwrap(api().preview.render({ title: f.title, author: f.author, date: f.date, tags: f.tags, doc: editor.getJSON() }))
          .then(({ html }) => {
            if (sequence !== previewSequence.current) return; // a newer render is on its way
            setPreviewHtml(html);
            setPreviewError(null);
          })
          .catch((error: unknown) => setPreviewError(errorMessage(error)));
      }, PREVIEW_INTERVAL_MS),
    [],
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

  const updateFields = useCallback(
    (patch: Partial<DraftFields>) => {
      for (const key of Object.keys(patch)) {
        if (isMetadataKey(key)) changedMetadata.current.add(key);
      }
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      changed();
    },
    [changed],
  );

  /** After a stale-version conflict: save this window's text over the other version. */
  const keepMine = useCallback(async () => {
    try {
      version.current = (await unwrap(api().drafts.get({ id: draft.id }))).version;
      scheduler.touch();
      await scheduler.flush();
    } catch (error) {
      setSaveProblem({ message: errorMessage(error), staleVersion: false });
    }
  }, [draft.id, scheduler]);

  const flush = useCallback(() => scheduler.flush(), [scheduler]);

  // Closing the draft: stop the throttled work and write what is pending (the scheduler
  // is not disposed first, which would drop the unsaved change), then keep a revision.
  useEffect(
    () => () => {
      refreshPreview.cancel();
      refreshStats.cancel();
      void scheduler
        .flush()
        .then(() => api().revisions.checkpoint({ draftId: draft.id }))
        .catch(() => undefined);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scheduler, refreshPreview, refreshStats],
  );

  return {
    fields,
    updateFields,
    currentSlug,
    savedVersion,
    saveState,
    saveProblem,
    stats,
    previewHtml,
    previewError,
    editorRef,
    editorChanged,
    onEditorReady,
    keepMine,
    flush,
    scheduler,
  };
}
