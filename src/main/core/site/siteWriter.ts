import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { resolveInside } from './sitePaths';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder is in the way',
  ENOTDIR: 'a file is in the way of a folder',
  EEXIST: 'a file is in the way of a folder',
  ENAMETOOLONG: 'the name is too long for this disk',
};

const ioError = (relative: string, error: unknown): AppError => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new AppError('IO', `Cannot write ${relative} in the site folder: ${REASONS[code] ?? (error as Error).message}`);
};

/**
 * Creates a temporary file with `put`, which must refuse a path that exists (flag 'wx',
 * COPYFILE_EXCL): a file or link already there (left by a crash, or planted) is removed, never
 * written through, so a link named like a temporary file cannot redirect a write elsewhere.
 */
export function putExclusively(temporary: string, put: (temporary: string) => void): void {
  try {
    put(temporary);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    fs.rmSync(temporary, { force: true });
    put(temporary);
  }
}

/**
 * Creates a file that must not exist yet (O_EXCL: never through a link, never over a file) and
 * writes `content` into it; removes it again if that fails. The text is handed to the system
 * as it is, with no Buffer made of each page (that was a tenth of a full export, in copying
 * and in collecting the garbage).
 */
function writeNewFile(file: string, content: string): void {
  const fd = fs.openSync(file, 'wx');
  try {
    const written = fs.writeSync(fd, content);
    // A short write (the disk filled up) must not leave half a page that looks whole.
    const size = Buffer.byteLength(content);
    if (written !== size) throw Object.assign(new Error(`only ${written} of ${size} bytes were written`), { code: 'ENOSPC' });
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
}

/**
 * Writes and removes the files of a site, only ever inside its folder:
 * - every path goes through resolveInside;
 * - a folder on the way that is a symbolic link (or a file) is refused, never followed out;
 * - each file is written to a temporary sibling and renamed over its name, so a web server
 *   or browser reading the folder sees the old or the new file, never half of one. There is
 *   no fsync per file: the library holds the source of every page, and a page lost to a
 *   power cut is rewritten by the next export (its key in the manifest will not match).
 *   Into a `fresh` folder (empty when the export began) pages are created in place instead:
 *   there is no old page to keep, and a rename per file was a tenth of a first export.
 */
export function createSiteWriter(root: string, { fresh = false }: { fresh?: boolean } = {}) {
  const base = path.resolve(root);
  const knownDirs = new Set<string>(['']);

  const parentOf = (relative: string): string => {
    const dir = path.posix.dirname(relative);
    return dir === '.' ? '' : dir;
  };

  const ensureDir = (relativeDir: string): void => {
    if (knownDirs.has(relativeDir)) return;
    ensureDir(parentOf(relativeDir));
    const full = resolveInside(base, relativeDir);
    try {
      // Most folders are new: make it, and look at what is there only when something is.
      fs.mkdirSync(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(relativeDir, error);
      const stat = fs.lstatSync(full);
      if (!stat.isDirectory()) {
        throw new AppError(
          'CONFLICT',
          `Cannot write into ${relativeDir}/ in the site folder: it is ${stat.isSymbolicLink() ? 'a link' : 'a file'}, not a folder Inkpress made`,
        );
      }
    }
    knownDirs.add(relativeDir);
  };

  /** Whether every folder from the site folder down to this one is a real folder (no link). */
  const isRealFolder = (relativeDir: string): boolean => {
    if (knownDirs.has(relativeDir)) return true;
    if (!isRealFolder(parentOf(relativeDir))) return false;
    const stat = fs.lstatSync(resolveInside(base, relativeDir), { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return false;
    knownDirs.add(relativeDir);
    return true;
  };

  const place = (relative: string, put: (temporary: string) => void): void => {
    ensureDir(parentOf(relative));
    const full = resolveInside(base, relative);
    const temporary = path.join(path.dirname(full), `.${path.basename(full)}.inkpress-tmp`);
    try {
      putExclusively(temporary, put);
      fs.renameSync(temporary, full);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw ioError(relative, error);
    }
  };

  return {
    root: base,

    write(relative: string, content: string): void {
      if (fresh) {
        // Into a folder that was empty: nothing to replace, so the page is made in place (no
        // temporary file to rename), still never over anything. What is there after all was
        // put there during the export, and is replaced like any page.
        ensureDir(parentOf(relative));
        try {
          writeNewFile(resolveInside(base, relative), content);
          return;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(relative, error);
        }
      }
      place(relative, (temporary) => writeNewFile(temporary, content));
    },

    copy(relative: string, source: string): void {
      place(relative, (temporary) => fs.copyFileSync(source, temporary, fs.constants.COPYFILE_EXCL));
    },

    /** Whether something (a file, folder or link) is at this path. */
    exists(relative: string): boolean {
      return fs.lstatSync(resolveInside(base, relative), { throwIfNoEntry: false }) !== undefined;
    },

    /**
     * Removes a file an earlier export wrote, then each folder above it that is left empty
     * (up to, never including, the site folder). A folder is never removed with content, so
     * anything else someone put there stays. Returns false when the file was already gone.
     */
    remove(relative: string): boolean {
      const full = resolveInside(base, relative);
      // A folder on the way that is now a link (or not there) holds nothing of ours: removing
      // through it could delete a file outside the site folder.
      if (!isRealFolder(parentOf(relative))) return false;
      const stat = fs.lstatSync(full, { throwIfNoEntry: false });
      let removed = false;
      if (stat && !stat.isDirectory()) {
        try {
          fs.unlinkSync(full);
          removed = true;
        } catch (error) {
          throw new AppError('IO', `Cannot remove ${relative} from the site folder: ${REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message}`);
        }
      }
      for (let dir = parentOf(relative); dir !== ''; dir = parentOf(dir)) {
        try {
          fs.rmdirSync(resolveInside(base, dir));
          knownDirs.delete(dir);
        } catch {
          break; // not empty (or already gone): it and everything above it stay
        }
      }
      return removed;
    },
  };
}

export type SiteWriter = ReturnType<typeof createSiteWriter>;
