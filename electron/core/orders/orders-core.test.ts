// The Orders calls as the composition root binds them: through dispatch (inputs validated by the contract), with
// Back Market work going through the connection, so an import is held while the token is rejected and resumes after.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunningSandbox } from '../../sandbox';
import type { Core } from '../app';
import { dispatch } from '../dispatch';
import { startSandboxCore, type SandboxCore } from '../test/core-sandbox-kit';

let kit: SandboxCore;
let sandbox: RunningSandbox;
let core: Core;

beforeEach(async () => {
  kit = await startSandboxCore();
  ({ sandbox, core } = kit);
});
afterEach(() => kit.close());

const silent = { error: () => undefined };

async function rotate(): Promise<string> {
  const response = await fetch(`${sandbox.url}/__sandbox/token/rotate`, { method: 'POST', headers: { 'X-Sandbox-Secret': sandbox.controlSecret, 'Content-Type': 'application/json' }, body: '{}' });
  return ((await response.json()) as { token: string }).token;
}

describe('the Orders calls in the core', () => {
  it('imports and lists through the contract, and refuses bad inputs before any service sees them', async () => {
    const imported = await dispatch(core.handlers, 'orders:import', {}, silent);
    expect(imported).toMatchObject({ ok: true, value: { added: 3, toAccept: 1 } });
    const listed = await dispatch(core.handlers, 'orders:list', { tab: 'to-ship' }, silent);
    expect(listed).toMatchObject({ ok: true, value: { total: 1, counts: { 'to-accept': 1, 'to-ship': 1, shipped: 1 } } });

    const badImei = await dispatch(core.handlers, 'orders:ship', { orderId: 1, trackingNumber: 'T1', carrier: 'UPS', vatType: 'REGULAR', imei: '123456789012345' }, silent);
    expect(badImei).toMatchObject({ ok: false, failure: { code: 'invalid-input', issues: [expect.objectContaining({ path: 'imei', message: expect.stringMatching(/Luhn/) })] } });
    const zeroWithoutMistake = await dispatch(core.handlers, 'orders:cancel', { orderId: 1, orderlineId: 2, reason: 1, message: 'Sorry', setStockToZero: true }, silent);
    expect(zeroWithoutMistake).toMatchObject({ ok: false, failure: { code: 'invalid-input', issues: [expect.objectContaining({ path: 'setStockToZero' })] } });
    const missing = await dispatch(core.handlers, 'orders:get', { orderId: 424242 }, silent);
    expect(missing).toMatchObject({ ok: false, failure: { code: 'not-found' } });
  });

  it('ships with the carrier mapping: an unmapped carrier is blocked, a Back Market shipper name goes through', async () => {
    await core.handlers['orders:import']({});
    const toShip = (await core.handlers['orders:list']({ tab: 'to-ship', search: '', offset: 0, limit: 10 })).orders[0];
    const input = { orderId: toShip?.orderId ?? 0, trackingNumber: '00340434161094042557', vatType: 'REGULAR' as const };
    const blocked = await dispatch(core.handlers, 'orders:ship', { ...input, carrier: 'Coursier du quartier' }, silent);
    expect(blocked).toMatchObject({ ok: false, failure: { code: 'invalid-input', message: expect.stringMatching(/Mapping › Carriers/) } });
    const shipped = await dispatch(core.handlers, 'orders:ship', { ...input, carrier: 'DHL Express' }, silent);
    expect(shipped).toMatchObject({ ok: true, value: { order: { place: 'shipped', shipper: 'DHL Express' } } });
  });

  it('answers an import at once while the token is rejected (issue 14), keeps it queued and runs it with the new token', async () => {
    const newToken = await rotate();
    await core.handlers['connection:check']({});
    expect(core.connection.status().tokenState).toBe('rejected');
    const answer = await dispatch(core.handlers, 'orders:import', {}, silent);
    expect(answer).toMatchObject({ ok: false, failure: { code: 'unavailable', message: expect.stringMatching(/waiting for a new token/) } });
    expect(core.connection.status().queuedJobs).toBe(1);
    expect((await core.handlers['orders:list']({ tab: 'all', search: '', offset: 0, limit: 10 })).total).toBe(0);
    expect(await core.handlers['connection:replaceToken']({ token: newToken })).toEqual({ ok: true });
    await vi.waitFor(async () => expect((await core.handlers['orders:list']({ tab: 'all', search: '', offset: 0, limit: 10 })).total).toBe(3));
  });
});
