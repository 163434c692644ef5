import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ImportedAsset } from '../../../shared/library';
import { AppError, invalid } from '../errors';
import {
  ASSET_MIME_TYPES,
  assetFilePath,
  assetsDirOf,
  assetSrc,
  parseAssetFileName,
  parseAssetSrc,
  type AssetExt,
} from './assetNames';
import { createAssetsRepository, type AssetRecord } from './assetsRepository';
import { sniffImage } from './sniffImage';
import { TEMP_PREFIX, writeAssetFile } from './writeAssetFile';

/** The largest image the library takes (the IPC schema bounds the base64 to match). */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024;

/**
 * Garbage collection spares anything imported this recently: an image pasted a moment ago
 * may not be in any saved draft yet (autosave runs later, or the app was closed first).
 */
export const GC_GRACE_MS = 24 * 60 * 60 * 1000;

const ACCEPTED = 'a PNG, JPEG, GIF, WebP or AVIF image';
const TYPE_LABELS: Record<AssetExt, string> = { png: 'PNG', jpg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF' };

export interface AssetImport {
  /** The name the file had where it came from; kept for the writer, never used as a path. */
  fileName: string;
  bytes: Uint8Array;
}

export interface GarbageReport {
  /** Assets (row and file) that no draft or revision used any more. */
  deletedAssets: number;
  /** Files with no row: left by a crash between writing the file and recording it. */
  deletedOrphanFiles: number;
  freedBytes: number;
}

export interface AssetsServiceOptions {
  db: Database.Database;
  dataDir: string;
  clock: () => Date;
  /**
   * Every asset hash still in use: by drafts (in the library and in the trash) and by stored
   * revisions. Composed in services.ts; see assetReferences.ts.
   */
  referencedHashes: () => ReadonlySet<string>;
}

/** The file name as a message can show it: quoted, one line, or "The file" when there is none. */
function displayName(fileName: string): string {
  const clean = cleanName(fileName);
  return clean ? `"${clean}"` : 'The file';
}

function cleanName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  return fileName.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255);
}

// Strict: Buffer.from(text, 'base64') would quietly skip anything it does not understand.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(fileName: string, dataBase64: string): Buffer {
  if (!BASE64.test(dataBase64) || dataBase64.length % 4 === 1) {
    throw invalid(`${displayName(fileName)} did not arrive intact (its data is not valid base64)`);
  }
  return Buffer.from(dataBase64, 'base64');
}

function ioError(fileName: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
  return new AppError('IO', `Cannot copy ${displayName(fileName)} into the library: ${reason}`);
}

function toImported(record: AssetRecord): ImportedAsset {
  return {
    src: assetSrc(record.hash, record.ext),
    hash: record.hash,
    mimeType: record.mimeType,
    bytes: record.bytes,
    width: record.width,
    height: record.height,
  };
}

/** Removes a file, reporting its size, or 0 when it was already gone. */
function removeFile(file: string): number {
  try {
    const { size } = fs.statSync(file);
    fs.rmSync(file, { force: true });
    return size;
  } catch {
    return 0;
  }
}

