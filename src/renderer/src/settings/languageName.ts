const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "en-US" → "American English", "de-DE" → "German (Germany)"; the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    // Intl refuses codes that are not well-formed BCP 47 (Chromium's "en-GB-oxendict" is fine).
    return code;
  }
}
