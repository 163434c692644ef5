import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { migrate, refuseNewerSchema, type Migration } from './migration';
import { MIGRATIONS } from './migrations';

export const LIBRARY_FILE_NAME = 'library.sqlite';

export function libraryPath(dataDir: string): string {
  return path.join(dataDir, LIBRARY_FILE_NAME);
}

export interface OpenDatabaseOptions {
  migrations?: readonly Migration[];
  /**
   * The better-sqlite3 addon built for the running runtime, when it is not the one in
   * node_modules (Electron run unpackaged needs an Electron-ABI build; see scripts/).
   */
  nativeBinding?: string;
}

/** Opens (creating if needed) the library in dataDir, tuned and migrated. */
export function openDatabase(dataDir: string, { migrations = MIGRATIONS, nativeBinding }: OpenDatabaseOptions = {}): Database.Database {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new AppError('IO', `Cannot create the library folder ${dataDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let db: Database.Database;
  try {
    db = new Database(libraryPath(dataDir), nativeBinding ? { nativeBinding } : {});
  } catch (error) {
    throw new AppError('IO', `Cannot open the library ${libraryPath(dataDir)}: ${(error as Error).message}`);
  }
  try {
    // Checked before any setting below touches the file: a newer library stays byte for byte.
    refuseNewerSchema(db, migrations);
    // WAL: readers never block the writer, and a crash loses at most the last transaction.
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against application crashes in WAL mode and much faster than FULL.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // The CLI and the app may write at the same moment; wait rather than fail.
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
