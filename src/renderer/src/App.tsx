import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, DraftSummary } from '../../shared/draft';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { LibraryCounts, SearchHit } from '../../shared/library';
import { api, errorMessage, unwrap } from './api';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DraftWorkspace } from './components/DraftWorkspace';
import { EmptyLibrary } from './components/EmptyLibrary';
import type { InspectorTab } from './components/Inspector';
import { Preferences } from './components/Preferences';
import { PublishDialog } from './components/PublishDialog';
import { QuickOpen } from './components/QuickOpen';
import { Sidebar } from './components/Sidebar';
import { TagManager } from './components/TagManager';
import { Toasts, type ToastMessage } from './components/Toast';
import { viewFilter, type LibraryView } from './library/libraryView';
import { useDraftList } from './library/useDraftList';
import { usePageShortcuts } from './settings/pageShortcuts';
import { useDistractionFree } from './settings/useDistractionFree';
import { useSettings } from './settings/useSettings';
import { throttle } from './throttle';

const TOAST_MS = 6000;
const SEARCH_DELAY_MS = 120;
const REFRESH_INTERVAL_MS = 800;

type Confirmation = { kind: 'delete-forever'; draft: DraftSummary } | { kind: 'empty-trash'; count: number };

export function App() {
  const [view, setView] = useState<LibraryView>({ kind: 'all' });
  const [counts, setCounts] = useState<LibraryCounts | null>(null);
  const [search, setSearch] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  // `opened` tells two openings of the same draft apart, so a reload gets a fresh editor.
  const [open, setOpen] = useState<{ draft: Draft; isNew: boolean; opened: number } | null>(null);
  const [tab, setTab] = useState<InspectorTab>('preview');
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [quickOpen, setQuickOpen] = useState(false);
  const [managingTags, setManagingTags] = useState(false);
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const flushOpenDraft = useRef<(() => Promise<void>) | null>(null);
  const nextToastId = useRef(1);
  const filter = useMemo(() => viewFilter(view), [view]);
  const list = useDraftList(filter);

  const notify = useCallback((kind: ToastMessage['kind'], text: string, action?: ToastMessage['action']) => {
    const id = nextToastId.current++;
    setToasts((current) => [...current, { id, kind, text, action }]);
    setTimeout(() => setToasts((current) => current.filter((t) => t.id !== id)), TOAST_MS);
  }, []);

  const { settings, updateSettings } = useSettings(notify);
  const distractionFree = useDistractionFree();

  const loadCounts = useCallback(() => {
    unwrap(api().library.counts())
      .then(setCounts)
      .catch((error: unknown) => notify('error', `Could not read the library: ${errorMessage(error)}`));
  }, [notify]);

  // Saves arrive every second while typing; the list and counts catch up at most this often.
  const listRef = useRef(list);
  listRef.current = list;
  const refreshLibrary = useMemo(
    () =>
      throttle(() => {
        listRef.current.refresh();
        loadCounts();
      }, REFRESH_INTERVAL_MS),
    [loadCounts],
  );
  useEffect(() => () => refreshLibrary.cancel(), [refreshLibrary]);
  useEffect(loadCounts, [loadCounts]);

  const registerFlush = useCallback((flush: (() => Promise<void>) | null) => {
    flushOpenDraft.current = flush;
  }, []);

  /** Saves the open draft; false (with the reason shown) when that failed. */
  const saveOpenDraft = useCallback(async (): Promise<boolean> => {
    try {
      await flushOpenDraft.current?.();
      return true;
    } catch (error) {
      notify('error', `Could not save: ${errorMessage(error)}`);
      return false;
    }
  }, [notify]);

  const show = useCallback((draft: Draft, isNew = false) => setOpen({ draft, isNew, opened: Date.now() }), []);

  const openDraft = useCallback(
    async (id: number) => {
      if (open?.draft.id === id) return;
      if (!(await saveOpenDraft())) return;
      try {
        show(await unwrap(api().drafts.get({ id })));
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [open, saveOpenDraft, show, notify],
  );

  const createDraft = useCallback(async () => {
    if (!(await saveOpenDraft())) return;
    try {
      const draft = await unwrap(api().drafts.create({}));
      if (view.kind === 'trash') setView({ kind: 'all' });
      setSearch('');
      show(draft, true);
      refreshLibrary();
    } catch (error) {
      notify('error', `Could not create a draft: ${errorMessage(error)}`);
    }
  }, [saveOpenDraft, view, show, refreshLibrary, notify]);

  const exportOpenDraft = useCallback(async () => {
    if (!open) return;
    if (!(await saveOpenDraft())) return;
    try {
      const { path } = await unwrap(api().export.html({ id: open.draft.id }));
      if (path) notify('info', `Exported to ${path}`);
    } catch (error) {
      notify('error', `Export failed: ${errorMessage(error)}`);
    }
  }, [open, saveOpenDraft, notify]);

  const exportOpenDraftMarkdown = useCallback(async () => {
    if (!open) return;
    if (!(await saveOpenDraft())) return;
    try {
      const { path } = await unwrap(api().export.markdown({ id: open.draft.id }));
      if (path) notify('info', `Exported to ${path}`);
    } catch (error) {
      notify('error', `Export failed: ${errorMessage(error)}`);
    }
  }, [open, saveOpenDraft, notify]);

  /** A Markdown or HTML file the writer picks becomes a new draft, opened at once. */
  const importFile = useCallback(async () => {
    if (!(await saveOpenDraft())) return;
    try {
      const { draft } = await unwrap(api().import.file());
      if (!draft) return;
      if (view.kind === 'trash') setView({ kind: 'all' });
      setSearch('');
      show(draft);
      refreshLibrary();
      notify('info', `Imported “${draft.title || 'Untitled'}”.`);
    } catch (error) {
      notify('error', `Could not import: ${errorMessage(error)}`);
    }
  }, [saveOpenDraft, view, show, refreshLibrary, notify]);

  /** Opens the next draft of the list after one leaves it (trash, restore, delete). */
  const openNeighbour = useCallback(
    async (leavingId: number) => {
      const rows = list.loadedRows();
      const index = rows.findIndex((d) => d.id === leavingId);
      const next = rows[index + 1] ?? rows[index - 1];
      setOpen(null);
      if (next && next.id !== leavingId) {
        try {
          show(await unwrap(api().drafts.get({ id: next.id })));
        } catch {
          // The list is refreshed next; nothing else to do.
        }
      }
    },
    [list, show],
  );

  const untrash = useCallback(
    async (id: number) => {
      try {
        const summary = await unwrap(api().drafts.untrash({ id }));
        notify('info', `“${summary.title || 'Untitled'}” is back in the library.`);
        if (view.kind === 'trash') await openNeighbour(id);
        else show(await unwrap(api().drafts.get({ id })));
        refreshLibrary();
      } catch (error) {
        notify('error', `Could not restore: ${errorMessage(error)}`);
      }
    },
    [view, openNeighbour, show, refreshLibrary, notify],
  );

  const trashOpenDraft = useCallback(async () => {
    if (!open || open.draft.trashedAt) return;
    const { id } = open.draft;
    await saveOpenDraft();
    try {
      const summary = await unwrap(api().drafts.trash({ id }));
      await openNeighbour(id);
      refreshLibrary();
      notify('info', `Moved “${summary.title || 'Untitled'}” to the trash.`, { label: 'Undo', run: () => void untrash(id) });
    } catch (error) {
      notify('error', `Could not move to the trash: ${errorMessage(error)}`);
    }
  }, [open, saveOpenDraft, openNeighbour, refreshLibrary, notify, untrash]);

  const confirm = useCallback(async () => {
    const current = confirmation;
    setConfirmation(null);
    if (!current) return;
    try {
      if (current.kind === 'delete-forever') {
        flushOpenDraft.current = null; // nothing left to save
        await unwrap(api().drafts.delete({ id: current.draft.id }));
        await openNeighbour(current.draft.id);
      } else {
        const { deleted } = await unwrap(api().drafts.emptyTrash());
        if (open?.draft.trashedAt) setOpen(null);
        notify('info', `Deleted ${deleted} ${deleted === 1 ? 'draft' : 'drafts'} for good.`);
      }
      refreshLibrary();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  }, [confirmation, open, openNeighbour, refreshLibrary, notify]);

  const reloadOpenDraft = useCallback(async () => {
    if (!open) return;
    flushOpenDraft.current = null; // the unsaved text is being thrown away on purpose
    try {
      show(await unwrap(api().drafts.get({ id: open.draft.id })));
      refreshLibrary();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  }, [open, show, refreshLibrary, notify]);

  /** Tags were renamed, merged or deleted across the library: the open draft shows the result. */
  const tagsChanged = useCallback(async () => {
    refreshLibrary();
    if (!open) return;
    if (!(await saveOpenDraft())) return;
    try {
      show(await unwrap(api().drafts.get({ id: open.draft.id })));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  }, [open, refreshLibrary, saveOpenDraft, show, notify]);

  const onRestored = useCallback(
    (draft: Draft) => {
      flushOpenDraft.current = null;
      show(draft);
      refreshLibrary();
      notify('info', 'Restored. The text before the restore is kept in the history.');
    },
    [show, refreshLibrary, notify],
  );

  // Search as you type, combined with the sidebar's filter.
  useEffect(() => {
    const query = search.trim();
    if (!query) {
      setHits(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      const { status, tag } = filter;
      unwrap(api().search.query({ query, status, tag, limit: 50 }))
        .then((result) => {
          if (!cancelled) setHits(result);
        })
        .catch((error: unknown) => {
          if (!cancelled) notify('error', `Search failed: ${errorMessage(error)}`);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [search, filter, notify]);

  // First load: open the most recently edited draft.
  const firstLoad = useRef(true);
  useEffect(() => {
    if (!firstLoad.current || list.total === null) return;
    firstLoad.current = false;
    const first = list.rowAt(0);
    if (first) {
      unwrap(api().drafts.get({ id: first.id }))
        .then((draft) => setOpen((current) => current ?? { draft, isNew: false, opened: Date.now() }))
        .catch((error: unknown) => notify('error', errorMessage(error)));
    }
  }, [list, notify]);

  // The application menu, the quick-open shortcut and the window's close handshake.
  const commands = useRef<Partial<Record<MenuCommand, () => void>>>({});
  commands.current = {
    'new-draft': () => void createDraft(),
    'export-html': () => void exportOpenDraft(),
    'delete-draft': () => void trashOpenDraft(),
    'quick-open': () => setQuickOpen(true),
    'import-file': () => void importFile(),
    'export-markdown': () => void exportOpenDraftMarkdown(),
    preferences: () => setPreferencesOpen(true),
    'publish-site': () => setPublishOpen(true),
    'toggle-focus-mode': () => void updateSettings({ focusMode: !settings.focusMode }),
    'toggle-typewriter-scrolling': () => void updateSettings({ typewriterScrolling: !settings.typewriterScrolling }),
    // Only a draft can be written in; with none open there would be nothing left on screen.
    'toggle-distraction-free': () => {
      if (open || distractionFree.active) distractionFree.toggle();
    },
  } satisfies Record<MenuCommand, () => void>;
  usePageShortcuts((command) => commands.current[command]?.());
  useEffect(() => {
    const offMenu = api().events.on('menu:command', (command) => commands.current[command]?.());
    const offClose = api().events.on('app:before-close', () => {
      const draftId = open?.draft.id;
      void saveOpenDraft()
        .then(() => (draftId === undefined ? null : api().revisions.checkpoint({ draftId })))
        .finally(() => api().app.readyToClose());
    });
    const onKey = (event: KeyboardEvent): void => {
      if ((event.metaKey || event.ctrlKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setQuickOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      offClose();
      window.removeEventListener('keydown', onKey);
    };
  }, [saveOpenDraft, open]);

  const libraryEmpty = counts !== null && counts.all === 0 && counts.trash === 0 && !open;
  return (
    <div className={distractionFree.active ? 'app distraction-free' : 'app'}>
      <Sidebar
        view={view}
        onView={(next) => {
          setView(next);
          setSearch('');
        }}
        counts={counts}
        list={list}
        selectedId={open?.draft.id ?? null}
        onSelect={(id) => void openDraft(id)}
        onCreate={() => void createDraft()}
        search={search}
        onSearch={setSearch}
        hits={hits}
        onManageTags={() => setManagingTags(true)}
        onEmptyTrash={() => setConfirmation({ kind: 'empty-trash', count: counts?.trash ?? 0 })}
        onImport={() => void importFile()}
        onPreferences={() => setPreferencesOpen(true)}
      />
      <main className="main">
        {open ? (
          <DraftWorkspace
            key={`${open.draft.id}:${open.opened}`}
            draft={open.draft}
            isNew={open.isNew}
            tab={tab}
            onTab={setTab}
            tagSuggestions={counts?.tags.map((t) => t.name) ?? []}
            onSaved={refreshLibrary}
            registerFlush={registerFlush}
            onExport={() => void exportOpenDraft()}
            onPublish={() => setPublishOpen(true)}
            onTrash={() => void trashOpenDraft()}
            onUntrash={() => void untrash(open.draft.id)}
            onDeleteForever={() => setConfirmation({ kind: 'delete-forever', draft: open.draft })}
            onReload={() => void reloadOpenDraft()}
            onRestored={onRestored}
            notify={notify}
          />
        ) : libraryEmpty ? (
          <EmptyLibrary onCreate={() => void createDraft()} onImport={() => void importFile()} />
        ) : (
          <div className="no-selection">
            <p>{view.kind === 'trash' ? 'Drafts in the trash stay here until you empty it.' : 'Choose a draft, or start a new one.'}</p>
          </div>
        )}
      </main>
      {confirmation?.kind === 'delete-forever' ? (
        <ConfirmDialog
          title="Delete this draft forever?"
          message={`“${confirmation.draft.title || 'Untitled'}” and its history will be deleted. This cannot be undone.`}
          confirmLabel="Delete forever"
          onConfirm={() => void confirm()}
          onCancel={() => setConfirmation(null)}
        />
      ) : null}
      {confirmation?.kind === 'empty-trash' ? (
        <ConfirmDialog
          title="Empty the trash?"
          message={`${confirmation.count} ${confirmation.count === 1 ? 'draft' : 'drafts'} and their history will be deleted. This cannot be undone.`}
          confirmLabel="Empty trash"
          onConfirm={() => void confirm()}
          onCancel={() => setConfirmation(null)}
        />
      ) : null}
      {quickOpen ? <QuickOpen onOpen={(id) => void openDraft(id)} onClose={() => setQuickOpen(false)} /> : null}
      {managingTags && counts ? <TagManager tags={counts.tags} onChanged={tagsChanged} onClose={() => setManagingTags(false)} /> : null}
      {publishOpen ? <PublishDialog beforeExport={saveOpenDraft} onClose={() => setPublishOpen(false)} /> : null}
      {preferencesOpen ? <Preferences settings={settings} onChange={(patch) => void updateSettings(patch)} onClose={() => setPreferencesOpen(false)} /> : null}
      {distractionFree.active ? (
        <p className="distraction-free-hint" role="status">
          Press <kbd>Esc</kbd> to leave distraction-free writing
        </p>
      ) : null}
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((current) => current.filter((t) => t.id !== id))} />
    </div>
  );
}
