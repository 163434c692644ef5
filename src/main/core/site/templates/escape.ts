import { escapeHtml as escapeEvery } from '../../render/escapeHtml';

const SPECIAL = /[&<>"']/;

/**
 * escapeHtml, returning the text itself when it has nothing to escape (most titles, names
 * and paths): a site of 10,000 posts escapes a few hundred thousand of them.
 */
export const escapeHtml = (text: string): string => (SPECIAL.test(text) ? escapeEvery(text) : text);
