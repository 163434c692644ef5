import { useEffect, useId, useState, type ReactNode } from 'react';
import { PAGE_SHORTCUTS, type PageShortcut } from '../../../shared/pageShortcuts';
import {
  EDITOR_FONTS,
  LINE_WIDTHS,
  SETTINGS_LIMITS,
  THEMES,
  type EditorFont,
  type LineWidth,
  type Settings,
  type SettingsPatch,
  type SpellingLanguages,
  type Theme,
} from '../../../shared/settings';
import { api, errorMessage, unwrap } from '../api';
import { formatBinding, isApplePlatform } from '../editor/shortcuts';
import { useModalDialog } from '../hooks/useModalDialog';
import { languageName } from '../settings/languageName';

interface PreferencesProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  onClose: () => void;
}

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const FONT_LABELS: Record<EditorFont, string> = { serif: 'Serif', sans: 'Sans', mono: 'Mono' };
const WIDTH_LABELS: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };

function shortcutLabel({ key, shift }: PageShortcut): string {
  return formatBinding(`Mod-${shift ? 'Shift-' : ''}${key}`, isApplePlatform());
}

/** One labelled row: the name (and a hint) on the left, the control on the right. */
function Row({ label, labelId, hint, children }: { label: string; labelId: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="preference-row">
      <div className="preference-label">
        <span id={labelId}>{label}</span>
        {hint ? <span className="preference-hint">{hint}</span> : null}
      </div>
      <div className="preference-control">{children}</div>
    </div>
  );
}

/** A choice of one, drawn as segments: native radio buttons, so arrow keys and screen readers work. */
function Segments<T extends string>(props: { labelId: string; name: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (value: T) => void; fontSamples?: boolean }) {
  const { labelId, name, options, labels, value, onChange, fontSamples } = props;
  return (
    <div className={fontSamples ? 'choice-segments font-samples' : 'choice-segments'} role="radiogroup" aria-labelledby={labelId}>
      {options.map((option) => (
        <label key={option} className={option === value ? 'choice-segment checked' : 'choice-segment'}>
          <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
          {fontSamples ? (
            <span className={`font-sample font-${option}`} aria-hidden="true">
              Aa
            </span>
          ) : null}
          <span className="choice-text">{labels[option]}</span>
        </label>
      ))}
    </div>
  );
}

