// Backups through the composed core: export everything and import it on a fresh data folder, restore over the contract,
// and a damaged file at launch, which leaves the app running in the recovery state.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, SANDBOX_DATABASE_FILE, type Core } from '../app';
import { tempDir } from '../test/temp-db';
import { exportDatabase } from './export-all';

const cores: Core[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const core of cores.splice(0)) await core.close();
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

async function sandboxCore(): Promise<{ core: Core; dataDir: string }> {
  const { dir: dataDir, cleanup } = tempDir();
  cleanups.push(cleanup);
  // A fixed clock: the readiness cache records when it last checked, which would otherwise differ between the two cores.
  const core = await createCore({ dataDir, shell: 'preview', sandboxTaskDelayMs: 0, now: () => new Date('2026-11-27T10:00:00Z') });
  cores.push(core);
  await core.handlers['connection:useSandbox']({});
  return { core, dataDir };
}

const tablesOf = (core: Core) => exportDatabase(core.database()!, { mode: 'sandbox', appVersion: 'test', now: new Date(0) }).tables;

describe('export everything', () => {
  it('imports on a fresh data folder with identical tables, and never carries the API token', async () => {
    const { core: source } = await sandboxCore();
    await source.handlers['catalogue:save']({ product: { productNumber: 'EXP-1', title: 'iPhone 13', brand: 'Apple', price: 399, stock: 2, attributes: { Colour: 'Blue' } } });
    await source.handlers['catalogue:save']({ product: { productNumber: 'EXP-2', title: 'Pixel 7', price: 249.5 } });
    await source.handlers['mapping:setValue']({ map: 'condition', merchantValue: 'Like new', target: 'EXCELLENT' }).catch(() => undefined);
    const exported = await source.handlers['backup:exportAll']({});
    expect(exported.fileName).toMatch(/^refurb-desk-sandbox-everything-\d{4}-\d{2}-\d{2}\.json$/);
    for (const secret of source.connection.knownSecrets()) if (secret) expect(exported.content).not.toContain(secret);
    expect(exported.content).not.toMatch(/token/i);

    const { core: target } = await sandboxCore();
    const { fileId } = await target.handlers['files:stage']({ name: exported.fileName, bytes: new TextEncoder().encode(exported.content) });
    const changed = vi.fn();
    target.events.subscribe(changed);
    const report = await target.handlers['backup:importAll']({ fileId });
    expect(report.rows).toBeGreaterThanOrEqual(2);
    expect(report.backupOfReplaced?.reason).toBe('before-import');
    expect(changed).toHaveBeenCalledWith('catalogue:changed', expect.anything());
    expect(tablesOf(target)).toEqual(tablesOf(source));
    expect((await target.handlers['catalogue:list']({ offset: 0, limit: 10 })).total).toBe(2);
  });

  it('refuses a file from a newer export format, changing nothing', async () => {
    const { core } = await sandboxCore();
    await core.handlers['catalogue:save']({ product: { productNumber: 'KEEP-1' } });
    const content = JSON.stringify({ format: 'refurb-desk-export', formatVersion: 99, tables: {} });
    const { fileId } = await core.handlers['files:stage']({ name: 'future.json', bytes: new TextEncoder().encode(content) });
    await expect(core.handlers['backup:importAll']({ fileId })).rejects.toThrow(/newer Refurb Desk/);
    expect((await core.handlers['catalogue:list']({ offset: 0, limit: 10 })).total).toBe(1);
  });
});

describe('restore over the contract', () => {
  it('brings back the catalogue as it was when the backup was taken', async () => {
    const { core } = await sandboxCore();
    const saved = await core.handlers['catalogue:save']({ product: { productNumber: 'R-1', title: 'Before', price: 129.9 } });
    const backup = await core.handlers['backup:create']({});
    expect(backup.reason).toBe('manual');
    await core.handlers['catalogue:updateField']({ ids: [saved.id], field: 'title', value: 'After' });
    const result = await core.handlers['backup:restore']({ id: backup.id });
    expect(result.backupOfReplaced?.reason).toBe('before-restore');
    expect((await core.handlers['catalogue:get']({ id: saved.id })).title).toBe('Before');
    const reasons = (await core.handlers['backup:list']({})).map((entry) => entry.reason);
    expect(reasons).toEqual(expect.arrayContaining(['manual', 'before-restore']));
  });
});

describe('a damaged catalogue file at launch', () => {
  it('starts the app in the recovery state instead of crashing, and deletes nothing', async () => {
    const { core, dataDir } = await sandboxCore();
    await core.handlers['catalogue:save']({ product: { productNumber: 'SAFE-1' } });
    await core.handlers['backup:create']({});
    await core.close();
    cores.splice(0);
    const file = path.join(dataDir, SANDBOX_DATABASE_FILE);
    const garbage = crypto.randomBytes(32_768);
    fs.writeFileSync(file, garbage);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const reopened = await createCore({ dataDir, shell: 'preview', sandboxTaskDelayMs: 0 });
    cores.push(reopened);
    const status = await reopened.handlers['backup:status']({});
    expect(status).toMatchObject({ state: 'recovery', mode: 'sandbox', file });
    expect(status.error).toMatch(/damaged/);
    await expect(reopened.handlers['catalogue:list']({ offset: 0, limit: 10 })).rejects.toThrow();
    expect(fs.readFileSync(file)).toEqual(garbage);

    const copy = await reopened.handlers['backup:copyDamaged']({});
    expect(copy.path.startsWith(path.join(dataDir, 'recovered'))).toBe(true);
    const [manual] = (await reopened.handlers['backup:list']({})).filter((entry) => entry.reason === 'manual');
    await reopened.handlers['backup:restore']({ id: manual!.id });
    expect(await reopened.handlers['backup:status']({})).toMatchObject({ state: 'ok' });
    expect((await reopened.handlers['catalogue:list']({ offset: 0, limit: 10 })).total).toBe(1);
    expect(fs.readdirSync(path.join(dataDir, 'recovered')).filter((name) => name.endsWith('.sqlite'))).toHaveLength(2);
  });
});
