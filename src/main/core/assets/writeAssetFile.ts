import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { replaceFileAtomically } from '../files/replaceFileAtomically';

/** Temporary files start with this; garbage collection removes stale ones a crash left behind. */
export const TEMP_PREFIX = '.incoming-';

/**
 * Writes an asset so its final name only ever holds the complete bytes; on failure nothing
 * is left behind and the caller decides what to tell.
 */
export function writeAssetFile(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  replaceFileAtomically(target, bytes, path.join(dir, `${TEMP_PREFIX}${crypto.randomUUID()}.tmp`));
}
