import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JSONContent } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import type { Fragment, Node as PMNode } from '@tiptap/pm/model';
import type { Draft, DraftMetadataPatch, DraftSummary } from '../../../shared/draft';
import type { DocStats } from '../../../shared/editor/docStats';
import { api, ApiError, errorMessage, unwrap } from '../api';
import { SaveScheduler, type SaveState } from '../autosave/saveScheduler';
import { fieldsOf, type DraftFields } from '../draftFields';
import { onSiteSettingsSaved } from '../preview/siteSettingsSaved';
import { browserIdleScheduler } from '../scheduling/idleScheduler';
import { IdleTask } from '../scheduling/idleTask';
import { IncrementalStats } from '../stats/incrementalStats';
import { createValueStore, type ValueStore } from '../store/valueStore';

/**
 * Autosave waits for a pause in typing (but never lets more than a second go unsaved), then
 * for an idle moment: a save starts at most SAVE_QUIET_MS + SAVE_IDLE_TIMEOUT_MS after the
 * last keystroke. Closing the draft saves at once.
 */
const SAVE_QUIET_MS = 400;
const SAVE_MAX_WAIT_MS = 1000;
const SAVE_IDLE_TIMEOUT_MS = 400;
/**
 * The preview sends the whole document to be rendered, so it follows typing at most once a
 * second, in idle moments.
 */
const PREVIEW_INTERVAL_MS = 1000;
const PREVIEW_IDLE_TIMEOUT_MS = 1000;
/** The status bar's counts are incremental (one paragraph per keystroke), so they follow closely. */
const STATUS_INTERVAL_MS = 150;
const STATUS_IDLE_TIMEOUT_MS = 300;
/** Below this much idle time left, a first count of a long document waits for the next idle moment. */
const COUNT_SLICE_RESERVE_MS = 2;

/** What the status bar shows. */
export interface DraftStatus {
  stats: DocStats | null;
  /** Words in the selection; null when nothing is selected. */
  selectionWords: number | null;
  saveState: SaveState;
}

/** The post as the preview shows it: its page in the site's theme, or why it could not be made. */
export interface PreviewState {
  html: string | null;
  error: string | null;
}

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

function sameStats(a: DocStats | null, b: DocStats | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.words === b.words && a.cjkCharacters === b.cjkCharacters && a.characters === b.characters &&
    a.images === b.images && a.readingMinutes === b.readingMinutes
  );
}

function sameStatus(a: DraftStatus, b: DraftStatus): boolean {
  return sameStats(a.stats, b.stats) && a.selectionWords === b.selectionWords && a.saveState === b.saveState;
}

/**
 * One open draft's state and its autosave: the fields, the editor, the save scheduler, the
 * live preview and the counts. Typing never re-renders React: a keystroke only notes that
 * something changed, and the work it calls for (saving, the preview, the counts) runs in idle
 * moments, throttled, reading the newest document when it runs. The status bar and the
 * preview read their values from stores, so updating them re-renders nothing else.
 */