export function createAssetsService({ db, dataDir, clock, referencedHashes }: AssetsServiceOptions) {
  const repo = createAssetsRepository(db);
  const dir = assetsDirOf(dataDir);

  /**
   * Puts the bytes at their final name unless a complete copy is already there (the name is
   * the hash of the bytes, so same name and same size means same content). True when this
   * call created the file, so a failure after it knows to take it away again.
   */
  const ensureFile = (file: string, bytes: Uint8Array): boolean => {
    let size: number | null;
    try {
      size = fs.statSync(file).size;
    } catch {
      size = null;
    }
    if (size === bytes.length) return false;
    writeAssetFile(file, bytes);
    return size === null;
  };

  const collectFiles = (cutoff: Date, known: ReadonlyMap<string, AssetExt>): { files: number; bytes: number } => {
    let files = 0;
    let bytes = 0;
    let shards: string[];
    try {
      shards = fs.readdirSync(dir).filter((name) => /^[0-9a-f]{2}$/.test(name));
    } catch {
      return { files, bytes }; // no assets folder yet
    }
    for (const shard of shards) {
      const shardDir = path.join(dir, shard);
      let entries: string[];
      try {
        entries = fs.readdirSync(shardDir);
      } catch {
        continue; // not a folder
      }
      for (const entry of entries) {
        const name = parseAssetFileName(entry);
        const ours = (name !== null && name.hash.startsWith(shard)) || entry.startsWith(TEMP_PREFIX);
        if (!ours) continue; // not something the library wrote: leave it alone
        if (name && known.get(name.hash) === name.ext) continue; // recorded: collected by its row
        const file = path.join(shardDir, entry);
        try {
          const stat = fs.statSync(file);
          // A file this recent may belong to an import in flight (written, not yet recorded).
          if (!stat.isFile() || stat.mtime >= cutoff) continue;
        } catch {
          continue;
        }
        const freed = removeFile(file);
        files += 1;
        bytes += freed;
      }
    }
    return { files, bytes };
  };

  /**
   * Copies an image into the library, once per distinct content. The type is decided by
   * the bytes alone; SVG is refused (it can carry script). The file is written completely
   * before its row is recorded, and taken away again if recording fails, so a failure
   * leaves neither a row without a file nor a new file without a row.
   */
  const importAsset = ({ fileName, bytes }: AssetImport): ImportedAsset => {
    const name = displayName(fileName);
    if (bytes.length === 0) throw invalid(`${name} is empty`);
    if (bytes.length > MAX_ASSET_BYTES) throw invalid(`${name} is larger than 25 MB`);
    const sniffed = sniffImage(bytes);
    if (sniffed.kind === 'svg') throw invalid(`${name} is not ${ACCEPTED}: SVG is not accepted because it can carry scripts`);
    if (sniffed.kind === 'unknown') throw invalid(`${name} is not ${ACCEPTED}`);
    if (sniffed.kind === 'damaged') throw invalid(`${name} looks damaged: its ${TYPE_LABELS[sniffed.ext]} header gives no picture size`);
    const { image } = sniffed;

    const hash = crypto.createHash('sha256').update(bytes).digest('hex');
    // A row from an earlier import decides the name; the bytes are the same either way.
    const ext = repo.get(hash)?.ext ?? image.ext;
    const file = assetFilePath(dir, hash, ext);
    let created: boolean;
    try {
      created = ensureFile(file, bytes);
    } catch (error) {
      throw ioError(fileName, error);
    }
    try {
      const record = repo.upsert(
        {
          hash,
          mimeType: ASSET_MIME_TYPES[ext],
          ext,
          bytes: bytes.length,
          width: image.width,
          height: image.height,
          originalName: cleanName(fileName),
        },
        clock().toISOString(),
      );
      return toImported(record);
    } catch (error) {
      if (created) removeFile(file);
      throw error;
    }
  };

  return {
    /** Where the files live: the app:// protocol and the e2e server serve /library-assets/ from here. */
    dir,

    get(hash: string): AssetRecord | undefined {
      return repo.get(hash);
    },

    list(): AssetRecord[] {
      return repo.all();
    },

    import: importAsset,

    /** The 'assets:import' request: the renderer sends the file's bytes as base64. */
    importBase64({ fileName, dataBase64 }: { fileName: string; mimeType: string; dataBase64: string }): ImportedAsset {
      // The claimed MIME type is ignored on purpose: the bytes decide what the file is.
      return importAsset({ fileName, bytes: decodeBase64(fileName, dataBase64) });
    },

    /**
     * The asset a src names, as a data: URL for a page that must stand alone (export,
     * publish); null when the src is not a library asset or its file is gone.
     */
    dataUrlOf(src: string): string | null {
      const name = parseAssetSrc(src);
      if (!name) return null;
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(assetFilePath(dir, name.hash, name.ext));
      } catch {
        return null;
      }
      return `data:${name.mimeType};base64,${bytes.toString('base64')}`;
    },

    /**
     * Deletes the assets that no draft (trash included) and no revision uses, except those
     * imported in the last 24 hours, and files that have no row. Rows are deleted in one
     * write transaction together with the reference scan, so a save cannot slip between
     * them; files go after the commit (a file left by a failure there is an orphan the next
     * run removes, never a row without its file).
     */
    collectGarbage(): GarbageReport {
      const cutoff = new Date(clock().getTime() - GC_GRACE_MS);
      const cutoffIso = cutoff.toISOString();
      const deleted = db
        .transaction(() => {
          const referenced = referencedHashes();
          return repo
            .all()
            .filter((asset) => !referenced.has(asset.hash) && asset.lastImportedAt < cutoffIso)
            .filter((asset) => repo.deleteIfStale(asset.hash, cutoffIso));
        })
        .immediate();
      let freedBytes = 0;
      for (const asset of deleted) freedBytes += removeFile(assetFilePath(dir, asset.hash, asset.ext));
      const known = new Map(repo.all().map((asset) => [asset.hash, asset.ext] as const));
      const orphans = collectFiles(cutoff, known);
      return { deletedAssets: deleted.length, deletedOrphanFiles: orphans.files, freedBytes: freedBytes + orphans.bytes };
    },
  };
}

export type AssetsService = ReturnType<typeof createAssetsService>;
