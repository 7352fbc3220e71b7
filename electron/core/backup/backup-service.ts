// Backups of the current mode's catalogue database (before a migration, once a day of use, before a restore or an import,
// on demand), restore, export/import of everything, and the recovery state when the file cannot be opened.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason, BackupStatus, CatalogueProblem, ExportAllFile, ImportAllReport, RecoveryKind, RestoreResult, SaveOpenResult } from '../../../shared/backup';
import type { AccountMode } from '../../../shared/connection';
import { fileChangeOf, fileStateOf, identityOf, openReadOnly, writeAccessOf, type FileIdentity } from '../db/catalogue-access';
import { openDatabase, type Db } from '../db/connection';
import { DatabaseTooNewError, LATEST_VERSION, userVersion } from '../db/migrations';
import { AppError, notFound, saidError } from '../errors';
import { said, type MerchantMessage } from '../../../shared/messages/merchant-message';
import { inEnglish } from '../../../shared/messages/in-english';
import type { EventBus } from '../events';
import type { FileStaging } from '../files/staging';
import { onlineBackup, snapshotSync } from './backup-copy';
import { backupDirOf, entryOf, freeBackupPath, listBackups, localDay, rotateDailyBackups, type CatalogueMode } from './backup-files';
import { assertReadableBackup, copyDamagedFile, swapIn } from './catalogue-file';
import { exportDatabase } from './export-all';
import { parseExport, writeExportInto } from './import-all';
import { missingFileMessage, recoveryMessage } from './recovery-message';

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
  /** Which modes' catalogues were opened before (kept in the settings): a missing or empty file of one is a recovery case. */
  knownCatalogues?: KnownCatalogues;
  /** How often the open catalogue's file is checked for having disappeared or been replaced (tests pass 0: no timer). */
  fileCheckMs?: number;
}

export interface KnownCatalogues {
  has(mode: CatalogueMode): boolean;
  remember(mode: CatalogueMode): void;
  forget(mode: CatalogueMode): void;
}

