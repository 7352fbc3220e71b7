// The Sync entries as the composition root binds them: the real connection (and its job gate) to a sandbox marketplace.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEFAULT_COUNTRIES } from '../../../shared/connection';
import type { SyncProgress, SyncReport } from '../../../shared/sync';
import type { RunningSandbox } from '../../sandbox';
import type { Core } from '../app';
import { dispatch } from '../dispatch';
import { startSandboxCore, type SandboxCore } from '../test/core-sandbox-kit';

let kit: SandboxCore;
let sandbox: RunningSandbox;
let core: Core;
const events: { name: string; payload: unknown }[] = [];

beforeEach(async () => {
  kit = await startSandboxCore({
    countries: DEFAULT_COUNTRIES.slice(0, 2),
    beforeConnect: (fresh) => fresh.events.subscribe((name, payload) => events.push({ name, payload })),
  });
  ({ sandbox, core } = kit);
});
afterEach(async () => {
  await kit.close();
  events.length = 0;
});

const finished = () =>
  new Promise<SyncReport>((resolve) => {
    const stop = core.events.subscribe((name, payload) => {
      if (name !== 'sync:finished') return;
      stop();
      resolve(payload as SyncReport);
    });
  });

it('answers the dry run, the state and the grid, and runs a sync in the background with orders imported', async () => {
  expect(await core.handlers['sync:plan']({ limit: 10 })).toMatchObject({ offers: [], more: 0, summary: { linesNow: 0 } });
  expect(await core.handlers['listings:summary']({})).toMatchObject({ countries: [{ country: DEFAULT_COUNTRIES[0]?.code }, { country: DEFAULT_COUNTRIES[1]?.code }] });
  const done = finished();
  const started = await core.handlers['sync:start']({ importOrders: true });
  expect(started.running).not.toBeNull();
  // One run at a time: a second start answers the running one.
  expect((await core.handlers['sync:start']({ importOrders: true })).running?.runId).toBe(started.running?.runId);
  const report = await done;
  expect(report).toMatchObject({ outcome: 'finished', message: '' });
  expect(report.ordersImported).toBeGreaterThan(0);
  // Whichever way the sandbox spells addresses (the orders-camelCase project runs this again), every order has its customer.
  const imported = await core.handlers['orders:list']({ tab: 'all', search: '', offset: 0, limit: 50 });
  expect(imported.orders.map((order) => order.customerName)).not.toContain('');
  expect(await core.handlers['sync:state']({})).toMatchObject({ running: null, lastRun: { runId: report.runId }, openTasks: 0 });
  const outcome = await dispatch(core.handlers, 'listings:retry', { listings: [] }, { error: () => undefined });
  expect(outcome).toMatchObject({ ok: false, failure: { code: 'invalid-input' } });
});

it('waits for a new token while Back Market rejects it, then finishes with it', async () => {
  const rotated = 'rotated-token-after-password-change';
  await fetch(`${sandbox.url}/__sandbox/token/rotate`, { method: 'POST', headers: { 'X-Sandbox-Secret': sandbox.controlSecret, 'Content-Type': 'application/json' }, body: JSON.stringify({ token: rotated }) });
  const done = finished();
  await core.handlers['sync:start']({ importOrders: false });
  await expect.poll(() => events.some((event) => event.name === 'sync:progress' && (event.payload as SyncProgress).step === 'waiting-for-token')).toBe(true);
  expect(await core.handlers['connection:replaceToken']({ token: rotated })).toEqual({ ok: true });
  expect(await done).toMatchObject({ outcome: 'finished' });
});
