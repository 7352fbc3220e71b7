// Backups of the catalogue database and the recovery state, as the renderer sees them: names, reasons, sizes, the error.
import { z } from 'zod';
import type { AccountMode } from './connection';

/** Why a backup was taken; only 'daily' ones are ever rotated away (see README, Backups). */
export const BACKUP_REASONS = ['migration', 'daily', 'before-restore', 'before-import', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** A backup's id is its file name in the current mode's backup folder: never a path the renderer could point elsewhere. */
export const BACKUP_FILE_PATTERN = /^refurb-desk-(sandbox|account)-(migration|daily|before-restore|before-import|manual)-(\d{8}T\d{9}Z)\.sqlite$/;
export const backupIdSchema = z.string().max(200).regex(BACKUP_FILE_PATTERN, 'Not a Refurb Desk backup');

export interface BackupEntry {
  id: string;
  /** ISO time the backup was taken. */
  createdAt: string;
  sizeBytes: number;
  reason: BackupReason;
}

export interface BackupStatus {
  /** 'recovery': the catalogue file could not be opened; the app shows the recovery screen instead of the catalogue. */
  state: 'ok' | 'recovery';
  mode: AccountMode;
  /** What went wrong and what to do next, ready to show. */
  error?: string;
  /** The catalogue file of the current mode. */
  file?: string;
  /** Where this mode's backups are kept. */
  backupFolder?: string;
}

export interface RestoreResult {
  restored: BackupEntry;
  /** The backup of the file that was replaced; absent when that file was damaged (it was copied to the recovered folder). */
  backupOfReplaced?: BackupEntry;
  /** Where the damaged file was copied, when it was. */
  damagedCopy?: string;
}

export interface ExportAllFile {
  fileName: string;
  content: string;
}

export interface ImportAllReport {
  tables: number;
  rows: number;
  backupOfReplaced?: BackupEntry;
  damagedCopy?: string;
}
