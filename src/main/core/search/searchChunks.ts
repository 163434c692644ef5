import { createHash } from 'node:crypto';
import { indexableText, type SearchDocument } from './searchDocument';

/**
 * A long draft's body is indexed in chunks of about 2,000 words, so an autosave of a book
 * rewrites the chunk that changed instead of re-tokenising the whole book twice (FTS5 deletes
 * a row by tokenising its old text again). A post of ordinary length (up to some 2,500
 * words) is one chunk: it ranks exactly as a whole-draft row did.
 */
export const SINGLE_CHUNK_CHARS = 16_000;
export const MIN_CHUNK_CHARS = 4_000;
export const MAX_CHUNK_CHARS = 32_000;
/** A chunk may end after a line (or block) whose length is a multiple of this: about one in 16. */
const BOUNDARY_EVERY = 16;

/**
 * Whether a chunk of `size` characters may end after a piece (a line, a block) of
 * `pieceLength`. It depends on the text near the boundary, not on counts from the start of the
 * body: past MIN_CHUNK_CHARS, the first piece whose length is a multiple of BOUNDARY_EVERY ends
 * the chunk (or the piece that passes MAX_CHUNK_CHARS). Boundary pieces are far apart compared
 * with MIN_CHUNK_CHARS, so words typed into one paragraph rarely move a boundary, and when
 * they do the next chunks soon end where they did before.
 */
const endsChunk = (size: number, pieceLength: number): boolean =>
  size >= MAX_CHUNK_CHARS || (size >= MIN_CHUNK_CHARS && pieceLength % BOUNDARY_EVERY === 0);

/**
 * A body split at line ends (blocks and hard breaks end lines), the chunks joined giving the
 * body back exactly. How migration 70 indexed every draft, and how a document the drafts
 * service cannot split into blocks (see chunkBlockEnds) is indexed still.
 */
export function chunkBodyText(body: string): string[] {
  if (body.length <= SINGLE_CHUNK_CHARS) return [body];
  const chunks: string[] = [];
  let chunkStart = 0;
  let lineStart = 0;
  for (let newline = body.indexOf('\n'); newline !== -1; newline = body.indexOf('\n', lineStart)) {
    const lineEnd = newline + 1;
    if (endsChunk(lineEnd - chunkStart, lineEnd - lineStart)) {
      chunks.push(body.slice(chunkStart, lineEnd));
      chunkStart = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (chunkStart < body.length || chunks.length === 0) chunks.push(body.slice(chunkStart));
  return chunks;
}

/**
 * The same rule over a document's top-level blocks, given their plain texts: where each chunk
 * ends (block indexes, exclusive; the last is the number of blocks). The drafts service
 * stores a long draft in chunks of whole blocks and indexes each chunk as one row, so a save
 * writes, and the index re-tokenises, only the chunk typed into. A chunk ends only where its
 * text ends a line (a block without text, an image, changes nothing), so no word is ever split
 * between two rows.
 */
export function chunkBlockEnds(blockTexts: readonly string[]): number[] {
  let total = 0;
  for (const text of blockTexts) total += text.length;
  if (total <= SINGLE_CHUNK_CHARS) return [blockTexts.length];
  const ends: number[] = [];
  let size = 0;
  let endsLine = true;
  blockTexts.forEach((text, i) => {
    size += text.length;
    if (text !== '') endsLine = text.endsWith('\n');
    if (endsLine && endsChunk(size, text.length)) {
      ends.push(i + 1);
      size = 0;
    }
  });
  if (ends.at(-1) !== blockTexts.length) ends.push(blockTexts.length);
  return ends;
}

/** One chunk of a draft's body as the index takes it: the text, and its SHA-1, computed once when the chunk is made. */
export interface SearchBodyChunk {
  text: string;
  digest: Buffer;
}

/** A piece of a draft's plain text (its control characters made spaces) ready for the index. */
export function searchBodyChunk(plainText: string): SearchBodyChunk {
  const text = indexableText(plainText);
  return { text, digest: createHash('sha1').update(text).digest() };
}

/**
 * Hash of one index row: its title and tags (as indexed) and the digest of its text. Indexed
 * text holds no NUL (indexableText removes it) and a digest is 20 bytes, so the parts cannot
 * run together. A chunk whose hash is stored already is not written again.
 */
export function chunkHash(title: string, tags: string, bodyDigest: Buffer): Buffer {
  return createHash('sha1').update(title).update('\u0000').update(tags).update('\u0000').update(bodyDigest).digest();
}

/** One FTS row of a draft: the title and tags ride on every chunk, so a query's words may be found in either. */
export interface SearchChunk extends SearchDocument {
  hash: Buffer;
}

/** The FTS rows of a search document split at line ends (chunkBodyText), in body order; at least one. */
export function searchChunksOf(document: SearchDocument): SearchChunk[] {
  return chunkBodyText(document.body).map((text) => {
    const body = searchBodyChunk(text);
    return { title: document.title, body: body.text, tags: document.tags, hash: chunkHash(document.title, document.tags, body.digest) };
  });
}
