// Copies of an open catalogue database made by SQLite itself, so pages still in the WAL are included and no copy is torn.
import fs from 'node:fs';
import type { Db } from '../db/connection';

/** Written under a temporary name and renamed when complete: a half-written copy is never listed as a backup. */
const partialOf = (target: string) => `${target}.partial`;

/** SQLite's online backup (better-sqlite3's backup()): asynchronous, in steps, the app keeps working meanwhile. */
export async function onlineBackup(db: Db, target: string): Promise<void> {
  const partial = partialOf(target);
  try {
    await db.backup(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * A synchronous consistent copy, for the backup before a migration: opening a database runs synchronously inside the mode
 * switch, and backup() only exists as a promise. VACUUM INTO reads one snapshot of the database (WAL included) and writes a
 * complete new file; a plain file copy after a checkpoint could still race another connection's write.
 */
export function snapshotSync(db: Db, target: string): void {
  const partial = partialOf(target);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
