import { describe, it, expect } from 'vitest';
import type Database from 'better-sqlite3';
import { createSettingsService } from '../../../../src/main/core/settings/settingsService';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings';
import { appErrorFrom } from '../../helpers/appError';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();

function setup() {
  const { services, dataDir } = openServices();
  return { settings: services.settings, db: services.db, dataDir };
}

/** The settings with the one stored under `key` back at its default. */
function withDefaultAt(settings: Settings, key: string): Settings {
  const copy = structuredClone(settings);
  if (key.startsWith('spellcheck.')) {
    const field = key.slice('spellcheck.'.length) as keyof Settings['spellcheck'];
    Object.assign(copy.spellcheck, { [field]: DEFAULT_SETTINGS.spellcheck[field] });
  } else {
    Object.assign(copy, { [key]: DEFAULT_SETTINGS[key as keyof Settings] });
  }
  return copy;
}

const storedRows = (db: Database.Database) => db.prepare('SELECT key, value FROM settings ORDER BY key').all();
const writeRow = (db: Database.Database, key: string, value: string) =>
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

describe('settings service', () => {
  it('starts with the defaults and stores nothing until something changes', () => {
    const { settings, db } = setup();
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(storedRows(db)).toEqual([]);
  });

  it('changes only what a patch names and returns every setting', () => {
    const { settings } = setup();
    const expected: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', focusMode: true };
    expect(settings.update({ theme: 'dark', focusMode: true })).toEqual(expected);
    expect(settings.update({ lineWidth: 'wide' })).toEqual({ ...expected, lineWidth: 'wide' });
  });

  it('changes one spellcheck field and keeps the other', () => {
    const { settings } = setup();
    settings.update({ spellcheck: { languages: ['de-DE', 'en-GB'] } });
    expect(settings.update({ spellcheck: { enabled: false } }).spellcheck).toEqual({ enabled: false, languages: ['de-DE', 'en-GB'] });
    expect(settings.update({ spellcheck: { languages: [] } }).spellcheck).toEqual({ enabled: false, languages: [] });
  });

  it('keeps the settings across a restart', () => {
    const { settings, dataDir } = setup();
    const saved = settings.update({ theme: 'light', editorFont: 'mono', typewriterScrolling: true, spellcheck: { languages: ['fr'] } });
    const reopened = openServices({ dataDir }).services.settings;
    expect(reopened.get()).toEqual(saved);
  });

  it('stores one JSON row per setting the writer changed', () => {
    const { settings, db } = setup();
    settings.update({ theme: 'dark', spellcheck: { languages: ['en-US'] } });
    expect(storedRows(db)).toEqual([
      { key: 'spellcheck.languages', value: '["en-US"]' },
      { key: 'theme', value: '"dark"' },
    ]);
  });

  it('treats an empty patch as no change', () => {
    const { settings, db } = setup();
    expect(settings.update({})).toEqual(DEFAULT_SETTINGS);
    expect(storedRows(db)).toEqual([]);
  });

  it.each([
    [{ theme: 'sepia' }, 'theme'],
    [{ editorFont: 'comic' }, 'editorFont'],
    [{ lineWidth: 0 }, 'lineWidth'],
    [{ focusMode: 'yes' }, 'focusMode'],
    [{ spellcheck: { languages: ['en-US', 'en-US'] } }, 'names a language twice'],
    [{ spellcheck: { languages: ['not a code'] } }, 'dictionary code'],
    [{ spellcheck: { languages: Array.from({ length: 9 }, (_, i) => `l${'abcdefghi'[i]}`) } }, 'at most 8'],
    [{ fontSize: 18 }, 'fontSize'],
  ])('refuses %j with a VALIDATION error that names the problem, changing nothing', (patch, problem) => {
    const { settings, db } = setup();
    settings.update({ theme: 'dark' });
    const before = storedRows(db);
    const error = appErrorFrom(() => settings.update(patch as never));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain(problem);
    expect(storedRows(db)).toEqual(before);
  });

  it('writes a patch all or nothing', () => {
    const { settings, db } = setup();
    settings.update({ theme: 'dark' });
    // A write that fails half-way (here: the database refuses the second row) leaves no trace.
    db.exec(`CREATE TRIGGER refuse_languages BEFORE INSERT ON settings WHEN NEW.key = 'spellcheck.languages'
             BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    expect(() => settings.update({ theme: 'light', spellcheck: { languages: ['fr'] } })).toThrow(/disk trouble/);
    expect(settings.get().theme).toBe('dark');
  });
});

describe('settings service reading an old or hand-edited library', () => {
  it.each([
    ['theme', '"sepia"'],
    ['theme', 'not json'],
    ['theme', '42'],
    ['editorFont', 'null'],
    ['lineWidth', '"extra-wide"'],
    ['focusMode', '"true"'],
    ['typewriterScrolling', '1'],
    ['spellcheck.enabled', '{}'],
    ['spellcheck.languages', '"en-US"'],
    ['spellcheck.languages', '["en-US", 7]'],
    ['spellcheck.languages', '["en-US", "en-US"]'],
  ])('reads %s = %s as its default, and the other settings as stored', (key, value) => {
    const { settings, db } = setup();
    const chosen = settings.update({
      theme: 'dark',
      editorFont: 'sans',
      lineWidth: 'narrow',
      focusMode: true,
      typewriterScrolling: true,
      spellcheck: { enabled: false, languages: ['fr'] },
    });
    writeRow(db, key, value);
    expect(settings.get()).toEqual(withDefaultAt(chosen, key));
  });

  it('ignores settings it does not know (a newer Inkpress may have written them), and keeps them', () => {
    const { settings, db } = setup();
    writeRow(db, 'fontSize', '21');
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    settings.update({ theme: 'light' });
    expect(storedRows(db)).toContainEqual({ key: 'fontSize', value: '21' });
  });

  it('keeps an unreadable value until the writer chooses that setting again', () => {
    const { settings, db } = setup();
    writeRow(db, 'theme', '"sepia"');
    settings.update({ focusMode: true });
    expect(storedRows(db)).toContainEqual({ key: 'theme', value: '"sepia"' });
    expect(settings.update({ theme: 'dark' }).theme).toBe('dark');
  });

  it('opens a library whose settings table holds nothing but garbage', () => {
    const { db } = setup();
    for (const key of ['theme', 'editorFont', 'lineWidth', 'focusMode', 'typewriterScrolling', 'spellcheck.enabled', 'spellcheck.languages']) {
      writeRow(db, key, '{{{');
    }
    expect(createSettingsService({ db }).get()).toEqual(DEFAULT_SETTINGS);
  });
});
