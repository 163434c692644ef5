import { useModalDialog } from '../hooks/useModalDialog';
import { PAGE_SHORTCUTS } from '../../../shared/pageShortcuts';
import { keyLabels, SHORTCUT_GROUPS, SHORTCUTS, type Shortcut, type ShortcutGroup } from './shortcuts';

const PAGE_SHORTCUT_LABELS: Record<string, string> = {
  preferences: 'Preferences',
  focusMode: 'Focus mode',
  typewriterScrolling: 'Typewriter scrolling',
  distractionFree: 'Hide everything but the text',
};

/** The app's own page shortcuts (settings, writing modes), listed beside the editor's. */
function pageShortcuts(): Shortcut[] {
  return Object.entries(PAGE_SHORTCUTS).map(([name, shortcut]) => ({
    keys: [`Mod-${shortcut.shift ? 'Shift-' : ''}${shortcut.key}`],
    label: PAGE_SHORTCUT_LABELS[name] ?? name,
    group: 'App',
  }));
}

function Keys({ binding, apple }: { binding: string; apple: boolean }) {
  return (
    <span className="shortcut-keys">
      {keyLabels(binding, apple).map((key, index) => (
        <kbd key={index}>{key}</kbd>
      ))}
    </span>
  );
}

const GROUP_TITLES: Record<ShortcutGroup, string> = {
  Text: 'Text',
  Paragraphs: 'Paragraphs',
  Insert: 'Insert',
  Editing: 'Editing',
  App: 'Inkpress',
};

/** Every keyboard shortcut and Markdown habit, from the one shortcut table (Mod-/ or the ? button). */
export function ShortcutSheet({ apple, onClose }: { apple: boolean; onClose: () => void }) {
  const dialog = useModalDialog();
  const editorShortcuts: Shortcut[] = Object.values(SHORTCUTS);
  const all = [...editorShortcuts, ...pageShortcuts()];
  const markdown = editorShortcuts.flatMap((s) => (s.markdown ? [{ label: s.label, markdown: s.markdown }] : []));
  return (
    <dialog
      ref={dialog}
      className="sheet shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose(); // a click on the backdrop
      }}
    >
      <header className="shortcut-sheet-header">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose} autoFocus>
          ×
        </button>
      </header>
      <div className="shortcut-columns">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcut-group" aria-label={GROUP_TITLES[group]}>
            <h3>{GROUP_TITLES[group]}</h3>
            <dl>
              {all
                .filter((shortcut) => shortcut.group === group)
                .map((shortcut) => (
                  <div key={`${shortcut.label}-${shortcut.keys.join()}`} className="shortcut-row">
                    <dt>{shortcut.label}</dt>
                    <dd>
                      {shortcut.keys.map((binding, index) => (
                        <span key={binding}>
                          {index > 0 ? <span className="shortcut-or">or</span> : null}
                          <Keys binding={binding} apple={apple} />
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
        <section className="shortcut-group" aria-label="Markdown while typing">
          <h3>Markdown while typing</h3>
          <dl>
            {markdown.map((shortcut) => (
              <div key={shortcut.label} className="shortcut-row">
                <dt>{shortcut.label}</dt>
                <dd>
                  <code>{shortcut.markdown}</code>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </dialog>
  );
}
