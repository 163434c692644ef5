import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { replaceFileAtomically } from '../files/replaceFileAtomically';

const REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
};

/** Writes a file the user chose a place for, atomically, with IO errors in their words. */
export function writeFileAtomically(target: string, content: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    replaceFileAtomically(target, content, temporary);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new AppError('IO', `Cannot write ${target}: ${REASONS[code] ?? (error as Error).message}`);
  }
}
