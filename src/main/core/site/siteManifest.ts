import fs from 'node:fs';
import path from 'node:path';
import { parseAssetSrc } from '../assets/assetNames';
import { AppError } from '../errors';
import { isSitePath } from './sitePaths';
import { putExclusively } from './siteFiles.mjs';

/**
 * The record an export keeps in its output folder of the files it wrote: for each, the key of
 * what it was made from (so the next export rewrites only files whose key changed), and for
 * post pages the images they show (so an image stays while a page that was not rewritten
 * still shows it). Only files listed here are ever removed by a later export.
 */
export const MANIFEST_FILE = '.inkpress-site.json';
export const MANIFEST_FORMAT = 1;

export interface SiteManifest {
  /** Path (relative, forward slashes) -> key. */
  files: Map<string, string>;
  /** Path of a page -> the library images (their src, `library-assets/...`) it shows. */
  uses: Map<string, string[]>;
}

/**
 * What a key may be: the base64url digests the plan makes, the hex names of images, '' for a
 * path claimed but not yet written. Nothing that JSON would escape, so the record can be
 * written by joining its lines (site paths and library image names cannot need escaping either).
 */
const KEY = /^[A-Za-z0-9_-]*$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const emptyManifest = (): SiteManifest => ({ files: new Map(), uses: new Map() });

/** What the output folder holds when an export starts. */
export type FolderState = { kind: 'missing' } | { kind: 'empty' } | { kind: 'exported'; manifest: SiteManifest };

/** The identity of the manifest file as last read or written: its inode, size and change time. */
interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

const stampOf = (stat: fs.Stats): FileStamp => ({ ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs });
const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Reads and writes the manifests of site folders, remembering the last one of each folder:
 * re-exporting after an edit then need not read and check a record of 10,000 files again,
 * as long as the file on disk is still the one this process wrote or read (same inode, size
 * and modification time). Anything else reads it again.
 */
export function createManifestStore() {
  const known = new Map<string, { stamp: FileStamp; manifest: SiteManifest }>();

  const remember = (root: string, manifest: SiteManifest): void => {
    const stat = fs.statSync(path.join(root, MANIFEST_FILE), { throwIfNoEntry: false });
    if (stat) known.set(root, { stamp: stampOf(stat), manifest });
    else known.delete(root);
  };

  return {
    /**
     * Looks at the output folder before anything is written. A folder that exists, is not
     * empty and has no manifest is refused: it is someone's folder (a mistyped path must
     * never mix a site into a home folder). A damaged manifest is refused too, since it can
     * no longer say which files are Inkpress's. The manifest returned is the caller's to change.
     */
    inspect(root: string): FolderState {
      const state = inspectFolder(root);
      if (state !== 'exported') {
        known.delete(root);
        return { kind: state };
      }
      const stat = fs.statSync(path.join(root, MANIFEST_FILE));
      const cached = known.get(root);
      if (cached && sameStamp(cached.stamp, stampOf(stat))) return { kind: 'exported', manifest: cached.manifest };
      const manifest = readManifest(root);
      known.set(root, { stamp: stampOf(stat), manifest });
      return { kind: 'exported', manifest };
    },

    /**
     * Writes the manifest atomically and remembers it. Like the pages, it is renamed into place
     * without waiting for the disk (an fsync costs tens to hundreds of milliseconds on a busy
     * disk, and an export after an edit should take less than that in all): a reader sees the
     * old record or the new one, and the pages it lists can all be made again from the library.
     */
    save(root: string, manifest: SiteManifest): void {
      known.delete(root);
      const target = path.join(root, MANIFEST_FILE);
      const temporary = `${target}.inkpress-tmp`;
      try {
        putExclusively(temporary, (file) => fs.writeFileSync(file, manifestJson(manifest), { flag: 'wx' }));
        fs.renameSync(temporary, target);
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw new AppError('IO', `Cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      remember(root, manifest);
    },
  };
}

export type ManifestStore = ReturnType<typeof createManifestStore>;

function inspectFolder(root: string): 'missing' | 'empty' | 'exported' {
  let empty: boolean;
  try {
    const stat = fs.statSync(root);
    if (!stat.isDirectory()) throw new AppError('VALIDATION', `Cannot export the site into ${root}: it is a file, not a folder`);
    // One entry tells whether it is empty; a site folder has thousands.
    const dir = fs.opendirSync(root);
    try {
      empty = dir.readSync() === null;
    } finally {
      dir.closeSync();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    throw new AppError('IO', `Cannot read the folder ${root}: ${code ?? (error as Error).message}`);
  }
  if (empty) return 'empty';
  if (!fs.existsSync(path.join(root, MANIFEST_FILE))) {
    throw new AppError(
      'CONFLICT',
      `The folder ${root} already holds files that Inkpress did not export (no ${MANIFEST_FILE} in it). ` +
        'Choose an empty folder, or the one you exported this site to before; nothing was written.',
    );
  }
  return 'exported';
}

function readManifest(root: string): SiteManifest {
  const file = path.join(root, MANIFEST_FILE);
  const damaged = (why: string): AppError =>
    new AppError(
      'CONFLICT',
      `The export record ${file} is damaged (${why}), so Inkpress cannot tell which files in that folder are its own. ` +
        'Export into an empty folder instead; nothing was written.',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw damaged((error as NodeJS.ErrnoException).code ?? 'it is not JSON');
  }
  // Checked by hand rather than with a schema: it lists every file of the site, and an
  // export of 10,000 posts reads it in a few milliseconds this way.
  if (!isRecord(parsed) || parsed.format !== MANIFEST_FORMAT || parsed.generator !== 'Inkpress' || !isRecord(parsed.files) || !isRecord(parsed.uses)) {
    throw damaged('it is not an Inkpress site record of this version');
  }
  const files = new Map<string, string>();
  const uses = new Map<string, string[]>();
  // A record that names anything outside the folder (edited by hand, or by someone else)
  // could make a later export delete it: refuse the whole record.
  for (const [listed, key] of Object.entries(parsed.files)) {
    if (!isSitePath(listed)) throw damaged(`it lists "${listed}", which is not a file of a site`);
    if (typeof key !== 'string' || !KEY.test(key)) throw damaged(`the key of "${listed}" is not one Inkpress makes`);
    files.set(listed, key);
  }
  for (const [listed, images] of Object.entries(parsed.uses)) {
    if (!isSitePath(listed) || !Array.isArray(images) || !images.every((src) => typeof src === 'string' && parseAssetSrc(src))) {
      throw damaged(`its images of "${listed}" are not library images`);
    }
    uses.set(listed, images as string[]);
  }
  return { files, uses };
}

/**
 * The record as JSON, the same text JSON.stringify would give for it as an object. Made line
 * by line (one per file): an export after one edit writes the record of 10,000 pages again,
 * and joining its lines takes a fraction of what stringifying a 10,000-key object does.
 */
export function manifestJson(manifest: SiteManifest): string {
  let files = '';
  for (const [file, key] of manifest.files) files += `${files ? ',' : ''}"${file}":"${key}"`;
  let uses = '';
  for (const [file, images] of manifest.uses) uses += `${uses ? ',' : ''}"${file}":[${images.map((src) => `"${src}"`).join(',')}]`;
  return `{"format":${MANIFEST_FORMAT},"generator":"Inkpress","files":{${files}},"uses":{${uses}}}`;
}
