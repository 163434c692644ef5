import { createHash } from 'node:crypto';
import type { SearchDocument } from './searchDocument';

/**
 * A long draft's body is indexed in chunks of about 2,000 words, so an autosave of a book
 * rewrites the chunk that changed instead of re-tokenising the whole book twice (FTS5 deletes
 * a row by tokenising its old text again). A post of ordinary length (up to some 2,500
 * words) is one chunk: it ranks exactly as a whole-draft row did.
 */
export const SINGLE_CHUNK_CHARS = 16_000;
export const MIN_CHUNK_CHARS = 4_000;
export const MAX_CHUNK_CHARS = 32_000;
/** A chunk may end after a line whose length is a multiple of this: about one line in 16. */
const BOUNDARY_EVERY = 16;

/**
 * The body split at line ends (blocks and hard breaks end lines), the chunks joined giving the
 * body back exactly. Where a chunk ends depends on the text near it, not on counts from the
 * start of the body: past MIN_CHUNK_CHARS, the first line whose length is a multiple of
 * BOUNDARY_EVERY ends it (or the line that passes MAX_CHUNK_CHARS). Boundary lines are far
 * apart compared with MIN_CHUNK_CHARS, so words typed into one paragraph rarely move a
 * boundary, and when they do the next chunks soon end at the same lines as before.
 */
export function chunkBodyText(body: string): string[] {
  if (body.length <= SINGLE_CHUNK_CHARS) return [body];
  const chunks: string[] = [];
  let chunkStart = 0;
  let lineStart = 0;
  for (let newline = body.indexOf('\n'); newline !== -1; newline = body.indexOf('\n', lineStart)) {
    const lineEnd = newline + 1;
    const size = lineEnd - chunkStart;
    if (size >= MAX_CHUNK_CHARS || (size >= MIN_CHUNK_CHARS && (lineEnd - lineStart) % BOUNDARY_EVERY === 0)) {
      chunks.push(body.slice(chunkStart, lineEnd));
      chunkStart = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (chunkStart < body.length || chunks.length === 0) chunks.push(body.slice(chunkStart));
  return chunks;
}

/** One FTS row of a draft: the title and tags ride on every chunk, so a query's words may be found in either. */
export interface SearchChunk extends SearchDocument {
  /** Fingerprint of the row's text: a chunk whose hash is stored already is not written again. */
  hash: Buffer;
}

/** Hash of a row's text. Indexed text holds no NUL (searchDocumentOf removes it), so the fields cannot run together. */
export function chunkHash(title: string, body: string, tags: string): Buffer {
  return createHash('sha1').update(title).update('\u0000').update(tags).update('\u0000').update(body).digest();
}

/** The FTS rows of a search document, in body order; at least one, so a draft with no text is found by title and tags. */
export function searchChunksOf(document: SearchDocument): SearchChunk[] {
  return chunkBodyText(document.body).map((body) => ({
    title: document.title,
    body,
    tags: document.tags,
    hash: chunkHash(document.title, body, document.tags),
  }));
}
