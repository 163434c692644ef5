/** The writer's preferences: how the app looks and how the editor behaves. One set per library. */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const EDITOR_FONTS = ['serif', 'sans', 'mono'] as const;
export type EditorFont = (typeof EDITOR_FONTS)[number];

export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type LineWidth = (typeof LINE_WIDTHS)[number];

export interface SpellcheckSettings {
  enabled: boolean;
  /** Dictionary codes as Electron names them ("en-US", "de"); empty: the system's language. */
  languages: string[];
}

export interface Settings {
  theme: Theme;
  editorFont: EditorFont;
  lineWidth: LineWidth;
  /** Dims every paragraph but the one being written. */
  focusMode: boolean;
  /** Keeps the line being written in the middle of the window. */
  typewriterScrolling: boolean;
  spellcheck: SpellcheckSettings;
}

/** A change to some settings; spellcheck may change one of its fields alone. */
export type SettingsPatch = Partial<Omit<Settings, 'spellcheck'>> & { spellcheck?: Partial<SpellcheckSettings> };

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  editorFont: 'serif',
  lineWidth: 'medium',
  focusMode: false,
  typewriterScrolling: false,
  spellcheck: { enabled: true, languages: [] },
};

/** The settings with a patch applied (what the main process will save, shown before it answers). */
export function withPatch(settings: Settings, patch: SettingsPatch): Settings {
  const { spellcheck, ...rest } = patch;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const spellcheckDefined = Object.fromEntries(Object.entries(spellcheck ?? {}).filter(([, value]) => value !== undefined));
  return { ...settings, ...defined, spellcheck: { ...settings.spellcheck, ...spellcheckDefined } };
}

/** Spelling dictionaries the app can offer. */
export interface SpellingLanguages {
  /** Codes setSpellCheckerLanguages accepts, in a stable order. */
  available: string[];
  /** True on macOS, where the system spell checker picks the language by itself. */
  systemManaged: boolean;
}

export const SETTINGS_LIMITS = {
  /** Chromium checks against every chosen dictionary at once; a handful is plenty. */
  spellingLanguages: 8,
  languageCodeLength: 35,
} as const;
