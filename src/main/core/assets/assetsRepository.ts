import type Database from 'better-sqlite3';
import type { AssetExt } from './assetNames';

interface AssetRow {
  hash: string;
  mime_type: string;
  ext: AssetExt;
  bytes: number;
  width: number | null;
  height: number | null;
  original_name: string;
  created_at: string;
  last_imported_at: string;
}

export interface AssetRecord {
  hash: string;
  mimeType: string;
  ext: AssetExt;
  bytes: number;
  width: number | null;
  height: number | null;
  originalName: string;
  createdAt: string;
  lastImportedAt: string;
}

const toRecord = (row: AssetRow): AssetRecord => ({
  hash: row.hash,
  mimeType: row.mime_type,
  ext: row.ext,
  bytes: row.bytes,
  width: row.width,
  height: row.height,
  originalName: row.original_name,
  createdAt: row.created_at,
  lastImportedAt: row.last_imported_at,
});

export function createAssetsRepository(db: Database.Database) {
  const statements = {
    get: db.prepare<[string], AssetRow>('SELECT * FROM assets WHERE hash = ?'),
    all: db.prepare<[], AssetRow>('SELECT * FROM assets ORDER BY hash'),
    hashes: db.prepare<[], { hash: string }>('SELECT hash FROM assets'),
    // A second import of the same bytes keeps the first row (its name, its date) and only
    // says the image is in use again; done as one statement, so two importers cannot collide.
    upsert: db.prepare<[Omit<AssetRow, 'created_at' | 'last_imported_at'> & { now: string }], AssetRow>(
      `INSERT INTO assets (hash, mime_type, ext, bytes, width, height, original_name, created_at, last_imported_at)
       VALUES (@hash, @mime_type, @ext, @bytes, @width, @height, @original_name, @now, @now)
       ON CONFLICT (hash) DO UPDATE SET last_imported_at = excluded.last_imported_at
       RETURNING *`,
    ),
    deleteIfStale: db.prepare<[string, string]>('DELETE FROM assets WHERE hash = ? AND last_imported_at < ?'),
  };

  return {
    get(hash: string): AssetRecord | undefined {
      const row = statements.get.get(hash);
      return row && toRecord(row);
    },
    all(): AssetRecord[] {
      return statements.all.all().map(toRecord);
    },
    hashes(): Set<string> {
      return new Set(statements.hashes.all().map((row) => row.hash));
    },
    /** Inserts the asset, or marks the existing one as imported again; returns the stored row. */
    upsert(asset: Omit<AssetRecord, 'createdAt' | 'lastImportedAt'>, now: string): AssetRecord {
      const row = statements.upsert.get({
        hash: asset.hash,
        mime_type: asset.mimeType,
        ext: asset.ext,
        bytes: asset.bytes,
        width: asset.width,
        height: asset.height,
        original_name: asset.originalName,
        now,
      });
      if (!row) throw new Error(`The asset ${asset.hash} was not stored`);
      return toRecord(row);
    },
    /** Deletes the row unless it was imported at or after `cutoff`; true when it was deleted. */
    deleteIfStale(hash: string, cutoff: string): boolean {
      return statements.deleteIfStale.run(hash, cutoff).changes === 1;
    },
  };
}

export type AssetsRepository = ReturnType<typeof createAssetsRepository>;
