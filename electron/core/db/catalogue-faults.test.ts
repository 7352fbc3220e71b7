// Fault injection on the catalogue database, driven as the merchant's app drives it (the core, its contract calls through
// dispatch): a read-only file or folder, the file deleted or replaced while open, a 0-byte or missing file at start,
// and a full disk. Issue 14, failures 1, 3 and 7: each is reproduced as it was found, and the new behaviour asserted.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallOutcome } from '../../../shared/bridge';
import { openNodeSettings } from '../../platform/settings';
import { createCore, DATABASE_FILE, type Core } from '../app';
import { DEFAULT_SETTINGS } from '../connection/connection-settings';
import { dispatch } from '../dispatch';
import { CAN_MAKE_READ_ONLY, makeReadOnly } from '../test/read-only';
import { tempDir } from '../test/temp-db';

let dataDir: string;
let core: Core | undefined;
const undo: (() => void)[] = [];
const cleanups: (() => void)[] = [];
const quiet = { error: () => undefined };

beforeEach(() => {
  const temp = tempDir();
  dataDir = temp.dir;
  cleanups.push(temp.cleanup);
  // As after setup with an account: the catalogue opens at start (the token, memory-only, is asked for again).
  openNodeSettings({ cwd: dataDir, defaults: DEFAULT_SETTINGS }).set('connection.mode', 'account');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await core?.close();
  core = undefined;
  undo.splice(0).forEach((step) => step());
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.restoreAllMocks();
});

const catalogueFile = () => path.join(dataDir, DATABASE_FILE);
const start = async () => (core = await createCore({ dataDir, shell: 'preview' }));
const call = (name: string, input: unknown = {}): Promise<CallOutcome> => dispatch(core!.handlers, name, input, quiet);
const save = (productNumber: string, title = 'iPhone 13 128 GB') => call('catalogue:save', { product: { productNumber, title } });
const productNumbers = async () => {
  const listed = await call('catalogue:list', { offset: 0, limit: 100 });
  return listed.ok ? (listed.value as { rows: { productNumber: string }[] }).rows.map((row) => row.productNumber).sort() : listed.failure.message;
};
const hashOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const failureOf = (outcome: CallOutcome) => (outcome.ok ? 'succeeded' : outcome.failure.message);
const status = async () => (await call('backup:status')) as CallOutcome & { value: { state: string; problem?: { kind: string }; recoveryKind?: string } };

/** A catalogue with one product and a catalog task a crash left 'submitting', closed as a quit leaves it. */
async function catalogueLeftByACrash(): Promise<void> {
  await start();
  expect((await save('IP13-128-BLK')).ok).toBe(true);
  const db = core!.database()!;
  const runId = Number(db.prepare("INSERT INTO sync_runs (started_at) VALUES ('2026-12-01T10:00:00Z')").run().lastInsertRowid);
  db.prepare("INSERT INTO sync_tasks (run_id, country, state, lines, csv, created_at, updated_at) VALUES (?, 'fr-fr', 'submitting', 1, 'sku', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')").run(runId);
  await core!.close();
  core = undefined;
}

