import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { makeFolder, NOT_A_FOLDER, replaceFile, writePage } from './siteFiles.mjs';
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

/** What a failed write or folder tells the writer, given the path it was at (relative to the site folder). */
export function siteWriteError(relative: string, error: { code?: string; message: string; isLink?: boolean }): AppError {
  if (error.code === NOT_A_FOLDER) {
    return new AppError(
      'CONFLICT',
      `Cannot write into ${relative}/ in the site folder: it is ${error.isLink ? 'a link' : 'a file'}, not a folder Inkpress made`,
    );
  }
  return new AppError('IO', `Cannot write ${relative} in the site folder: ${REASONS[error.code ?? ''] ?? error.message}`);
}

const ioError = (relative: string, error: unknown): AppError => siteWriteError(relative, error as NodeJS.ErrnoException);

/** The folder a site path is in ('' for the site folder itself). */
export const parentOf = (relative: string): string => {
  const dir = path.posix.dirname(relative);
  return dir === '.' ? '' : dir;
};

/** The folders to make (outermost first) before a file can go into `relativeDir`: those not `known` yet. */
export function foldersToMake(relativeDir: string, known: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (let dir = relativeDir; !known.has(dir); dir = parentOf(dir)) missing.push(dir);
  return missing.reverse();
}

/** What writes the files of a site (createSiteWriter, or the threaded one for big exports). */
export interface SiteWriter {
  readonly root: string;
  /** Writes a page; `written` is called once it is on disk (at once here, later when a thread writes it). */
  write(relative: string, content: string, written?: () => void): void;
  /** Copies a file (an image) in. */
  copy(relative: string, source: string): void;
  /** Whether something (a file, folder or link) is at this path. */
  exists(relative: string): boolean;
  /** Removes a file an earlier export wrote; false when it was already gone. */
  remove(relative: string): boolean;
  /** Returns once every page given to write is on disk; throws the first write that failed. */
  flush(): void;
  /** Ends the writer: waits for what is under way, lets go of what it holds; never throws. */
  close(): void;
}

/**
 * Writes and removes the files of a site, only ever inside its folder:
 * - every path goes through resolveInside;
 * - a folder on the way that is a symbolic link (or a file) is refused, never followed out;
 * - each file is written to a temporary sibling and renamed over its name, so a web server
 *   or browser reading the folder sees the old or the new file, never half of one. There is
 *   no fsync per file: the library holds the source of every page, and a page lost to a
 *   power cut is rewritten by the next export (its key in the manifest will not match).
 *   Into a `fresh` folder (empty when the export began) pages are created in place instead
 *   (see writePage in siteFiles.mjs).
 */
export function createSiteWriter(root: string, { fresh = false }: { fresh?: boolean } = {}): SiteWriter {
  const base = path.resolve(root);
  const knownDirs = new Set<string>(['']);

  const ensureDir = (relativeDir: string): void => {
    for (const dir of foldersToMake(relativeDir, knownDirs)) {
      const full = resolveInside(base, dir);
      try {
        makeFolder(full);
      } catch (error) {
        throw ioError(dir, error);
      }
      knownDirs.add(dir);
    }
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
    const full = resolveInside(base, relative);
    ensureDir(parentOf(relative));
    try {
      replaceFile(full, put);
    } catch (error) {
      throw ioError(relative, error);
    }
  };

  return {
    root: base,

    write(relative: string, content: string, written?: () => void): void {
      const file = resolveInside(base, relative);
      ensureDir(parentOf(relative));
      try {
        writePage(file, content, fresh);
      } catch (error) {
        throw ioError(relative, error);
      }
      written?.();
    },

    copy(relative: string, source: string): void {
      place(relative, (temporary) => fs.copyFileSync(source, temporary, fs.constants.COPYFILE_EXCL));
    },

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

    // Every write is done when write returns.
    flush(): void {},
    close(): void {},
  };
}
