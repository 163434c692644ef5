import fs from 'node:fs';

/**
 * Puts content at target so readers only ever see the old or the complete new bytes: write
 * the temporary sibling, flush it to disk, then rename it over the target. On failure the
 * temporary file is removed and the file system error is rethrown for the caller to word.
 */
export function replaceFileAtomically(target: string, content: string | Uint8Array, temporary: string): void {
  try {
    const fd = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // The temporary file could not even be created (e.g. the folder is missing): nothing to remove.
    }
    throw error;
  }
}
