// The connection through the core, against the sandbox marketplace on a loopback port: a token is stored only after it
// passes the live check; the first 401 rejects it at once, holds every job and sends nothing more; a new token resumes.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COUNTRIES } from '../../../shared/connection';
import { orderQuerySchema } from '../../../shared/orders';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { createMemorySecretStore, TOKEN_FILE_NAME } from '../../platform/secret-store';
import { createCore, DATABASE_FILE, SANDBOX_DATABASE_FILE, type Core } from '../app';
import { pendingCount } from '../db/outbox-repo';
import { tempDir } from '../test/temp-db';
import { accountReadSettled } from '../test/core-sandbox-kit';
import { SANDBOX_STATE_FILE } from './embedded-sandbox';

let sandbox: RunningSandbox;
let dataDir: string;
let core: Core | undefined;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  sandbox = await startSandbox({ seed: 'empty', taskDelayMs: 0 });
  const temp = tempDir();
  dataDir = temp.dir;
  cleanups.push(temp.cleanup);
});
afterEach(async () => {
  await core?.close();
  core = undefined;
  await sandbox.close();
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

const account = (token: string, url = sandbox.url) => ({
  environment: 'custom' as const,
  sandboxUrl: url,
  token,
  company: 'Atelier Reconditionné',
  email: 'ops@atelier.example',
  countries: DEFAULT_COUNTRIES,
});

async function rotate(): Promise<string> {
  const response = await fetch(`${sandbox.url}/__sandbox/token/rotate`, { method: 'POST', headers: { 'X-Sandbox-Secret': sandbox.controlSecret, 'Content-Type': 'application/json' }, body: '{}' });
  return ((await response.json()) as { token: string }).token;
}

describe('the connection service', () => {
  it('starts with no mode: the wizard shows, and catalogue calls say to finish setup', async () => {
    core = await createCore({ dataDir, shell: 'preview' });
    const status = await core.handlers['connection:status']({});
    expect(status).toMatchObject({ mode: 'none', tokenState: 'missing', tokenStorage: 'memory', queuedJobs: 0 });
    expect(status.markets.filter((market) => market.suggested).map((market) => market.country)).toEqual(['DE', 'BE', 'FR', 'ES', 'IT', 'AT', 'GB', 'NL']);
    await expect(core.handlers['catalogue:list']({ offset: 0, limit: 100 })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/Finish setting up/) });
  });

  it('stores the token and the settings only after the live check passes, in memory only outside Electron', async () => {
    const secrets = createMemorySecretStore();
    core = await createCore({ dataDir, shell: 'preview', secrets });
    const wrong = await core.handlers['connection:connect'](account('not-the-token'));
    expect(wrong).toMatchObject({ ok: false, reason: 'token-rejected', message: expect.stringMatching(/Options/) });
    expect(secrets.status()).toBe('absent');
    expect(core.connection.status().mode).toBe('none');

    const unreachable = await core.handlers['connection:connect'](account(sandbox.token, 'http://127.0.0.1:1'));
    expect(unreachable).toMatchObject({ ok: false, reason: 'network' });

    expect(await core.handlers['connection:connect'](account(sandbox.token))).toEqual({ ok: true });
    expect(secrets.read()).toBe(sandbox.token);
    expect(core.connection.status()).toMatchObject({ mode: 'account', tokenState: 'valid', company: 'Atelier Reconditionné', sandbox: { url: sandbox.url } });
    // A sandbox started apart (npm run sandbox) keeps its control secret to itself.
    expect(core.connection.status().sandbox?.controlSecret).toBeUndefined();
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, TOKEN_FILE_NAME))).toBe(false);
    expect(JSON.stringify(await core.handlers['connection:status']({}))).not.toContain(sandbox.token);
  });

  it('on the first 401: rejected at once, nothing more is sent, work is held and the outbox kept; a new token resumes it', async () => {
    core = await createCore({ dataDir, shell: 'preview' });
    await core.handlers['connection:connect'](account(sandbox.token));
    await accountReadSettled(core);
    await core.handlers['catalogue:save']({ product: { productNumber: 'IP13-128-BLK', title: 'iPhone 13 128 GB Black' } });
    const seen: string[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'connection:changed') seen.push((payload as { tokenState: string }).tokenState);
    });

    const newToken = await rotate();
    const check = await core.handlers['connection:check']({});
    expect(check).toMatchObject({ ok: false, reason: 'token-rejected' });
    expect(seen).toContain('rejected');

    const sentBefore = core.connection.status();
    const activityBefore = (await core.handlers['activity:list']({ outcome: 'all', limit: 500 })).total;
    let ran = 0;
    const held = core.connection.run(async (client) => {
      ran += 1;
      return client.checkConnection();
    });
    await core.handlers['connection:check']({});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toBe(0);
    expect((await core.handlers['activity:list']({ outcome: 'all', limit: 500 })).total).toBe(activityBefore);
    expect(core.connection.status().queuedJobs).toBe(1);
    expect(sentBefore.tokenState).toBe('rejected');
    expect(pendingCount(core.database()!)).toBe(1);

    expect(await core.handlers['connection:replaceToken']({ token: 'still-wrong' })).toMatchObject({ ok: false, reason: 'token-rejected' });
    expect(core.connection.status().tokenState).toBe('rejected');
    expect(await core.handlers['connection:replaceToken']({ token: newToken })).toEqual({ ok: true });
    await expect(held).resolves.toEqual({ ok: true });
    expect(ran).toBe(1);
    expect(core.connection.status()).toMatchObject({ tokenState: 'valid', queuedJobs: 0 });
    expect(pendingCount(core.database()!)).toBe(1);
  });

  // Issue 14, failure 5: while the token was rejected, orders:import got no answer at all until a new token was pasted.
  it('answers orders:import at once with "waiting for a new token" while the token is rejected; the import stays queued and runs with the new one', async () => {
    core = await createCore({ dataDir, shell: 'preview' });
    await core.handlers['connection:connect'](account(sandbox.token));
    await accountReadSettled(core);
    const newToken = await rotate();
    await core.handlers['connection:check']({});
    expect(core.connection.status().tokenState).toBe('rejected');

    const answered = await Promise.race([
      core.handlers['orders:import']({}).then(
        () => 'resolved',
        (error: Error) => error.message,
      ),
      new Promise<string>((resolve) => setTimeout(() => resolve('no answer after 2 s'), 2_000)),
    ]);
    expect(answered).toMatch(/waiting for a new token.*queued and runs by itself/);
    expect(core.connection.status().queuedJobs).toBe(1);
    // A call that needs only SQLite still answers normally.
    expect((await core.handlers['orders:list'](orderQuerySchema.parse({}))).total).toBe(0);

    const activityBefore = (await core.handlers['activity:list']({ outcome: 'all', limit: 500 })).total;
    expect(await core.handlers['connection:replaceToken']({ token: newToken })).toEqual({ ok: true });
    await vi.waitFor(() => expect(core!.connection.status().queuedJobs).toBe(0));
    // The queued import reached Back Market with the new token.
    await vi.waitFor(async () => expect((await core!.handlers['activity:list']({ search: 'orders', outcome: 'all', limit: 500 })).total).toBeGreaterThan(0));
    expect((await core.handlers['activity:list']({ outcome: 'all', limit: 500 })).total).toBeGreaterThan(activityBefore);
  });

  it('explores with the sandbox marketplace in its own database and state file, never mixed with the account', async () => {
    core = await createCore({ dataDir, shell: 'preview', sandboxTaskDelayMs: 0 });
    const status = await core.handlers['connection:useSandbox']({});
    expect(status).toMatchObject({ mode: 'sandbox', tokenState: 'valid' });
    const embedded = core.connection.embeddedSandbox();
    expect(embedded?.state.products.some((product) => product.ean === '3764010000012')).toBe(true);
    // Settings shows the built-in sandbox's address and control secret; the secret opens its control API, and a
    // support bundle never carries it.
    const controlSecret = embedded?.controlSecret ?? '';
    expect(status.sandbox).toEqual({ url: embedded?.url, controlSecret });
    expect((await fetch(`${status.sandbox?.url}/__sandbox/state`, { headers: { 'X-Sandbox-Secret': controlSecret } })).status).toBe(200);
    expect(JSON.stringify(await core.handlers['activity:export']({}))).not.toContain(controlSecret);
    await core.handlers['catalogue:save']({ product: { productNumber: 'SANDBOX-ONLY', title: 'Demo phone' } });
    expect(fs.existsSync(path.join(dataDir, SANDBOX_DATABASE_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);

    await core.handlers['connection:reset']({});
    expect(core.connection.status().mode).toBe('none');
    expect(fs.existsSync(path.join(dataDir, SANDBOX_STATE_FILE))).toBe(true);
    await core.handlers['connection:connect'](account(sandbox.token));
    await accountReadSettled(core);
    expect((await core.handlers['catalogue:list']({ offset: 0, limit: 100 })).total).toBe(0);

    // Reopened: the mode comes back, with the sandbox marketplace's saved state.
    await core.handlers['connection:reset']({});
    await core.handlers['connection:useSandbox']({});
    expect((await core.handlers['catalogue:list']({ offset: 0, limit: 100 })).rows.map((row) => row.productNumber)).toEqual(['SANDBOX-ONLY']);
    await core.close();
    core = await createCore({ dataDir, shell: 'preview' });
    expect(core.connection.status().mode).toBe('sandbox');
    expect((await core.handlers['catalogue:list']({ offset: 0, limit: 100 })).total).toBe(1);
  });

  it('lists the activity and exports it as a support bundle', async () => {
    core = await createCore({ dataDir, shell: 'preview', version: '1.2.3' });
    await core.handlers['connection:connect'](account('wrong-token'));
    await core.handlers['connection:connect'](account(sandbox.token));
    await accountReadSettled(core);
    const page = await core.handlers['activity:list']({ outcome: 'failed', limit: 500 });
    expect(page.entries).toEqual([expect.objectContaining({ method: 'GET', status: 401, country: 'de-de' })]);
    // Connecting also read the account's listings in the background (one page per market): the checks are the rest.
    const all = (await core.handlers['activity:list']({ outcome: 'all', limit: 500 })).entries;
    // The token check reads one listing (page-size=1); the account read, pages of 50.
    const isAccountRead = (entry: { path: string }) => entry.path.startsWith('/ws/listings?') && entry.path.includes('page-size=50');
    expect(all.filter(isAccountRead).length).toBeGreaterThan(0);
    expect(all.filter(isAccountRead).map((entry) => entry.status)).toEqual(all.filter(isAccountRead).map(() => 200));
    expect(all.filter((entry) => !isAccountRead(entry)).map((entry) => entry.status)).toEqual([200, 401]);
    const bundle = await core.handlers['activity:export']({});
    expect(bundle.fileName).toMatch(/^refurb-desk-support-.*\.json$/);
    const exported = JSON.parse(bundle.content) as { activity: { path: string; status: number }[] };
    expect(exported).toMatchObject({ app: { version: '1.2.3' }, connection: { mode: 'account' } });
    expect(exported.activity.filter((entry) => !isAccountRead(entry))).toMatchObject([{ status: 401 }, { status: 200 }]);
  });
});
