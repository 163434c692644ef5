import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

const REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
};

/**
 * Writes a file so that readers see either the old or the new content, never half of it:
 * write a temporary sibling, flush it, then rename it over the target.
 */
export function writeFileAtomically(target: string, content: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    const fd = fs.openSync(temporary, 'w');
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
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new AppError('IO', `Cannot write ${target}: ${REASONS[code] ?? (error as Error).message}`);
  }
}