describe.skipIf(!CAN_MAKE_READ_ONLY)('a read-only catalogue (issue 14, failure 1)', () => {
  it('a read-only file: starts (no "attempt to write a readonly database"), opens read-only with the reason, never writes the file', async () => {
    await catalogueLeftByACrash();
    const before = hashOf(catalogueFile());
    undo.push(makeReadOnly(catalogueFile())!);

    await start(); // threw from markCrashedUncertain's UPDATE before
    expect((await status()).value).toMatchObject({ state: 'ok', problem: { kind: 'read-only-file' } });
    expect(await productNumbers()).toEqual(['IP13-128-BLK']);
    // Editing is refused with the reason and the fix, not "something went wrong".
    expect(failureOf(await save('NEW-ONE'))).toMatch(/may not write here.*read-only.*permissions, a paused synced folder, an antivirus/);
    // Backups and export still work.
    expect((await call('backup:create')).ok).toBe(true);
    expect((await call('catalogue:export')).ok).toBe(true);
    expect((await call('backup:exportAll')).ok).toBe(true);
    expect(core!.database()!.prepare("SELECT state FROM sync_tasks").pluck().get()).toBe('submitting');
    await core!.close();
    core = undefined;
    expect(hashOf(catalogueFile())).toBe(before);
  });

  it('a read-only folder: opens read-only (from a private copy when SQLite cannot open the WAL file in place)', async () => {
    await catalogueLeftByACrash();
    fs.mkdirSync(path.join(dataDir, 'backups', 'account'), { recursive: true });
    const before = hashOf(catalogueFile());
    undo.push(makeReadOnly(dataDir)!);

    await start();
    expect((await status()).value).toMatchObject({ state: 'ok', problem: { kind: 'read-only-folder' } });
    expect(await productNumbers()).toEqual(['IP13-128-BLK']);
    expect(failureOf(await save('NEW-ONE'))).toMatch(/read-only/);
    expect((await call('catalogue:export')).ok).toBe(true);
    await core!.close();
    core = undefined;
    expect(hashOf(catalogueFile())).toBe(before);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith(DATABASE_FILE))).toEqual([DATABASE_FILE]);
  });

  // Issue 14, failure 2: EACCES writing sandbox-marketplace.json.<pid>.tmp made the app exit at start.
  it('sandbox mode in a read-only data folder: starts, the marketplace runs from memory, the catalogue opens read-only', async () => {
    openNodeSettings({ cwd: dataDir, defaults: DEFAULT_SETTINGS }).set('connection.mode', 'none');
    core = await createCore({ dataDir, shell: 'preview', sandboxTaskDelayMs: 0 });
    expect((await call('connection:useSandbox')).ok).toBe(true);
    expect((await call('catalogue:save', { product: { productNumber: 'DEMO-1', title: 'Demo phone' } })).ok).toBe(true);
    await core.close();
    core = undefined;
    undo.push(makeReadOnly(dataDir)!);

    core = await createCore({ dataDir, shell: 'preview', sandboxTaskDelayMs: 0 });
    await vi.waitFor(() => expect(core!.connection.status()).toMatchObject({ mode: 'sandbox', tokenState: 'valid' }));
    expect((await status()).value).toMatchObject({ state: 'ok', problem: { kind: 'read-only-folder' } });
    expect(failureOf(await call('orders:import'))).toMatch(/may not write here.*read-only/);
    expect(await productNumbers()).toEqual(['DEMO-1']);
    expect(fs.readdirSync(dataDir).some((name) => name.endsWith('.tmp'))).toBe(false);
    await expect(core.close()).resolves.toBeUndefined();
    core = undefined;
  });

  it('a read-only folder with no catalogue yet: the recovery screen says the folder is read-only, no crash', async () => {
    undo.push(makeReadOnly(dataDir)!);
    await start();
    expect((await status()).value).toMatchObject({ state: 'recovery', error: expect.stringMatching(/folder .* is read-only/) });
  });
});

