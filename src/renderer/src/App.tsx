import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftSummary } from '../../shared/draft';
import type { MenuCommand } from '../../shared/ipc/contract';
import { api, errorMessage, unwrap } from './api';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DraftWorkspace } from './components/DraftWorkspace';
import { EmptyLibrary } from './components/EmptyLibrary';
import { Sidebar } from './components/Sidebar';
import { Toasts, type ToastMessage } from './components/Toast';

const TOAST_MS = 6000;

function sortByEdited(drafts: DraftSummary[]): DraftSummary[] {
  return [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
}

export function App() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  // `opened` tells two openings of the same draft apart, so a reload gets a fresh editor.
  const [open, setOpen] = useState<{ draft: Draft; isNew: boolean; opened: number } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const flushOpenDraft = useRef<(() => Promise<void>) | null>(null);
  const nextToastId = useRef(1);

  const notify = useCallback((kind: ToastMessage['kind'], text: string) => {
    const id = nextToastId.current++;
    setToasts((current) => [...current, { id, kind, text }]);
    setTimeout(() => setToasts((current) => current.filter((t) => t.id !== id)), TOAST_MS);
  }, []);

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

  const openDraft = useCallback(
    async (id: number, isNew = false) => {
      if (open?.draft.id === id) return;
      if (!(await saveOpenDraft())) return;
      try {
        setOpen({ draft: await unwrap(api().drafts.get({ id })), isNew, opened: Date.now() });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [open, saveOpenDraft, notify],
  );

  const createDraft = useCallback(async () => {
    if (!(await saveOpenDraft())) return;
    try {
      const draft = await unwrap(api().drafts.create({}));
      setDrafts((current) => sortByEdited([draft, ...(current ?? [])]));
      setOpen({ draft, isNew: true, opened: Date.now() });
    } catch (error) {
      notify('error', `Could not create a draft: ${errorMessage(error)}`);
    }
  }, [saveOpenDraft, notify]);

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

  const deleteOpenDraft = useCallback(async () => {
    setConfirmingDelete(false);
    if (!open) return;
    const { id } = open.draft;
    try {
      flushOpenDraft.current = null; // nothing left to save
      await unwrap(api().drafts.delete({ id }));
      const remaining = (drafts ?? []).filter((d) => d.id !== id);
      setDrafts(remaining);
      setOpen(null);
      const next = remaining[0];
      if (next) setOpen({ draft: await unwrap(api().drafts.get({ id: next.id })), isNew: false, opened: Date.now() });
    } catch (error) {
      notify('error', `Could not delete: ${errorMessage(error)}`);
    }
  }, [open, drafts, notify]);

  const reloadOpenDraft = useCallback(async () => {
    if (!open) return;
    flushOpenDraft.current = null; // the unsaved text is being thrown away on purpose
    try {
      const draft = await unwrap(api().drafts.get({ id: open.draft.id }));
      setOpen({ draft, isNew: false, opened: Date.now() });
      const { id, title, slug, author, date, excerpt, wordCount, readingMinutes, updatedAt } = draft;
      const summary: DraftSummary = { id, title, slug, author, date, excerpt, wordCount, readingMinutes, updatedAt };
      setDrafts((current) => sortByEdited((current ?? []).map((d) => (d.id === id ? summary : d))));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  }, [open, notify]);

  const onSaved = useCallback((summary: DraftSummary) => {
    setDrafts((current) => sortByEdited((current ?? []).map((d) => (d.id === summary.id ? summary : d))));
  }, []);

  // First load: the library, and the most recently edited draft.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const list = await unwrap(api().drafts.list());
        if (cancelled) return;
        setDrafts(list);
        const first = list[0];
        if (first) {
          const draft = await unwrap(api().drafts.get({ id: first.id }));
          if (!cancelled) setOpen((current) => current ?? { draft, isNew: false, opened: Date.now() });
        }
      } catch (error) {
        if (!cancelled) {
          setDrafts([]);
          notify('error', `Could not open the library: ${errorMessage(error)}`);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [notify]);

  // The application menu and the window's close handshake.
  const commands = useRef<Record<MenuCommand, () => void>>({
    'new-draft': () => undefined,
    'export-html': () => undefined,
    'delete-draft': () => undefined,
  });
  commands.current = {
    'new-draft': () => void createDraft(),
    'export-html': () => void exportOpenDraft(),
    'delete-draft': () => open && setConfirmingDelete(true),
  };
  useEffect(() => {
    const offMenu = api().events.on('menu:command', (command) => commands.current[command]?.());
    const offClose = api().events.on('app:before-close', () => {
      void saveOpenDraft().finally(() => api().app.readyToClose());
    });
    return () => {
      offMenu();
      offClose();
    };
  }, [saveOpenDraft]);

  const isEmpty = drafts !== null && drafts.length === 0 && !open;
  return (
    <div className="app">
      <Sidebar drafts={drafts} selectedId={open?.draft.id ?? null} onSelect={(id) => void openDraft(id)} onCreate={() => void createDraft()} />
      <main className="main">
        {open ? (
          <DraftWorkspace
            key={`${open.draft.id}:${open.opened}`}
            draft={open.draft}
            isNew={open.isNew}
            onSaved={onSaved}
            registerFlush={registerFlush}
            onExport={() => void exportOpenDraft()}
            onDelete={() => setConfirmingDelete(true)}
            onReload={() => void reloadOpenDraft()}
          />
        ) : isEmpty ? (
          <EmptyLibrary onCreate={() => void createDraft()} />
        ) : null}
      </main>
      {confirmingDelete && open ? (
        <ConfirmDialog
          title="Delete this draft?"
          message={`“${drafts?.find((d) => d.id === open.draft.id)?.title || 'Untitled'}” will be deleted from your library. This cannot be undone.`}
          confirmLabel="Delete draft"
          onConfirm={() => void deleteOpenDraft()}
          onCancel={() => setConfirmingDelete(false)}
        />
      ) : null}
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((current) => current.filter((t) => t.id !== id))} />
    </div>
  );
}
