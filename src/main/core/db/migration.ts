import type Database from 'better-sqlite3';
import { AppError } from '../errors';

export interface Migration {
  /** Numbered in tens (10, 20, ...) and stored in PRAGMA user_version once applied. */
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws, before anything is written, when the library comes from a newer Inkpress. */
export function refuseNewerSchema(db: Database.Database, migrations: readonly Migration[]): void {
  const found = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (found > latest) {
    throw new AppError(
      'CONFLICT',
      `This library was written by a newer version of Inkpress (schema ${found}; this app knows up to ${latest}). ` +
        'Update Inkpress to open it; nothing was changed.',
    );
  }
}

/**
 * Brings the database up to the newest migration in one transaction: either every pending
 * step is applied, or none is. A database written by a newer Inkpress is refused untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): { from: number; to: number } {
  refuseNewerSchema(db, migrations);
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is a number from our own code.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }
  })();
  return { from, to: schemaVersion(db) };
}
