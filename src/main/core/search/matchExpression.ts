/** Words beyond this many are ignored: a pasted paragraph is not a useful query. */
export const MAX_QUERY_TERMS = 16;

// unicode61 indexes letters and digits; a word without any can match nothing.
const TERM_CHARACTER = /[\p{L}\p{N}]/u;
// The letters and digits at the end of a word: the part prefix matching extends.
const TRAILING_TOKEN = /[\p{L}\p{N}]+$/u;
// Punctuation around a word ("(x)", "travel,") is not part of what was looked for.
const OUTER_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * An FTS5 MATCH expression for what someone typed into the search box, or null when it holds
 * nothing to search for. The user's text never reaches FTS5 as syntax: each word becomes a
 * quoted string (its quotes doubled), so AND, NEAR, column:, ^, * and parentheses are just
 * text. Words are ANDed, and each matches as a prefix ("trav" finds "travel") unless it ends in
 * a single letter or digit, whose prefix would match a large part of the vocabulary.
 * Punctuation around a word is dropped; a word with punctuation inside ("don't", "e-mail")
 * matches as the phrase it indexes as.
 */
export function matchExpression(userText: string): string | null {
  const terms = matchTerms(userText);
  return terms.length ? terms.join(' AND ') : null;
}

/** The quoted (and where useful prefix-matching) FTS5 terms of what someone typed. */
export function matchTerms(userText: string): string[] {
  return userText
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => TERM_CHARACTER.test(word))
    .slice(0, MAX_QUERY_TERMS)
    .map((word) => word.replace(OUTER_PUNCTUATION, ''))
    .map((word) => {
      const quoted = `"${word.replaceAll('"', '""')}"`;
      const lastToken = TRAILING_TOKEN.exec(word)?.[0] ?? '';
      return [...lastToken].length >= 2 ? `${quoted}*` : quoted;
    });
}