export function useDraftSession(draft: Draft, onSaved: (summary: DraftSummary) => void) {
  const [fields, setFields] = useState<DraftFields>(() => fieldsOf(draft));
  const [currentSlug, setCurrentSlug] = useState(draft.slug);
  const [savedVersion, setSavedVersion] = useState(draft.version);
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  // The editor as React state too, for the preview's scroll sync (set once it is ready).
  const [editor, setEditor] = useState<Editor | null>(null);

  const fieldsRef = useRef(fields);
  const changedMetadata = useRef(new Set<MetadataKey>());
  const editorRef = useRef<Editor | null>(null);
  /** The newest document, kept when the editor goes away so the save on close still has it. */
  const latestDoc = useRef<PMNode | null>(null);
  const pristine = useRef(true);
  const openedDoc = useRef<PMNode | null>(null);
  const version = useRef(draft.version);
  const saveState = useRef<SaveState>('saved');
  const previewOutdated = useRef(false);
  const stopWatchingEditor = useRef<(() => void) | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const currentDoc = useCallback((): PMNode | null => {
    const live = editorRef.current;
    return live && !live.isDestroyed ? live.state.doc : latestDoc.current;
  }, []);

  // Per opened draft (the workspace is keyed by it), like everything below.
  const status = useMemo(() => createValueStore<DraftStatus>({ stats: null, selectionWords: null, saveState: 'saved' }), []);
  const counter = useMemo(() => new IncrementalStats(), []);

  const statusTask = useMemo(
    () =>
      new IdleTask({
        minIntervalMs: STATUS_INTERVAL_MS,
        idleTimeoutMs: STATUS_IDLE_TIMEOUT_MS,
        idle: browserIdleScheduler,
        run: (deadline) => {
          const doc = currentDoc();
          let stats = status.get().stats;
          if (doc) {
            // A long draft's first count is spread over idle moments; until then the old counts stay.
            if (counter.prepare(doc, () => deadline.timeRemaining() > COUNT_SLICE_RESERVE_MS)) stats = counter.docStats(doc);
            else statusTask.schedule();
          }
          const live = editorRef.current;
          const selection = live && !live.isDestroyed ? live.state.selection : null;
          const selectionWords = live && selection && !selection.empty ? counter.wordsBetween(live.state.doc, selection.from, selection.to) : null;
          const next: DraftStatus = { stats, selectionWords, saveState: saveState.current };
          if (!sameStatus(next, status.get())) status.set(next);
        },
      }),
    [status, counter, currentDoc],
  );

  const scheduler = useMemo(
    () =>
      new SaveScheduler({
        quietMs: SAVE_QUIET_MS,
        maxWaitMs: SAVE_MAX_WAIT_MS,
        idle: browserIdleScheduler,
        idleTimeoutMs: SAVE_IDLE_TIMEOUT_MS,
        onStateChange: (state) => {
          saveState.current = state;
          statusTask.schedule();
        },
        save: async () => {
          const doc = currentDoc();
          if (!doc) return;
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
                doc: doc.toJSON() as JSONContent,
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

  const previewStore = useMemo(() => createValueStore<PreviewState>({ html: null, error: null }), []);
  const previewTask = useMemo(
    () =>
      new IdleTask({
        minIntervalMs: PREVIEW_INTERVAL_MS,
        idleTimeoutMs: PREVIEW_IDLE_TIMEOUT_MS,
        idle: browserIdleScheduler,
        run: async () => {
          // Nobody looks at the preview (another tab is open): render it when it is shown.
          if (previewStore.subscriberCount() === 0) {
            previewOutdated.current = true;
            return;
          }
          previewOutdated.current = false;
          const doc = currentDoc();
          if (!doc) return;
          const { title, author, date, tags, description, coverImage, language } = fieldsRef.current;
          try {
            const { html } = await unwrap(
              api().preview.render({ title, author, date, tags, description, coverImage, language, doc: doc.toJSON() as JSONContent }),
            );
            previewStore.set({ html, error: null });
          } catch (error) {
            previewStore.set({ html: previewStore.get().html, error: errorMessage(error) });
          }
        },
      }),
    [previewStore, currentDoc],
  );
  /** The preview's store; subscribing to it brings an outdated preview up to date. */
  const preview = useMemo<ValueStore<PreviewState>>(
    () => ({
      ...previewStore,
      subscribe(listener) {
        const unsubscribe = previewStore.subscribe(listener);
        if (previewOutdated.current) previewTask.schedule();
        return unsubscribe;
      },
    }),
    [previewStore, previewTask],
  );
  // The preview shows the post in the site's theme: a new theme, custom CSS or language shows at once.
  useEffect(() => onSiteSettingsSaved(() => previewTask.schedule()), [previewTask]);

  const changed = useCallback(() => {
    pristine.current = false;
    scheduler.touch();
    previewTask.schedule();
    statusTask.schedule();
  }, [scheduler, previewTask, statusTask]);

  const editorChanged = useCallback(
    (changedEditor: Editor) => {
      const { doc } = changedEditor.state;
      if (!openedDoc.current) {
        // Not reported ready yet (Tiptap announces an update when its editability is set):
        // what it shows now is what was opened.
        openedDoc.current = doc;
        latestDoc.current = doc;
        return;
      }
      // An update without a new document (editability changed) is no edit.
      if (doc === latestDoc.current) return;
      latestDoc.current = doc;
      // Cheap: unchanged blocks are the same nodes, so the comparison stops at references.
      if (pristine.current && isUnchanged(doc, openedDoc.current)) return;
      changed();
    },
    [changed],
  );

  const onEditorReady = useCallback(
    (ready: Editor | null) => {
      stopWatchingEditor.current?.();
      stopWatchingEditor.current = null;
      if (!ready) {
        // The editor is going away: keep its text for the save that closing the draft makes.
        const leaving = editorRef.current;
        if (leaving && !leaving.isDestroyed) latestDoc.current = leaving.state.doc;
        editorRef.current = null;
        setEditor(null);
        return;
      }
      editorRef.current = ready;
      latestDoc.current = ready.state.doc;
      openedDoc.current ??= ready.state.doc;
      const selectionChanged = (): void => statusTask.schedule();
      ready.on('selectionUpdate', selectionChanged);
      stopWatchingEditor.current = () => ready.off('selectionUpdate', selectionChanged);
      setEditor(ready);
      statusTask.schedule();
      previewTask.schedule();
    },
    [statusTask, previewTask],
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

  // Closing the draft: stop the deferred work and write what is pending, at once (the
  // scheduler is not disposed first, which would drop the unsaved change), then keep a revision.
  useEffect(
    () => () => {
      previewTask.cancel();
      statusTask.cancel();
      stopWatchingEditor.current?.();
      void scheduler
        .flush()
        .then(() => api().revisions.checkpoint({ draftId: draft.id }))
        .catch(() => undefined);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scheduler, previewTask, statusTask],
  );

  return {
    fields,
    updateFields,
    currentSlug,
    savedVersion,
    saveProblem,
    /** Counts, selection and save state, for the status bar. */
    status,
    /** The rendered post, for the preview. */
    preview,
    editor,
    editorRef,
    editorChanged,
    onEditorReady,
    keepMine,
    flush,
    scheduler,
  };
}