const NOTHING_KNOWN: KnownCatalogues = { has: () => false, remember: () => undefined, forget: () => undefined };

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(deps: BackupServiceDeps) {
  const { dataDir, catalogue, now, log = console } = deps;
  const known = deps.knownCatalogues ?? NOTHING_KNOWN;
  let recovery: { mode: CatalogueMode; error: string; said?: MerchantMessage; kind: RecoveryKind } | undefined;
  /** The recovery's message: English for the log and the CLI, the code for the screen. */
  const recoveryOf = (message: MerchantMessage | string) => (typeof message === 'string' ? { error: message } : { error: inEnglish(message), said: message });
  /** Why the open catalogue takes no changes (read-only, or its file disappeared or was replaced); undefined when it does. */
  let problem: CatalogueProblem | undefined;
  /** The open catalogue's file as it was when opened, to notice it disappearing or being replaced. */
  let watched: { db: Db; file: string; identity: FileIdentity } | undefined;
  /** Private copies read when a read-only folder kept SQLite from opening the file in place; removed at close. */
  const readOnlyCopies: string[] = [];
  // Backups, restores and imports run one at a time: a restore never closes the database under a running backup.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const currentMode = (): CatalogueMode => {
    const mode = catalogue.mode();
    if (mode === 'none') throw saidError('unavailable', said('setup.notSetUp'));
    return mode;
  };
  const openDb = (): Db | undefined => {
    const db = catalogue.database();
    return db?.open ? db : undefined;
  };
  const requireDb = (): Db => {
    const db = openDb();
    if (!db) throw saidError('unavailable', said('backup.notOpened'));
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
    const file = deps.databaseFile(mode);
    if (db && problem?.kind === 'file-replaced' && fs.existsSync(file)) {
      // Two different catalogues: what the app holds, and the file that took its place. Both are kept.
      return { backupOfReplaced: await take(db, mode, reason), damagedCopy: copyDamagedFile(file, path.join(dataDir, 'recovered'), now(), { sideFiles: false }) };
    }
    if (db) return { backupOfReplaced: await take(db, mode, reason) };
    if (!fs.existsSync(file)) return {};
    return { damagedCopy: copyDamagedFile(file, path.join(dataDir, 'recovered'), now()) };
  }

  /** Closes the database, swaps the new file in and reopens it; reopening tells the renderer the catalogue changed. */
  function replaceWith(mode: CatalogueMode, replacement: string): void {
    catalogue.close();
    try {
      swapIn(deps.databaseFile(mode), replacement);
    } finally {
      // A failed swap (a read-only folder, a full disk) leaves the old file where it was: it is opened again.
      catalogue.reopen();
    }
    if (recovery) throw new AppError('internal', recovery.error, undefined, recovery.said);
  }

  async function dailyIfDue(): Promise<BackupEntry | undefined> {
    const mode = catalogue.mode();
    const db = openDb();
    if (mode === 'none' || !db || problem) return undefined;
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

  /** A read-only catalogue is opened without a single write; one that needs a migration cannot be used read-only. */
  function openReadOnlyCatalogue(file: string): Db {
    const { db, copyDir } = openReadOnly(file);
    if (copyDir) readOnlyCopies.push(copyDir);
    const version = userVersion(db);
    if (version === LATEST_VERSION) return db;
    db.close();
    throw version > LATEST_VERSION ? new DatabaseTooNewError(version) : saidError('unavailable', said('backup.readOnlyNeedsUpdate', { file }));
  }

  /**
   * Checks that the open catalogue's file is still the one it opened. If it disappeared or was replaced, writing stops
   * at once (SQLite's query_only: every later write fails with "readonly") and what the connection holds stays
   * readable, to be saved with saveOpen(). Returns the current problem.
   */
  function verifyFile(): CatalogueProblem | undefined {
    const db = openDb();
    if (!watched || !db || db !== watched.db || problem?.kind === 'file-gone' || problem?.kind === 'file-replaced') return problem;
    const change = fileChangeOf(watched.file, watched.identity);
    if (change === 'same') return problem;
    try {
      db.pragma('query_only = ON');
    } catch (error) {
      log.error('Could not stop writes to the catalogue', error);
    }
    problem = { kind: change };
    log.error(`The catalogue file ${watched.file} ${change === 'file-gone' ? 'disappeared' : 'was replaced by another file'} while open; writing stopped`);
    deps.events.emit('catalogue:changed', { reason: 'edit' });
    return problem;
  }
  const fileTimer = deps.fileCheckMs === 0 ? undefined : setInterval(verifyFile, deps.fileCheckMs ?? 2_000);
  fileTimer?.unref();

  function status(): BackupStatus {
    const mode = catalogue.mode();
    if (mode === 'none') return { state: 'ok', mode };
    const located = { file: deps.databaseFile(mode), backupFolder: backupDirOf(dataDir, mode) };
    if (recovery?.mode === mode) return { state: 'recovery', mode, error: recovery.error, errorSaid: recovery.said, recoveryKind: recovery.kind, ...located };
    const current = verifyFile();
    return { state: 'ok', mode, ...located, ...(current ? { problem: current } : {}) };
  }

  function rememberOpened(mode: CatalogueMode): void {
    try {
      known.remember(mode);
    } catch (error) {
      // A read-only settings file: the catalogue still opens; only the "existed before" memory is not updated.
      log.error('Could not record that the catalogue was opened', error);
    }
  }

  return {
    /**
     * Opens a mode's catalogue file, backing it up first when a migration is due. Any failure (a damaged file, a newer
     * app's file, a failed backup) leaves the file as it is and puts the app in the recovery state instead of throwing.
     */
    open(mode: CatalogueMode): Db | undefined {
      const file = deps.databaseFile(mode);
      problem = undefined;
      watched = undefined;
      try {
        const state = fileStateOf(file);
        if (state !== 'present' && known.has(mode)) {
          log.error(`The catalogue file ${file} is ${state}, though it was opened before: recovery, not a new catalogue`);
          recovery = { mode, kind: state, ...recoveryOf(missingFileMessage(state, file)) };
          return undefined;
        }
        const access = writeAccessOf(file);
        let db: Db;
        if (access.writable) {
          db = openDatabase(file, { beforeMigrate: (source) => snapshotSync(source, freeBackupPath(dirOf(mode), mode, 'migration', now())) });
        } else {
          if (state !== 'present') throw saidError('unavailable', said('backup.readOnlyFolder', { folder: path.dirname(file) }));
          db = openReadOnlyCatalogue(file);
          problem = { kind: access.kind, detail: access.code };
        }
        recovery = undefined;
        rememberOpened(mode);
        const identity = identityOf(file);
        if (identity) watched = { db, file, identity };
        if (!problem) dailySoon();
        return db;
      } catch (error) {
        log.error('The catalogue database could not be opened', error);
        recovery = { mode, kind: 'unreadable', ...recoveryOf(recoveryMessage(error)) };
        return undefined;
      }
    },

    /** Checks now whether the open catalogue's file disappeared or was replaced (also done every few seconds). */
    verifyFile,

    status,

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
        if (!restored) throw notFound({ thing: 'backup' });
        // The backup itself is never touched: a copy of it is checked, then becomes the catalogue.
        const staged = `${deps.databaseFile(mode)}.restoring`;
        fs.copyFileSync(path.join(backupDirOf(dataDir, mode), id), staged);
        try {
          assertReadableBackup(staged);
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
          throw saidError('conflict', said(data.mode === 'sandbox' ? 'backup.fromSandbox' : 'backup.fromBackMarket'));
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

    /** Saves what the open connection holds as a backup; a file that disappeared is put back from it and reopened. */
    saveOpen: (): Promise<SaveOpenResult> =>
      exclusive(async () => {
        const mode = currentMode();
        const saved = await take(requireDb(), mode, 'manual');
        const file = deps.databaseFile(mode);
        if (problem?.kind !== 'file-gone' || fileStateOf(file) !== 'missing') return { saved, putBack: false };
        const staged = `${file}.restoring`;
        fs.copyFileSync(path.join(backupDirOf(dataDir, mode), saved.id), staged);
        replaceWith(mode, staged);
        return { saved, putBack: true };
      }),

    /** The recovery of a missing or empty file, when no backup is wanted: a new empty catalogue (an empty file is kept in recovered/). */
    startEmpty: (): Promise<BackupStatus> =>
      exclusive(async () => {
        const mode = currentMode();
        if (recovery?.mode !== mode || (recovery.kind !== 'missing' && recovery.kind !== 'empty')) {
          throw saidError('conflict', said('backup.newOnlyWhenMissing'));
        }
        const file = deps.databaseFile(mode);
        if (fs.existsSync(file)) {
          copyDamagedFile(file, path.join(dataDir, 'recovered'), now());
          for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
        }
        known.forget(mode);
        recovery = undefined;
        catalogue.close();
        catalogue.reopen();
        return status();
      }),

    copyDamaged(): { path: string } {
      return { path: copyDamagedFile(deps.databaseFile(currentMode()), path.join(dataDir, 'recovered'), now()) };
    },

    /** Waits for a running backup; stops the daily check. */
    async close(): Promise<void> {
      if (timer) clearInterval(timer);
      if (fileTimer) clearInterval(fileTimer);
      await queue;
      for (const dir of readOnlyCopies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
