// Backups of the catalogue database and the recovery state, as the renderer sees them: names, reasons, sizes, the error.
import { z } from 'zod';
import type { AccountMode } from './connection';
import type { MerchantMessage } from './messages/merchant-message';

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

/**
 * Why an open catalogue takes no more changes: the file or its folder is read-only (opened read-only at start), or the
 * file disappeared or was replaced by another one while the app ran (writing stopped; what the app holds can be saved).
 */
export const CATALOGUE_PROBLEMS = ['read-only-file', 'read-only-folder', 'file-gone', 'file-replaced'] as const;
export type CatalogueProblemKind = (typeof CATALOGUE_PROBLEMS)[number];

export interface CatalogueProblem {
  kind: CatalogueProblemKind;
  /** The system's or SQLite's own code (EACCES, EPERM, EROFS...), for support. */
  detail?: string;
}

/** Why the recovery screen is shown: a file that was there before is missing or empty, or SQLite cannot open it. */
export type RecoveryKind = 'missing' | 'empty' | 'unreadable';

export interface BackupStatus {
  /** 'recovery': the catalogue file could not be opened; the app shows the recovery screen instead of the catalogue. */
  state: 'ok' | 'recovery';
  mode: AccountMode;
  /** What went wrong and what to do next, in English (the log, and a catalogue file from before message codes). */
  error?: string;
  /** The same as a code the screen words in the merchant's language. */
  errorSaid?: MerchantMessage;
  /** With 'recovery': which kind, so the screen can offer to start an empty catalogue when the file is missing or empty. */
  recoveryKind?: RecoveryKind;
  /** With 'ok': the catalogue is open but takes no changes (a banner says why and what to do). */
  problem?: CatalogueProblem;
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

export interface SaveOpenResult {
  /** The backup written from the open connection (what the app holds, pages in the WAL included). */
  saved: BackupEntry;
  /** True when the file had disappeared and the saved copy was put back in its place and reopened: editing works again. */
  putBack: boolean;
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
