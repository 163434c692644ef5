import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { api, errorMessage, unwrap } from '../api';
import { useModalDialog } from '../hooks/useModalDialog';
import type { SiteField } from '../publish/siteForm';
import { usePostChoice } from '../publish/usePostChoice';
import { useSiteExport } from '../publish/useSiteExport';
import { useSiteSettings } from '../publish/useSiteSettings';
import { PublishPosts } from './PublishPosts';
import { PublishProgress } from './PublishProgress';
import { PublishSiteSettings } from './PublishSiteSettings';
import { PublishSummary } from './PublishSummary';
import '../publish/publish.css';

interface PublishDialogProps {
  /** Saves the open draft, so the site has its latest words; false when that failed (and was said). */
  beforeExport: () => Promise<boolean>;
  onClose: () => void;
}

const NEEDS_ADDRESS = 'The site needs its address, like https://example.com/: feeds and the sitemap are written with it.';

/**
 * Publish: the site's settings, which posts go on it and where it is written; then the export
 * with its progress, and a summary with the folder and the home page a click away.
 */
export function PublishDialog({ beforeExport, onClose }: PublishDialogProps) {
  const dialog = useModalDialog();
  const id = useId();
  const settings = useSiteSettings();
  const choice = usePostChoice();
  const siteExport = useSiteExport();
  const [folder, setFolder] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const primary = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const { state } = siteExport;

  useEffect(() => {
    let mounted = true;
    unwrap(api().site.getFolder())
      .then(({ outDir }) => {
        if (mounted) setFolder(outDir);
      })
      .catch((error: unknown) => {
        if (mounted) setProblem(errorMessage(error));
      });
    return () => {
      mounted = false;
    };
  }, []);

  useEffect(() => {
    if (state.kind === 'done') setFolder(state.summary.outDir);
    if (state.kind === 'failed') setProblem(state.message);
  }, [state]);

  // Each view puts the focus on what comes next: Cancel while it runs, the site once it is done,
  // Export again back in the settings (the first time, the effect below decides).
  const view = state.kind === 'running' ? 'running' : state.kind === 'done' ? 'done' : 'settings';
  const firstFocus = useRef(true);
  useEffect(() => {
    if (view !== 'settings') primary.current?.focus();
    else if (!firstFocus.current) exportButton.current?.focus();
  }, [view]);

  // Once the settings are in: a site already set up is one click from its export; a new one starts at its title.
  const loaded = settings.form !== null;
  useEffect(() => {
    if (!loaded || !firstFocus.current) return;
    firstFocus.current = false;
    const target = settings.saved?.baseUrl ? exportButton.current : dialog.current?.querySelector<HTMLElement>('[data-field="title"] input');
    target?.focus();
  }, [loaded, settings.saved, dialog]);

  const focusField = useCallback(
    (field: SiteField) => {
      const control = dialog.current?.querySelector<HTMLElement>(`[data-field="${field}"] :is(input, textarea, select)`);
      control?.focus();
      control?.scrollIntoView({ block: 'center' });
    },
    [dialog],
  );

  const chooseFolder = async (): Promise<void> => {
    try {
      const { outDir } = await unwrap(api().site.chooseFolder());
      if (outDir) setFolder(outDir);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const exportSite = async (): Promise<void> => {
    setProblem(null);
    setPreparing(true);
    try {
      if (!(await beforeExport())) {
        setProblem('The open draft could not be saved, so the site was not exported. Try again once it is saved.');
        return;
      }
      const { firstInvalid, saved } = await settings.commitAll();
      if (firstInvalid) {
        focusField(firstInvalid);
        return;
      }
      if (saved && saved.baseUrl === '') {
        settings.setError('baseUrl', NEEDS_ADDRESS);
        focusField('baseUrl');
        return;
      }
      if (choice.mode === 'chosen' && choice.chosen.size === 0) {
        setProblem('Choose at least one post, or export the published ones.');
        return;
      }
    } finally {
      setPreparing(false);
    }
    await siteExport.start(choice.mode === 'chosen' ? { postIds: [...choice.chosen] } : {});
  };

  const open = async (what: 'folder' | 'browser'): Promise<void> => {
    setProblem(null);
    try {
      if (what === 'folder') await unwrap(api().site.openFolder());
      else await unwrap(api().site.openInBrowser());
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const close = async (): Promise<void> => {
    if (view === 'running') return;
    // Whatever was typed and is valid is kept; a refused value was never saved.
    await settings.commitAll();
    onClose();
  };

  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  return (
    <dialog
      ref={dialog}
      className="sheet publish-dialog"
      aria-labelledby={titleId}
      aria-describedby={view === 'done' ? summaryId : undefined}
      aria-busy={view === 'running'}
      onCancel={(event) => {
        event.preventDefault();
        void close();
      }}
    >
      <header className="publish-header">
        <h2 id={titleId}>Publish site</h2>
        <p className="sheet-hint">A complete website from your posts: pages, tags, feeds and a sitemap, ready to upload to any web host.</p>
      </header>

      <div className="publish-body">
        {view === 'settings' ? (
          settings.loadProblem ? (
            <p className="form-error">The site settings could not be read: {settings.loadProblem}</p>
          ) : settings.form ? (
            <>
              <PublishSiteSettings settings={settings} />
              <PublishPosts choice={choice} />
              <section className="publish-section" aria-labelledby={`${id}-folder`}>
                <h3 id={`${id}-folder`}>Export to</h3>
                <div className="publish-destination">
                  <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
                    <path d="M2.5 5.5a1.5 1.5 0 0 1 1.5-1.5h3.6l1.6 1.8H16a1.5 1.5 0 0 1 1.5 1.5v7.2A1.5 1.5 0 0 1 16 16H4a1.5 1.5 0 0 1-1.5-1.5z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
                  </svg>
                  <span className={folder ? 'publish-folder-path' : 'publish-folder-path unset'} title={folder ?? undefined}>
                    {folder ? <bdi dir="ltr">{folder}</bdi> : 'No folder chosen yet'}
                  </span>
                  <button type="button" className="button small" onClick={() => void chooseFolder()}>
                    {folder ? 'Change…' : 'Choose…'}
                  </button>
                </div>
                <p className="publish-field-hint">Exporting again writes only what changed. Files Inkpress did not write are never touched.</p>
              </section>
            </>
          ) : (
            <p className="publish-loading">Loading the site settings…</p>
          )
        ) : null}
        {state.kind === 'running' ? <PublishProgress progress={state.progress} cancelling={state.cancelling} folder={folder} /> : null}
        {state.kind === 'done' ? <PublishSummary summary={state.summary} headingId={summaryId} /> : null}
      </div>

      {problem ? (
        <p className="publish-problem" role="alert">
          {problem}
        </p>
      ) : null}

      <footer className="dialog-actions publish-actions">
        {view === 'settings' ? (
          <>
            <button type="button" className="button" onClick={() => void close()}>
              Close
            </button>
            <button ref={exportButton} type="button" className="button button-primary" disabled={!settings.form || preparing} onClick={() => void exportSite()}>
              Export site
            </button>
          </>
        ) : null}
        {view === 'running' ? (
          <button ref={primary} type="button" className="button" disabled={state.kind === 'running' && state.cancelling} onClick={siteExport.cancel}>
            Cancel export
          </button>
        ) : null}
        {state.kind === 'done' && state.summary.cancelled ? (
          <>
            <button type="button" className="button button-quiet publish-back" onClick={siteExport.reset}>
              Back to settings
            </button>
            <button type="button" className="button" onClick={() => void close()}>
              Close
            </button>
            <button ref={primary} type="button" className="button button-primary" onClick={() => void exportSite()}>
              Resume export
            </button>
          </>
        ) : null}
        {state.kind === 'done' && !state.summary.cancelled ? (
          <>
            <button type="button" className="button button-quiet publish-back" onClick={siteExport.reset}>
              Back to settings
            </button>
            <button type="button" className="button" onClick={() => void open('folder')}>
              Open folder
            </button>
            <button ref={primary} type="button" className="button" onClick={() => void open('browser')}>
              Open in browser
            </button>
            <button type="button" className="button button-primary" onClick={() => void close()}>
              Done
            </button>
          </>
        ) : null}
      </footer>
    </dialog>
  );
}
