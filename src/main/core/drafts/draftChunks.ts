import { createHash } from 'node:crypto';

/**
 * One piece of a stored draft (a row of draft_chunks). A draft's document, as JSON text, is
 * the concatenation of its chunks' docJson in order, and its HTML that of their bodyHtml. The
 * split is the writer's choice: a long draft is stored in chunks of whole blocks (see
 * draftContent), so an autosave of a book writes the chunk typed into instead of megabytes;
 * anything else is one chunk holding the whole document.
 */
export interface StoredChunk {
  docJson: string;
  bodyHtml: string;
  /** Fingerprint of the two pieces: a chunk whose hash is stored already is not written again. */
  hash: Buffer;
}

/**
 * SHA-1 of a chunk's two pieces. JSON text never holds a raw NUL (JSON.stringify escapes
 * control characters), so the separator keeps the pieces from running together.
 */
export function storedChunkHash(docJson: string, bodyHtml: string): Buffer {
  return createHash('sha1').update(docJson).update('\u0000').update(bodyHtml).digest();
}

export function storedChunk(docJson: string, bodyHtml: string): StoredChunk {
  return { docJson, bodyHtml, hash: storedChunkHash(docJson, bodyHtml) };
}

/** The whole document's JSON text and HTML, from its chunks in order. */
export function joinStoredChunks(chunks: readonly Pick<StoredChunk, 'docJson' | 'bodyHtml'>[]): { docJson: string; bodyHtml: string } {
  return { docJson: chunks.map((chunk) => chunk.docJson).join(''), bodyHtml: chunks.map((chunk) => chunk.bodyHtml).join('') };
}
