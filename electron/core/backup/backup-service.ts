// Backups of the current mode's catalogue database (before a migration, once a day of use, before a restore or an import,
// on demand), restore, export/import of everything, and the recovery state when the file cannot be opened.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason, BackupStatus, ExportAllFile, ImportAllReport, RestoreResult } from '../../../shared/backup';
import type { AccountMode } from '../../../shared/connection';
import { openDatabase, type Db } from '../db/connection';
import { AppError, notFound } from '../errors';
import type { EventBus } from '../events';
import type { FileStaging } from '../files/staging';
import { onlineBackup, snapshotSync } from './backup-copy';
import { backupDirOf, entryOf, freeBackupPath, listBackups, localDay, rotateDailyBackups, type CatalogueMode } from './backup-files';
import { assertReadableCatalogue, copyDamagedFile, swapIn } from './catalogue-file';
import { exportDatabase } from './export-all';
import { parseExport, writeExportInto } from './import-all';
import { recoveryMessage } from './recovery-message';

/** The composition root's hold on the catalogue database: the service closes and reopens it around a restore. */
export interface CatalogueHandle {
  mode(): AccountMode;
  database(): Db | undefined;
  /** Closes the connection (and drops the services built on it) without changing the mode. */
  close(): void;
  /** Opens the current mode's file again, through open() below, and tells the renderer the catalogue changed. */
  reopen(): void;
}

