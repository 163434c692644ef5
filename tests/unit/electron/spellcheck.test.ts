import { describe, it, expect, vi } from 'vitest';
import type { Session } from 'electron';
import { applySpellcheck, chooseSpellingLanguages, spellingLanguagesOf } from '../../../src/main/electron/spellcheck';
import { asElectron, FakeSession } from './fakeElectron';

const AVAILABLE = ['de-DE', 'en-GB', 'en-US', 'fr', 'pt-BR'];

describe('chooseSpellingLanguages', () => {
  it("keeps the writer's choices this system has, in their order, spelt as Electron spells them", () => {
    expect(chooseSpellingLanguages(['pt-br', 'en-GB'], AVAILABLE, 'en-US')).toEqual(['pt-BR', 'en-GB']);
  });

  it('drops choices the system has no dictionary for, and repeats', () => {
    expect(chooseSpellingLanguages(['xx-YY', 'fr', 'FR'], AVAILABLE, 'en-US')).toEqual(['fr']);
  });

  it("falls back to the app's locale when nothing (usable) was chosen", () => {
    expect(chooseSpellingLanguages([], AVAILABLE, 'en-US')).toEqual(['en-US']);
    expect(chooseSpellingLanguages(['xx'], AVAILABLE, 'en-GB')).toEqual(['en-GB']);
  });

  it('takes another variant of the locale language when its own is missing', () => {
    expect(chooseSpellingLanguages([], AVAILABLE, 'de-AT')).toEqual(['de-DE']);
    expect(chooseSpellingLanguages([], AVAILABLE, 'fr-CA')).toEqual(['fr']);
    expect(chooseSpellingLanguages([], AVAILABLE, 'pt')).toEqual(['pt-BR']);
  });

  it("chooses none when even the locale's language is missing, leaving Chromium's default", () => {
    expect(chooseSpellingLanguages([], AVAILABLE, 'ja')).toEqual([]);
    expect(chooseSpellingLanguages(['en-US'], [], 'en-US')).toEqual([]);
  });
});

describe('spellingLanguagesOf', () => {
  it("lists the session's dictionaries, sorted", () => {
    const session = new FakeSession();
    session.availableSpellCheckerLanguages = ['fr', 'de-DE', 'en-US'];
    expect(spellingLanguagesOf(asElectron<Session>(session), 'linux')).toEqual({ available: ['de-DE', 'en-US', 'fr'], systemManaged: false });
    expect(spellingLanguagesOf(asElectron<Session>(session), 'win32').systemManaged).toBe(false);
  });

  it('says macOS picks the language itself, and offers no list there', () => {
    expect(spellingLanguagesOf(asElectron<Session>(new FakeSession()), 'darwin')).toEqual({ available: [], systemManaged: true });
  });
});

describe('applySpellcheck', () => {
  const apply = (session: FakeSession, enabled: boolean, languages: string[], platform: NodeJS.Platform = 'linux') => {
    const log = vi.fn();
    applySpellcheck(asElectron<Session>(session), { enabled, languages }, { platform, locale: 'en-US', log });
    return log;
  };

  it('turns the spell checker on with the chosen dictionaries', () => {
    const session = new FakeSession();
    session.spellCheckerEnabled = false;
    apply(session, true, ['de-DE', 'fr']);
    expect(session.spellCheckerEnabled).toBe(true);
    expect(session.spellCheckerLanguages).toEqual(['de-DE', 'fr']);
  });

  it('goes back to the locale dictionary when the choices are cleared', () => {
    const session = new FakeSession();
    apply(session, true, ['de-DE']);
    apply(session, true, []);
    expect(session.spellCheckerLanguages).toEqual(['en-US']);
  });

  it('turns it off, leaving the dictionaries as they were', () => {
    const session = new FakeSession();
    apply(session, true, ['fr']);
    apply(session, false, ['de-DE']);
    expect(session.spellCheckerEnabled).toBe(false);
    expect(session.spellCheckerLanguages).toEqual(['fr']);
  });

  it('never sends a code the session does not list (Electron would throw)', () => {
    const session = new FakeSession();
    const log = apply(session, true, ['xx-YY', 'fr']);
    expect(session.spellCheckerLanguages).toEqual(['fr']);
    expect(log).not.toHaveBeenCalled();
  });

  it('only switches it on or off on macOS, where the language API does nothing', () => {
    const session = new FakeSession();
    const setLanguages = vi.spyOn(session, 'setSpellCheckerLanguages');
    apply(session, false, ['fr'], 'darwin');
    expect(session.spellCheckerEnabled).toBe(false);
    apply(session, true, ['fr'], 'darwin');
    expect(session.spellCheckerEnabled).toBe(true);
    expect(setLanguages).not.toHaveBeenCalled();
  });

  it('logs, and keeps the old dictionaries, when Chromium refuses the languages anyway', () => {
    const session = new FakeSession();
    vi.spyOn(session, 'setSpellCheckerLanguages').mockImplementation(() => {
      throw new Error('dictionary failed to load');
    });
    const log = apply(session, true, ['fr']);
    expect(log).toHaveBeenCalledWith('Could not set the spell checker languages', expect.any(Error));
    expect(session.spellCheckerEnabled).toBe(true);
  });
});
