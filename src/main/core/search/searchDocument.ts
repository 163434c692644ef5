/** What the full-text index holds for one draft: one FTS row, rowid = the draft's id. */
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

function indexable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ');
}

/** The index row of a draft, from its title, its plain text and its tags (in order). */
export function searchDocumentOf(title: string, bodyText: string, tags: readonly string[]): SearchDocument {
  return { title: indexable(title), body: indexable(bodyText), tags: indexable(tags.join('\n')) };
}

/** The same row with other tags (a tag renamed, merged or deleted). */
export function withTags(document: SearchDocument, tags: readonly string[]): SearchDocument {
  return { ...document, tags: indexable(tags.join('\n')) };
}