export interface BackupServiceDeps {
  dataDir: string;
  databaseFile: (mode: CatalogueMode) => string;
  catalogue: CatalogueHandle;
  files: FileStaging;
  events: EventBus;
  now: () => Date;
  appVersion: string;
  log?: { error(message: string, detail?: unknown): void };
  /** How often a long-running app checks whether today's daily backup is due (tests pass 0: no timer). */
  dailyCheckMs?: number;
}

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(deps: BackupServiceDeps) {
  const { dataDir, catalogue, now, log = console } = deps;
  let recovery: { mode: CatalogueMode; error: string } | undefined;
  // Backups, restores and imports run one at a time: a restore never closes the database under a running backup.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const currentMode = (): CatalogueMode => {
    const mode = catalogue.mode();
    if (mode === 'none') throw new AppError('unavailable', 'Finish setting up Refurb Desk first: choose the sandbox marketplace or connect your Back Market account.');
    return mode;
  };
  const openDb = (): Db | undefined => {
    const db = catalogue.database();
    return db?.open ? db : undefined;
  };
  const requireDb = (): Db => {
    const db = openDb();
    if (!db) throw new AppError('unavailable', 'Your catalogue file could not be opened. Restore a backup first.');
    return db;
  };
  const dirOf = (mode: CatalogueMode) => {
    const dir = backupDirOf(dataDir, mode);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };

  async function take(db: Db, mode: CatalogueMode, reason: BackupReason): Promise<BackupEntry> {
    const target = freeBackupPath(dirOf(mode), mode, reason, now());
    await onlineBackup(db, target);
    const entry = entryOf(path.dirname(target), path.basename(target));
    if (!entry) throw new Error(`The backup ${target} was not written.`);
    return entry;
  }

  /** The current file kept before it is replaced: a backup when SQLite can read it, else a byte-for-byte copy. */
  async function keepCurrent(mode: CatalogueMode, reason: BackupReason): Promise<{ backupOfReplaced?: BackupEntry; damagedCopy?: string }> {
    const db = openDb();
    if (db) return { backupOfReplaced: await take(db, mode, reason) };
    const file = deps.databaseFile(mode);
    if (!fs.existsSync(file)) return {};
    return { damagedCopy: copyDamagedFile(file, path.join(dataDir, 'recovered'), now()) };
  }

  /** Closes the database, swaps the new file in and reopens it; reopening tells the renderer the catalogue changed. */
  function replaceWith(mode: CatalogueMode, replacement: string): void {
    catalogue.close();
    swapIn(deps.databaseFile(mode), replacement);
    catalogue.reopen();
    if (recovery) throw new AppError('internal', recovery.error);
  }

  async function dailyIfDue(): Promise<BackupEntry | undefined> {
    const mode = catalogue.mode();
    const db = openDb();
    if (mode === 'none' || !db) return undefined;
    const dir = dirOf(mode);
    const lastDaily = listBackups(dir).find((entry) => entry.reason === 'daily');
    if (lastDaily && localDay(new Date(lastDaily.createdAt)) === localDay(now())) return undefined;
    const entry = await take(db, mode, 'daily');
    rotateDailyBackups(dir);
    return entry;
  }
  const dailySoon = () =>
    void exclusive(dailyIfDue).catch((error: unknown) => {
      // A backup cut short because the app quit or switched mode is taken again on the next day of use.
      if (openDb()) log.error('The daily backup failed', error);
    });

  const timer = deps.dailyCheckMs === 0 ? undefined : setInterval(dailySoon, deps.dailyCheckMs ?? 60 * 60 * 1000);
  timer?.unref();

  return {
    /**
     * Opens a mode's catalogue file, backing it up first when a migration is due. Any failure (a damaged file, a newer
     * app's file, a failed backup) leaves the file as it is and puts the app in the recovery state instead of throwing.
     */
    open(mode: CatalogueMode): Db | undefined {
      try {
        const db = openDatabase(deps.databaseFile(mode), { beforeMigrate: (source) => snapshotSync(source, freeBackupPath(dirOf(mode), mode, 'migration', now())) });
        recovery = undefined;
        dailySoon();
        return db;
      } catch (error) {
        log.error('The catalogue database could not be opened', error);
        recovery = { mode, error: recoveryMessage(error) };
        return undefined;
      }
    },

    status(): BackupStatus {
      const mode = catalogue.mode();
      if (mode === 'none') return { state: 'ok', mode };
      const located = { file: deps.databaseFile(mode), backupFolder: backupDirOf(dataDir, mode) };
      return recovery?.mode === mode ? { state: 'recovery', mode, error: recovery.error, ...located } : { state: 'ok', mode, ...located };
    },

    list(): BackupEntry[] {
      const mode = catalogue.mode();
      return mode === 'none' ? [] : listBackups(backupDirOf(dataDir, mode));
    },

    dailyIfDue: () => exclusive(dailyIfDue),

    create: () => exclusive(() => take(requireDb(), currentMode(), 'manual')),

    restore: (id: string): Promise<RestoreResult> =>
      exclusive(async () => {
        const mode = currentMode();
        const restored = listBackups(backupDirOf(dataDir, mode)).find((entry) => entry.id === id);
        if (!restored) throw notFound('This backup');
        // The backup itself is never touched: a copy of it is checked, then becomes the catalogue.
        const staged = `${deps.databaseFile(mode)}.restoring`;
        fs.copyFileSync(path.join(backupDirOf(dataDir, mode), id), staged);
        try {
          assertReadableCatalogue(staged, 'This backup');
        } catch (error) {
          fs.rmSync(staged, { force: true });
          throw error;
        }
        const kept = await keepCurrent(mode, 'before-restore');
        replaceWith(mode, staged);
        return { restored, ...kept };
      }),

    exportAll(): ExportAllFile {
      const mode = currentMode();
      const content = exportDatabase(requireDb(), { mode, appVersion: deps.appVersion, now: now() });
      return { fileName: `refurb-desk-${mode}-everything-${now().toISOString().slice(0, 10)}.json`, content: JSON.stringify(content) };
    },

    importAll: (fileId: string): Promise<ImportAllReport> =>
      exclusive(async () => {
        const mode = currentMode();
        const data = parseExport(fs.readFileSync(deps.files.pathOf(fileId), 'utf8'));
        if (data.mode !== mode) {
          const from = data.mode === 'sandbox' ? 'the sandbox marketplace' : 'a Back Market account';
          throw new AppError('conflict', `This file was exported from ${from}'s catalogue; listings and orders of one marketplace do not belong in the other. Import it in the same mode, or move your products with a CSV export and import. Nothing has been changed.`);
        }
        const staged = `${deps.databaseFile(mode)}.importing`;
        fs.rmSync(staged, { force: true });
        let counts: { tables: number; rows: number };
        try {
          counts = writeExportInto(staged, data);
        } catch (error) {
          fs.rmSync(staged, { force: true });
          throw error;
        }
        const kept = await keepCurrent(mode, 'before-import');
        replaceWith(mode, staged);
        deps.files.remove(fileId);
        return { ...counts, ...kept };
      }),

    copyDamaged(): { path: string } {
      return { path: copyDamagedFile(deps.databaseFile(currentMode()), path.join(dataDir, 'recovered'), now()) };
    },

    /** Waits for a running backup; stops the daily check. */
    async close(): Promise<void> {
      if (timer) clearInterval(timer);
      await queue;
    },
  };
}
