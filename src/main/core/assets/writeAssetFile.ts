import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Temporary files start with this; garbage collection removes stale ones a crash left behind. */
export const TEMP_PREFIX = '.incoming-';

/**
 * Writes an asset so its final name only ever holds the complete bytes: a temporary sibling
 * is written and flushed, then renamed into place. On failure nothing is left behind.
 * (export/writeFileAtomically is for text the user chose a place for and reports IO errors
 * in their words; here the caller decides what to tell.)
 */
export function writeAssetFile(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(target);
  const temporary = path.join(dir, `${TEMP_PREFIX}${crypto.randomUUID()}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