describe('the catalogue file deleted or replaced while the app runs (issue 14, failure 3)', () => {
  it('deleted: writing stops at once (no edit "succeeds" into the unlinked file), what the app holds is saved back in place', async () => {
    await start();
    expect((await save('IP13-128-BLK')).ok).toBe(true);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${catalogueFile()}${suffix}`, { force: true });

    expect((await status()).value).toMatchObject({ state: 'ok', problem: { kind: 'file-gone' } });
    expect(failureOf(await save('LOST-EDIT'))).toMatch(/not saved/);
    expect(await productNumbers()).toEqual(['IP13-128-BLK']);

    const saved = await call('backup:saveOpen');
    expect(saved).toMatchObject({ ok: true, value: { putBack: true, saved: { reason: 'manual' } } });
    expect(fs.existsSync(catalogueFile())).toBe(true);
    expect((await status()).value.problem).toBeUndefined();
    expect((await save('AFTER-PUT-BACK')).ok).toBe(true);

    await core!.close();
    await start();
    expect(await productNumbers()).toEqual(['AFTER-PUT-BACK', 'IP13-128-BLK']);
  });

  it('replaced by another file: writing stops; the replacing file is kept when the saved catalogue is restored', async () => {
    await start();
    expect((await save('IP13-128-BLK')).ok).toBe(true);
    const other = path.join(dataDir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE notes (text TEXT)');
    foreign.close();
    fs.renameSync(other, catalogueFile());

    expect((await status()).value).toMatchObject({ state: 'ok', problem: { kind: 'file-replaced' } });
    expect(failureOf(await save('LOST-EDIT'))).toMatch(/not saved/);
    const saved = await call('backup:saveOpen');
    expect(saved).toMatchObject({ ok: true, value: { putBack: false } });
    const restored = await call('backup:restore', { id: (saved as { value: { saved: { id: string } } }).value.saved.id });
    expect(restored).toMatchObject({ ok: true, value: { damagedCopy: expect.stringContaining('recovered') } });
    const keptReplacement = new Database((restored as { value: { damagedCopy: string } }).value.damagedCopy, { readonly: true });
    expect(keptReplacement.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['notes']);
    keptReplacement.close();
    expect(await productNumbers()).toEqual(['IP13-128-BLK']);
    expect((await status()).value.problem).toBeUndefined();
  });
});

describe('a missing or 0-byte catalogue file at start, where one existed before (issue 14, failure 3)', () => {
  it('0 bytes: the recovery screen, not a new empty catalogue; the file is left as it is', async () => {
    await start();
    await save('IP13-128-BLK');
    await core!.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${catalogueFile()}${suffix}`, { force: true });
    fs.truncateSync(catalogueFile(), 0);

    await start();
    expect((await status()).value).toMatchObject({ state: 'recovery', recoveryKind: 'empty', error: expect.stringMatching(/empty: 0 bytes.*has not created a new empty catalogue/) });
    expect(fs.statSync(catalogueFile()).size).toBe(0);
    expect(failureOf(await save('X'))).toMatch(/could not be opened|Finish setting up/);

    // The merchant chooses to start again: the empty file is kept in recovered/ first.
    expect(await call('backup:startEmpty')).toMatchObject({ ok: true, value: { state: 'ok' } });
    expect(fs.readdirSync(path.join(dataDir, 'recovered'))).toHaveLength(1);
    expect(await productNumbers()).toEqual([]);
  });

  it('missing: the recovery screen with the backups, and no file is created', async () => {
    await start();
    await save('IP13-128-BLK');
    const backup = await call('backup:create');
    await core!.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${catalogueFile()}${suffix}`, { force: true });

    await start();
    expect((await status()).value).toMatchObject({ state: 'recovery', recoveryKind: 'missing' });
    expect(fs.existsSync(catalogueFile())).toBe(false);
    expect(await call('backup:restore', { id: (backup as { value: { id: string } }).value.id })).toMatchObject({ ok: true });
    expect(await productNumbers()).toEqual(['IP13-128-BLK']);
  });

  it('a first start still creates a new catalogue (nothing was opened before)', async () => {
    fs.writeFileSync(catalogueFile(), '');
    await start();
    expect((await status()).value).toMatchObject({ state: 'ok' });
    expect((await save('FIRST')).ok).toBe(true);
  });
});

describe('a full disk (issue 14, failure 7)', () => {
  it('SQLite runs out of room (a small max_page_count): the message names the full disk; the catalogue stays intact', async () => {
    await start();
    expect((await save('IP13-128-BLK')).ok).toBe(true);
    const db = core!.database()!;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let refused: CallOutcome | undefined;
    const saved: string[] = [];
    for (let index = 0; index < 2_000 && !refused; index += 1) {
      const productNumber = `FILL-${index}`;
      const outcome = await call('catalogue:save', { product: { productNumber, title: 'x'.repeat(500), description: 'y'.repeat(2_000) } });
      if (outcome.ok) saved.push(productNumber);
      else refused = outcome;
    }
    expect(refused).toBeDefined();
    expect(failureOf(refused!)).toMatch(/The disk is full, so this was not saved .*Free some space.*Your catalogue is intact/);
    expect(failureOf(refused!)).not.toMatch(/Something went wrong on our side/);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    const listed = await call('catalogue:list', { offset: 0, limit: 100 });
    expect((listed as { value: { total: number } }).value.total).toBe(saved.length + 1);
  });

  it('an upload meets ENOSPC: the message names the full disk and nothing is left in staging', async () => {
    await start();
    const realWrite = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((file, data, options) => {
      if (String(file).includes(`${path.sep}staging${path.sep}`)) {
        realWrite(file, 'half a file', options);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      realWrite(file, data, options);
    });
    const staged = await call('files:stage', { name: 'catalogue.csv', bytes: new Uint8Array(1024) });
    expect(failureOf(staged)).toMatch(/The disk is full.*ENOSPC.*Free some space/);
    expect(fs.readdirSync(path.join(dataDir, 'staging'))).toEqual([]);
  });

  it('quitting with a full disk (the sandbox marketplace cannot save its state) does not crash', async () => {
    openNodeSettings({ cwd: dataDir, defaults: DEFAULT_SETTINGS }).set('connection.mode', 'none');
    core = await createCore({ dataDir, shell: 'preview', sandboxTaskDelayMs: 0 });
    expect((await call('connection:useSandbox')).ok).toBe(true);
    vi.spyOn(fs, 'writeFileSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    await expect(core.close()).resolves.toBeUndefined();
    core = undefined;
  });
});

describe('staged import files (issue 14, failure 7: 67 MB left in staging after 30 imports)', () => {
  it('are removed once imported, and leftovers at the next start', async () => {
    await start();
    const staging = path.join(dataDir, 'staging');
    const stage = async () => (await call('files:stage', { name: 'c.csv', bytes: new TextEncoder().encode('sku;title\nA-1;Phone\n') })) as { value: { fileId: string } };
    const { fileId } = (await stage()).value;
    const preview = await call('catalogue:importPreview', { fileId, fileName: 'c.csv', options: {} });
    expect(preview.ok).toBe(true);
    const mapping = (preview as { value: { suggestedMapping: unknown } }).value.suggestedMapping;
    expect(await call('catalogue:importRun', { fileId, options: {}, mapping })).toMatchObject({ ok: true, value: { inserted: 1 } });
    expect(fs.readdirSync(staging)).toEqual([]);

    await stage(); // chosen, never imported
    expect(fs.readdirSync(staging)).toHaveLength(1);
    await core!.close();
    await start();
    expect(fs.readdirSync(staging)).toEqual([]);
  });

  it('stays when the import stopped before writing, so the same file can be read again in another encoding', async () => {
    await start();
    const staging = path.join(dataDir, 'staging');
    const rows = Array.from({ length: 10 }, (_, index) => `A-${index};Phone;12x,50`).join('\n');
    const staged = (await call('files:stage', { name: 'p.csv', bytes: new TextEncoder().encode(`sku;title;price\n${rows}\n`) })) as { value: { fileId: string } };
    const { fileId } = staged.value;
    const preview = (await call('catalogue:importPreview', { fileId, fileName: 'p.csv', options: {} })) as { value: { suggestedMapping: unknown } };
    const run = (await call('catalogue:importRun', { fileId, options: {}, mapping: preview.value.suggestedMapping })) as { ok: boolean; value: { inserted: number; stopped: unknown[] } };
    expect(run.value.inserted).toBe(0);
    expect(run.value.stopped.length).toBeGreaterThan(0);
    expect(fs.readdirSync(staging)).toHaveLength(1);
    expect(await call('catalogue:importPreview', { fileId, fileName: 'p.csv', options: { encoding: 'iso-8859-15' } })).toMatchObject({ ok: true });
  });
});
