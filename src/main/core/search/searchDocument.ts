/** What the full-text index holds for one draft: its title, its body (the chunks' texts joined) and its tags. */
export interface SearchDocument {
  title: string;
  /** The post as plain text (docPlainText), blocks on their own lines. */
  body: string;
  /** The draft's tags, one per line. */
  tags: string;
}

/**
 * snippet() wraps each match in these two characters. Indexed text never holds them (see
 * searchDocumentOf), so every one found in a snippet is ours and can safely become <mark>.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

// C0 controls other than tab and newline, and DEL: never meaningful in prose, and they include
// the match markers above.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Text as the index holds it: every character the index must never hold becomes a space. */
export function indexableText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ');
}

/** The tags of a draft as the index holds them: one per line, in order. */
export function indexableTags(tags: readonly string[]): string {
  return indexableText(tags.join('\n'));
}

/** The index's view of a draft, from its title, its plain text and its tags (in order). */
export function searchDocumentOf(title: string, bodyText: string, tags: readonly string[]): SearchDocument {
  return { title: indexableText(title), body: indexableText(bodyText), tags: indexableTags(tags) };
}
