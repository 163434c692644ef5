import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { ARG_SCHEMAS, SETTING_SCHEMAS } from '../../../shared/ipc/schemas';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/settings';
import { invalid } from '../errors';

/** The row key of each setting (see migration 0090: one row per leaf, the value as JSON). */
const KEYS = {
  theme: 'theme',
  editorFont: 'editorFont',
  lineWidth: 'lineWidth',
  focusMode: 'focusMode',
  typewriterScrolling: 'typewriterScrolling',
  spellcheckEnabled: 'spellcheck.enabled',
  spellcheckLanguages: 'spellcheck.languages',
} as const;

/**
 * Settings as stored rows say, each leaf checked on its own: a value that is missing, not
 * JSON, or not one this version knows (an old or hand-edited library, or a newer app's
 * choice) reads as its default, and never stops the app from starting.
 */
function settingsFromRows(rows: ReadonlyMap<string, string>): Settings {
  const read = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    const raw = rows.get(key);
    if (raw === undefined) return fallback;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return fallback;
    }
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    theme: read(KEYS.theme, SETTING_SCHEMAS.theme, DEFAULT_SETTINGS.theme),
    editorFont: read(KEYS.editorFont, SETTING_SCHEMAS.editorFont, DEFAULT_SETTINGS.editorFont),
    lineWidth: read(KEYS.lineWidth, SETTING_SCHEMAS.lineWidth, DEFAULT_SETTINGS.lineWidth),
    focusMode: read(KEYS.focusMode, SETTING_SCHEMAS.focusMode, DEFAULT_SETTINGS.focusMode),
    typewriterScrolling: read(KEYS.typewriterScrolling, SETTING_SCHEMAS.typewriterScrolling, DEFAULT_SETTINGS.typewriterScrolling),
    spellcheck: {
      enabled: read(KEYS.spellcheckEnabled, SETTING_SCHEMAS.spellcheckEnabled, DEFAULT_SETTINGS.spellcheck.enabled),
      languages: read(KEYS.spellcheckLanguages, SETTING_SCHEMAS.spellcheckLanguages, [...DEFAULT_SETTINGS.spellcheck.languages]),
    },
  };
}

/** The rows a patch writes: only the leaves it names, so a setting it leaves alone keeps its row as it is. */
function rowsOfPatch(patch: SettingsPatch): [string, unknown][] {
  const rows: [string, unknown][] = [
    [KEYS.theme, patch.theme],
    [KEYS.editorFont, patch.editorFont],
    [KEYS.lineWidth, patch.lineWidth],
    [KEYS.focusMode, patch.focusMode],
    [KEYS.typewriterScrolling, patch.typewriterScrolling],
    [KEYS.spellcheckEnabled, patch.spellcheck?.enabled],
    [KEYS.spellcheckLanguages, patch.spellcheck?.languages],
  ];
  return rows.filter(([, value]) => value !== undefined);
}

export function createSettingsService({ db }: { db: Database.Database }) {
  const selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  const get = (): Settings => settingsFromRows(new Map(selectAll.all().map((row) => [row.key, row.value])));

  const applyPatch = db.transaction((patch: SettingsPatch): Settings => {
    for (const [key, value] of rowsOfPatch(patch)) upsert.run(key, JSON.stringify(value));
    return get();
  });

  return {
    get,

    /** Changes the settings the patch names, all or none, and returns them all as they now are. */
    update(patch: SettingsPatch): Settings {
      // The IPC layer checked it already; the CLI and tests call here directly.
      const parsed = ARG_SCHEMAS['settings:update'].safeParse(patch);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalid(`Invalid settings: ${issue?.path.join('.') || 'patch'}: ${issue?.message ?? 'bad value'}`);
      }
      return applyPatch(parsed.data);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
