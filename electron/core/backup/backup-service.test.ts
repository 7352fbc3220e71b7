// The backup service on real files: the backup before a migration, the daily backup and its rotation, and a damaged file.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountMode } from '../../../shared/connection';
import type { Db } from '../db/connection';
import { LATEST_VERSION, migrate, MIGRATIONS, userVersion } from '../db/migrations';
import { EventBus } from '../events';
import { createFileStaging } from '../files/staging';
import { tempDir } from '../test/temp-db';
import { backupDirOf, DAILY_BACKUPS_KEPT } from './backup-files';
import { createBackupService, type BackupService } from './backup-service';

let dataDir: string;
let cleanup: () => void;
let clock: Date;
let db: Db | undefined;
let service: BackupService;
const mode: AccountMode = 'sandbox';
const file = () => path.join(dataDir, 'catalogue.sqlite');
const silent = { error: () => undefined };

beforeEach(() => {
  ({ dir: dataDir, cleanup } = tempDir());
  clock = new Date(2026, 10, 27, 9, 0, 0);
  service = createBackupService({
    dataDir,
    databaseFile: () => file(),
    catalogue: {
      mode: () => mode,
      database: () => db,
      close: () => {
        db?.close();
        db = undefined;
      },
      reopen: () => {
        db = service.open('sandbox');
      },
    },
    files: createFileStaging(path.join(dataDir, 'staging')),
    events: new EventBus(),
    now: () => clock,
    appVersion: 'test',
    log: silent,
    dailyCheckMs: 0,
  });
});
afterEach(async () => {
  await service.close();
  db?.close();
  db = undefined;
  cleanup();
});

const productRows = (database: Database.Database) => database.prepare('SELECT product_number, title, price_cents FROM products ORDER BY id').all();
const backupPath = (id: string) => path.join(backupDirOf(dataDir, 'sandbox'), id);

function addProduct(database: Database.Database, productNumber: string, priceCents: number) {
  database.prepare("INSERT INTO products (product_number, title, price_cents, created_at, updated_at) VALUES (?, 'Phone', ?, 'then', 'then')").run(productNumber, priceCents);
}

describe('the backup before a migration', () => {
  it('copies a file at an older version before migrating it, with the same content', async () => {
    const older = new Database(file());
    older.pragma('journal_mode = WAL');
    migrate(older, MIGRATIONS.slice(0, 3));
    addProduct(older, 'OLD-1', 12_900);
    const before = productRows(older);
    older.close();

    db = service.open('sandbox');
    expect(db && userVersion(db)).toBe(LATEST_VERSION);
    await service.dailyIfDue();
    const migration = service.list().filter((entry) => entry.reason === 'migration');
    expect(migration).toHaveLength(1);
    const copy = new Database(backupPath(migration[0]!.id), { readonly: true });
    expect(userVersion(copy)).toBe(3);
    expect(productRows(copy)).toEqual(before);
    copy.close();
  });

  it('takes none for a new file or an up-to-date one', async () => {
    db = service.open('sandbox');
    db?.close();
    db = service.open('sandbox');
    await service.dailyIfDue();
    expect(service.list().map((entry) => entry.reason)).toEqual(['daily']);
  });
});

describe('the daily backup', () => {
  it('is taken once a day of use, and only the newest daily backups are rotated', async () => {
    db = service.open('sandbox');
    await service.dailyIfDue();
    clock = new Date(2026, 10, 27, 18, 30, 0);
    expect(await service.dailyIfDue()).toBeUndefined();
    expect(service.list()).toHaveLength(1);

    const manual = await service.create();
    // Backups taken before an update or a restore: older than every daily one, and still never rotated away.
    const guarded = ['refurb-desk-sandbox-migration-20261101T080000000Z.sqlite', 'refurb-desk-sandbox-before-restore-20261102T080000000Z.sqlite'];
    for (const id of guarded) fs.copyFileSync(backupPath(manual.id), backupPath(id));
    for (let day = 28; day < 28 + 20; day += 1) {
      clock = new Date(2026, 10, day, 10, 0, 0);
      expect(await service.dailyIfDue()).toMatchObject({ reason: 'daily' });
    }
    const entries = service.list();
    const daily = entries.filter((entry) => entry.reason === 'daily');
    expect(daily).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(new Date(daily[0]!.createdAt).getDate()).toBe(new Date(2026, 10, 47).getDate());
    // The merchant's own backup is never rotated away.
    expect(entries.map((entry) => entry.id)).toEqual(expect.arrayContaining([manual.id, ...guarded]));
  });
});

describe('restore', () => {
  it('backs up the current file first, then brings back the old content', async () => {
    db = service.open('sandbox');
    addProduct(db!, 'P-1', 12_990);
    const old = await service.create();
    db!.prepare("UPDATE products SET price_cents = 11990 WHERE product_number = 'P-1'").run();

    clock = new Date(2026, 10, 27, 10, 0, 0);
    const result = await service.restore(old.id);
    expect(productRows(db!)).toEqual([{ product_number: 'P-1', title: 'Phone', price_cents: 12_990 }]);
    expect(result.backupOfReplaced?.reason).toBe('before-restore');
    const replaced = new Database(backupPath(result.backupOfReplaced!.id), { readonly: true });
    expect(productRows(replaced)).toEqual([{ product_number: 'P-1', title: 'Phone', price_cents: 11_990 }]);
    replaced.close();
    // The restored backup is still there, unchanged.
    expect(fs.existsSync(backupPath(old.id))).toBe(true);
  });

  it('refuses a damaged backup and leaves the catalogue as it was', async () => {
    db = service.open('sandbox');
    addProduct(db!, 'P-1', 100);
    const backup = await service.create();
    fs.writeFileSync(backupPath(backup.id), crypto.randomBytes(8192));
    await expect(service.restore(backup.id)).rejects.toThrow(/cannot be read/);
    expect(productRows(db!)).toHaveLength(1);
  });
});

describe('a damaged catalogue file', () => {
  it('opens the recovery state without throwing, deletes nothing, and is repaired by restoring a backup', async () => {
    db = service.open('sandbox');
    addProduct(db!, 'SAFE-1', 500);
    const good = await service.create();
    db!.close();
    db = undefined;
    const garbage = crypto.randomBytes(16_384);
    fs.writeFileSync(file(), garbage);

    db = service.open('sandbox');
    expect(db).toBeUndefined();
    const status = service.status();
    expect(status).toMatchObject({ state: 'recovery', file: file() });
    expect(status.error).toMatch(/damaged/);
    expect(fs.readFileSync(file())).toEqual(garbage);

    const copy = service.copyDamaged();
    expect(fs.readFileSync(copy.path)).toEqual(garbage);
    expect(fs.readFileSync(file())).toEqual(garbage);

    const restored = await service.restore(good.id);
    expect(restored.damagedCopy).toBeDefined();
    expect(fs.readFileSync(restored.damagedCopy!)).toEqual(garbage);
    expect(service.status().state).toBe('ok');
    expect(productRows(db!)).toEqual([{ product_number: 'SAFE-1', title: 'Phone', price_cents: 500 }]);
    expect(fs.existsSync(backupPath(good.id))).toBe(true);
  });

  it('a file from a newer app is left exactly as it was', () => {
    const newer = new Database(file());
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    const bytes = fs.readFileSync(file());
    db = service.open('sandbox');
    expect(db).toBeUndefined();
    expect(service.status()).toMatchObject({ state: 'recovery', error: expect.stringMatching(/newer version of Refurb Desk/) });
    expect(fs.readFileSync(file())).toEqual(bytes);
    expect(service.list()).toEqual([]);
  });
});