function Switch({ labelId, checked, onChange, disabled }: { labelId: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <input
      type="checkbox"
      role="switch"
      className="switch"
      aria-labelledby={labelId}
      checked={checked}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

/** The chosen dictionaries as chips, and a menu to add another. */
function SpellingLanguagePicker({ labelId, settings, onChange }: { labelId: string; settings: Settings; onChange: (patch: SettingsPatch) => void }) {
  const [offered, setOffered] = useState<SpellingLanguages | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let mounted = true;
    unwrap(api().settings.spellingLanguages())
      .then((languages) => {
        if (mounted) setOffered(languages);
      })
      .catch((error: unknown) => {
        if (mounted) setProblem(errorMessage(error));
      });
    return () => {
      mounted = false;
    };
  }, []);

  const { enabled, languages } = settings.spellcheck;
  const setLanguages = (next: string[]): void => onChange({ spellcheck: { languages: next } });
  if (problem) return <p className="form-error">The spelling languages could not be listed: {problem}</p>;
  if (!offered) return null;
  if (offered.systemManaged) return <p className="preference-note">macOS picks the language as you type, from the languages in System Settings.</p>;
  if (offered.available.length === 0) return <p className="preference-note">No spelling dictionaries are available on this system.</p>;
  const addable = offered.available.filter((code) => !languages.includes(code));
  const full = languages.length >= SETTINGS_LIMITS.spellingLanguages;
  return (
    <div className="language-picker">
      {languages.length === 0 ? <span className="preference-note">Your system&rsquo;s language</span> : null}
      <ul className="language-chips" aria-labelledby={labelId}>
        {languages.map((code) => (
          <li key={code} className="tag-chip">
            {languageName(code)}
            <button type="button" aria-label={`Remove ${languageName(code)}`} disabled={!enabled} onClick={() => setLanguages(languages.filter((c) => c !== code))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {addable.length > 0 && !full ? (
        <select
          className="language-add"
          aria-label="Add a spelling language"
          value=""
          disabled={!enabled}
          onChange={(event) => {
            if (event.target.value) setLanguages([...languages, event.target.value]);
          }}
        >
          <option value="">Add a language…</option>
          {addable.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}

/** Preferences: how Inkpress looks and how the editor behaves. Every change applies and saves at once. */
export function Preferences({ settings, onChange, onClose }: PreferencesProps) {
  const dialog = useModalDialog();
  const id = useId();
  const ids = {
    title: `${id}-title`,
    theme: `${id}-theme`,
    font: `${id}-font`,
    width: `${id}-width`,
    focus: `${id}-focus`,
    typewriter: `${id}-typewriter`,
    spelling: `${id}-spelling`,
    languages: `${id}-languages`,
  };
  return (
    <dialog
      ref={dialog}
      className="sheet preferences"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={ids.title}>Preferences</h2>

      <section className="preference-section" aria-label="Appearance">
        <h3>Appearance</h3>
        <Row label="Theme" labelId={ids.theme} hint="System follows your computer.">
          <Segments labelId={ids.theme} name="theme" options={THEMES} labels={THEME_LABELS} value={settings.theme} onChange={(theme) => onChange({ theme })} />
        </Row>
      </section>

      <section className="preference-section" aria-label="Editor">
        <h3>Editor</h3>
        <Row label="Font" labelId={ids.font}>
          <Segments labelId={ids.font} name="editor-font" options={EDITOR_FONTS} labels={FONT_LABELS} value={settings.editorFont} onChange={(editorFont) => onChange({ editorFont })} fontSamples />
        </Row>
        <Row label="Line width" labelId={ids.width}>
          <Segments labelId={ids.width} name="line-width" options={LINE_WIDTHS} labels={WIDTH_LABELS} value={settings.lineWidth} onChange={(lineWidth) => onChange({ lineWidth })} />
        </Row>
      </section>

      <section className="preference-section" aria-label="Writing">
        <h3>Writing</h3>
        <Row label="Focus mode" labelId={ids.focus} hint={<>Dims everything but the paragraph you are writing. <kbd>{shortcutLabel(PAGE_SHORTCUTS.focusMode)}</kbd></>}>
          <Switch labelId={ids.focus} checked={settings.focusMode} onChange={(focusMode) => onChange({ focusMode })} />
        </Row>
        <Row
          label="Typewriter scrolling"
          labelId={ids.typewriter}
          hint={<>Keeps the line you are writing in the middle. <kbd>{shortcutLabel(PAGE_SHORTCUTS.typewriterScrolling)}</kbd></>}
        >
          <Switch labelId={ids.typewriter} checked={settings.typewriterScrolling} onChange={(typewriterScrolling) => onChange({ typewriterScrolling })} />
        </Row>
        <p className="preference-note">
          Distraction-free writing leaves only the text: <kbd>{shortcutLabel(PAGE_SHORTCUTS.distractionFree)}</kbd>, and <kbd>Esc</kbd> to come back.
        </p>
      </section>

      <section className="preference-section" aria-label="Spelling">
        <h3>Spelling</h3>
        <Row label="Check spelling as you type" labelId={ids.spelling}>
          <Switch labelId={ids.spelling} checked={settings.spellcheck.enabled} onChange={(enabled) => onChange({ spellcheck: { enabled } })} />
        </Row>
        <Row label="Languages" labelId={ids.languages} hint={`Up to ${SETTINGS_LIMITS.spellingLanguages}, used together.`}>
          <SpellingLanguagePicker labelId={ids.languages} settings={settings} onChange={onChange} />
        </Row>
      </section>

      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
