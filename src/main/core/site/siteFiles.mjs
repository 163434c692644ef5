// @ts-check
// How a site's files are made on disk: shared by the export's writer (siteWriter.ts) and the
// thread that writes pages beside it (siteFileWriterThread.mjs). Plain JavaScript with Node's
// own modules only, so that thread can load it as it is, from the sources or from a build.
// Every path given here is absolute and was checked by resolveInside (sitePaths.ts) first.
import fs from 'node:fs';
import path from 'node:path';

/** The code of the error makeFolder throws when a file or link is where a folder should be. */
export const NOT_A_FOLDER = 'INKPRESS_NOT_A_FOLDER';

/**
 * Makes a folder, or accepts the one there if it is a real folder. A file or a symbolic link
 * in its place is refused (error code NOT_A_FOLDER, `isLink` telling which), never followed.
 * @param {string} dir
 */
export function makeFolder(dir) {
  try {
    // Most folders are new: make it, and look at what is there only when something is.
    fs.mkdirSync(dir);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory()) {
      throw Object.assign(new Error(`${dir} is not a folder`), { code: NOT_A_FOLDER, isLink: stat.isSymbolicLink() });
    }
  }
}

/**
 * Creates a file that must not exist yet (O_EXCL: never through a link, never over a file) and
 * writes `content` into it; removes it again if that fails. The text is handed to the system
 * as it is, with no Buffer made of each page (that was a tenth of a full export, in copying
 * and in collecting the garbage).
 * @param {string} file
 * @param {string} content
 */
export function writeNewFile(file, content) {
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
 * Creates a temporary file with `put`, which must refuse a path that exists (flag 'wx',
 * COPYFILE_EXCL): a file or link already there (left by a crash, or planted) is removed, never
 * written through, so a link named like a temporary file cannot redirect a write elsewhere.
 * @param {string} temporary
 * @param {(temporary: string) => void} put
 */
export function putExclusively(temporary, put) {
  try {
    put(temporary);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    fs.rmSync(temporary, { force: true });
    put(temporary);
  }
}

/**
 * Puts a file in place whole: made by `put` as a temporary sibling, then renamed over its
 * name, so a web server or browser reading the folder sees the old or the new file, never
 * half of one. A link at the name is replaced, not written through.
 * @param {string} file
 * @param {(temporary: string) => void} put
 */
export function replaceFile(file, put) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.inkpress-tmp`);
  try {
    putExclusively(temporary, put);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes a page. `inPlace` (the folder was empty when the export began): created where it
 * goes, as there is no old page to keep and a rename per file was a tenth of a first export;
 * should something be there after all (put there during the export), it is replaced like
 * any page, still never written through.
 * @param {string} file
 * @param {string} content
 * @param {boolean} inPlace
 */
export function writePage(file, content, inPlace) {
  if (inPlace) {
    try {
      writeNewFile(file, content);
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
  }
  replaceFile(file, (temporary) => writeNewFile(temporary, content));
}
