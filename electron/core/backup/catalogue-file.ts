// File-level steps on a catalogue database that is closed: checking a candidate file, swapping it in, copying a damaged one.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { DatabaseTooNewError, LATEST_VERSION, userVersion } from '../db/migrations';
import { compactStamp } from './backup-files';

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Opens a candidate file on its own and checks SQLite can read it, before anything of the merchant's is replaced. */
export function assertReadableBackup(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const version = userVersion(db);
    if (version > LATEST_VERSION) throw new DatabaseTooNewError(version);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw saidError('conflict', said('backup.backupUnreadable', { detail: error instanceof Error ? error.message : String(error) }));
  } finally {
    db?.close();
  }
}

/**
 * Puts a complete file in the catalogue's place. The old -wal and -shm go first: SQLite would replay an old WAL onto
 * the new file and damage it. Callers back up the old file (WAL included) before calling this.
 */
export function swapIn(catalogueFile: string, replacement: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(`${catalogueFile}${suffix}`, { force: true });
  fs.renameSync(replacement, catalogueFile);
}

/**
 * Copies (never moves) a catalogue file with its -wal and -shm into the recovered folder; returns the copy's path.
 * `sideFiles: false` copies the main file alone: a file that replaced the open catalogue does not own the -wal beside it.
 */
export function copyDamagedFile(catalogueFile: string, recoveredDir: string, at: Date, { sideFiles = true } = {}): string {
  if (!fs.existsSync(catalogueFile)) throw saidError('not-found', said('backup.noCatalogueFile', { file: catalogueFile }));
  fs.mkdirSync(recoveredDir, { recursive: true });
  const copyAt = (time: number) => path.join(recoveredDir, `${path.basename(catalogueFile, '.sqlite')}-${compactStamp(new Date(time))}.sqlite`);
  // A copy made earlier is never overwritten: a second copy in the same millisecond takes the next one.
  let time = at.getTime();
  while (fs.existsSync(copyAt(time))) time += 1;
  const copy = copyAt(time);
  fs.copyFileSync(catalogueFile, copy, fs.constants.COPYFILE_EXCL);
  if (!sideFiles) return copy;
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(`${catalogueFile}${suffix}`)) fs.copyFileSync(`${catalogueFile}${suffix}`, `${copy}${suffix}`);
  }
  return copy;
}
