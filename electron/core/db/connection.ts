// Opens the merchant's SQLite file with the settings every connection needs, then brings its schema up to date.
import Database from 'better-sqlite3';
import { DatabaseTooNewError, LATEST_VERSION, migrate, userVersion } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Runs before migrations are applied to a file that already has a schema (the backup before a migration); throwing stops the migration. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file);
  try {
    // Checked before any pragma writes to the file: a newer app's file is left exactly as it was.
    const version = userVersion(db);
    if (version > LATEST_VERSION) throw new DatabaseTooNewError(version);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // A new, empty file has nothing worth a backup.
    if (version > 0 && version < LATEST_VERSION) options.beforeMigrate?.(db, version);
    migrate(db);
    return db;
  } catch (error) {
    // Close, never delete: the file is the merchant's catalogue.
    db.close();
    throw error;
  }
}

/** Whether this connection may write: false when the file was opened read-only or writing was stopped (query_only). */
export function isWritable(db: Db): boolean {
  return db.open && !db.readonly && db.pragma('query_only', { simple: true }) !== 1;
}
