import type { Session } from 'electron';
import type { SpellcheckSettings, SpellingLanguages } from '../../shared/settings';
import type { Logger } from '../core/dispatch';

/**
 * The dictionaries to load: the writer's choices that this system has (in their order, in
 * Electron's spelling of the code), else the one for the app's locale ("en-US", else any
 * "en-*"), else none, which leaves Chromium's own default in place.
 */
export function chooseSpellingLanguages(wanted: readonly string[], available: readonly string[], locale: string): string[] {
  const byLowerCase = new Map(available.map((code) => [code.toLowerCase(), code]));
  const chosen = [...new Set(wanted.map((code) => byLowerCase.get(code.toLowerCase())).filter((code) => code !== undefined))];
  if (chosen.length > 0) return chosen;
  const exact = byLowerCase.get(locale.toLowerCase());
  if (exact) return [exact];
  const language = locale.toLowerCase().split('-')[0];
  const sameLanguage = available.find((code) => code.toLowerCase().split('-')[0] === language);
  return sameLanguage ? [sameLanguage] : [];
}

/** On macOS the system spell checker detects the language itself, and Electron's language API does nothing. */
export function spellingLanguagesOf(session: Session, platform: NodeJS.Platform): SpellingLanguages {
  if (platform === 'darwin') return { available: [], systemManaged: true };
  return { available: [...session.availableSpellCheckerLanguages].sort((a, b) => a.localeCompare(b)), systemManaged: false };
}

export interface ApplySpellcheckOptions {
  platform: NodeJS.Platform;
  locale: string;
  log: Logger;
}

/** Turns the session's spell checker on or off, and points it at the chosen dictionaries. */
export function applySpellcheck(session: Session, { enabled, languages }: SpellcheckSettings, { platform, locale, log }: ApplySpellcheckOptions): void {
  session.setSpellCheckerEnabled(enabled);
  if (!enabled || platform === 'darwin') return;
  const chosen = chooseSpellingLanguages(languages, session.availableSpellCheckerLanguages, locale);
  if (chosen.length === 0) return;
  try {
    session.setSpellCheckerLanguages(chosen);
  } catch (error) {
    // Only listed codes reach here, so this is Chromium refusing one anyway: keep the old dictionaries.
    log('Could not set the spell checker languages', error);
  }
}
