// The contract entries of backups, restore, export/import of everything and the recovery screen;
// shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import { backupIdSchema, type BackupEntry, type BackupStatus, type ExportAllFile, type ImportAllReport, type RestoreResult, type SaveOpenResult } from '../backup';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;
const empty = z.object({}).strict();

export const backupCalls = {
  /** 'recovery' when the catalogue file could not be opened: the renderer shows the recovery screen. */
  'backup:status': { input: empty, result: returns<BackupStatus>() },
  /** The current mode's backups, newest first. */
  'backup:list': { input: empty, result: returns<BackupEntry[]>() },
  'backup:create': { input: empty, result: returns<BackupEntry>() },
  /** Backs up the current file first, then puts the chosen backup in its place. */
  'backup:restore': { input: z.object({ id: backupIdSchema }).strict(), result: returns<RestoreResult>() },
  /** Every table of the current mode's database as one JSON file (never the API token: it is not in SQLite). */
  'backup:exportAll': { input: empty, result: returns<ExportAllFile>() },
  /** A file staged with files:stage, from backup:exportAll on this or another computer; the current file is backed up first. */
  'backup:importAll': { input: z.object({ fileId: z.string().regex(/^[a-f0-9]{32}$/, 'Not a staged file id') }).strict(), result: returns<ImportAllReport>() },
  /** Copies the damaged catalogue file (never moves or deletes it) into the recovered folder and says where. */
  'backup:copyDamaged': { input: empty, result: returns<{ path: string }>() },
  /**
   * Saves what the app holds when its file disappeared or was replaced: a backup written from the open connection; a
   * disappeared file is put back from it and reopened.
   */
  'backup:saveOpen': { input: empty, result: returns<SaveOpenResult>() },
  /**
   * From the recovery screen, when the catalogue file is missing or empty: starts a new empty catalogue (an empty file
   * is copied to the recovered folder first). Backups are kept and can still be restored later.
   */
  'backup:startEmpty': { input: empty, result: returns<BackupStatus>() },
} as const;
