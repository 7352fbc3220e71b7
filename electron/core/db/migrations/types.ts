// The shape of one numbered migration.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Becomes PRAGMA user_version once applied; strictly increasing, one per file. */
  version: number;
  name: string;
  up: (db: Database) => void;
}
