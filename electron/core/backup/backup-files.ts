// The backup folder of each mode: file names that carry mode, reason and time, the listing, and the rotation of daily backups.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_FILE_PATTERN, type BackupEntry, type BackupReason } from '../../../shared/backup';

export type CatalogueMode = 'sandbox' | 'account';

/** How many daily backups are kept. */
export const DAILY_BACKUPS_KEPT = 14;

export const backupDirOf = (dataDir: string, mode: CatalogueMode) => path.join(dataDir, 'backups', mode);

/** 2026-11-27T18:42:00.123Z -> 20261127T184200123Z: sortable, and legal in every file system's names. */
export const compactStamp = (at: Date) => at.toISOString().replace(/[-:.]/g, '');

const isoOf = (stamp: string) =>
  `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;

export const backupNameOf = (mode: CatalogueMode, reason: BackupReason, at: Date) => `refurb-desk-${mode}-${reason}-${compactStamp(at)}.sqlite`;

export function entryOf(dir: string, name: string): BackupEntry | undefined {
  const match = BACKUP_FILE_PATTERN.exec(name);
  if (!match) return undefined;
  const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  return { id: name, createdAt: isoOf(match[3] ?? ''), sizeBytes: stat.size, reason: match[2] as BackupReason };
}

/** Newest first. Files the app did not name (partial copies, the merchant's own) are not listed and never touched. */
export function listBackups(dir: string): BackupEntry[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => entryOf(dir, name))
    .filter((entry): entry is BackupEntry => entry !== undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** A free name for a new backup: two backups within the same millisecond get the next millisecond. */
export function freeBackupPath(dir: string, mode: CatalogueMode, reason: BackupReason, at: Date): string {
  let time = at.getTime();
  while (fs.existsSync(path.join(dir, backupNameOf(mode, reason, new Date(time))))) time += 1;
  return path.join(dir, backupNameOf(mode, reason, new Date(time)));
}

/**
 * Keeps the newest DAILY_BACKUPS_KEPT daily backups and deletes older daily ones. Only the copies the app takes on its own
 * schedule rotate: kept forever they would fill the disk (a 50 MB catalogue makes 18 GB a year). Backups taken before a
 * migration, a restore or an import, and the merchant's own, are never deleted by the app. Returns the deleted ids.
 */
export function rotateDailyBackups(dir: string, keep = DAILY_BACKUPS_KEPT): string[] {
  const old = listBackups(dir)
    .filter((entry) => entry.reason === 'daily')
    .slice(keep);
  for (const entry of old) fs.rmSync(path.join(dir, entry.id));
  return old.map((entry) => entry.id);
}

/** The local calendar day of a time: "once a day of use" follows the merchant's day, not UTC's. */
export const localDay = (at: Date) => `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`;
