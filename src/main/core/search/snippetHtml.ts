import { escapeHtml } from '../render/escapeHtml';
import { MATCH_END, MATCH_START } from './searchDocument';

/**
 * An FTS5 snippet (matches between MATCH_START and MATCH_END) as safe HTML: everything is
 * escaped first, and only then do the markers, which escaping leaves alone and indexed text
 * never holds, become <mark> tags. Line breaks between blocks read as spaces.
 */
export function snippetHtml(snippet: string): string {
  return escapeHtml(snippet.replace(/\s+/g, ' ').trim())
    .replaceAll(MATCH_START, '<mark>')
    .replaceAll(MATCH_END, '</mark>');
}
