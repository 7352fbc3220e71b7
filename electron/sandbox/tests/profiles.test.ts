// Profiles: each answer the sandbox gives where Back Market's contract is silent, set at start, by the control API or by
// the CLI flag; the defaults are the most literal reading of the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILES, parseProfileFlag, ProfileError, strictDelayFactor } from '../profiles';
import { catalog, startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const SKU = 'IP13-128-MID-A';

async function postTask(harness: Harness, lines: string[]): Promise<number> {
  const posted = await harness.api('POST', '/ws/listings', { body: catalog(lines) });
  expect(posted.status, posted.text).toBe(200);
  harness.sandbox.flushTasks();
  return (posted.body as { bodymessage: number }).bodymessage;
}

const task = async (harness: Harness, id: number) =>
  (await harness.api('GET', `/ws/tasks/${id}`)).body as { action_status: number; last_action_error: string | null; result: Record<string, unknown> };

describe('profiles', () => {
  it('default to the most literal reading of the contract, and the control API changes them one at a time', async () => {
    h = await startHarness({ profiles: DEFAULT_PROFILES });
    expect((await h.control('GET', '/profiles')).body).toEqual({ taskReport: 'empty', statuses: 'strict', rateLimit: 'no-retry-after', maxPrice: 'accept-offline', updateOrder: 'require-id', backPricer: 'enabled' });
    const changed = await h.control('PUT', '/profiles', { taskReport: 'by-sku' });
    expect(changed.body).toEqual({ ...DEFAULT_PROFILES, taskReport: 'by-sku' });
    const wrong = await h.control('PUT', '/profiles', { taskReport: 'csv' });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { error: { message: string; target: string } }).error).toMatchObject({ message: 'Profile taskReport must be one of empty, lines, by-sku; got "csv".', target: 'taskReport' });
    expect((await h.control('PUT', '/profiles', { reports: 'lines' })).status).toBe(400);
  });

  it('task report: {} (the contract example), lines[], or a map keyed by SKU', async () => {
    h = await startHarness({ profiles: { statuses: 'simple', taskReport: 'empty' } });
    const lines = ['sku;quantity', `${SKU};4`, 'NO-SUCH-SKU;1'];
    expect((await task(h, await postTask(h, lines))).result).toEqual({});
    await h.control('PUT', '/profiles', { taskReport: 'lines' });
    const listed = (await task(h, await postTask(h, lines))).result as { lines: { line: number; sku: string; status: string }[] };
    expect(listed.lines.map((line) => [line.line, line.sku, line.status])).toEqual([
      [2, SKU, 'updated'],
      [3, 'NO-SUCH-SKU', 'error'],
    ]);
    await h.control('PUT', '/profiles', { taskReport: 'by-sku' });
    const bySku = (await task(h, await postTask(h, lines))).result;
    expect(bySku[SKU]).toMatchObject({ status: 'updated' });
    expect(bySku['NO-SUCH-SKU']).toMatchObject({ status: 'error', errors: expect.arrayContaining([expect.objectContaining({ field: 'grade' })]) });
  });

  it('strict statuses: some tasks end in 7 (every line run) or 3 (half of them), reporting nothing, and take longer', async () => {
    h = await startHarness({ profiles: { statuses: 'strict', taskReport: 'lines' } });
    const statuses: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const id = await postTask(h, ['sku;quantity', `${SKU};${10 + round}`, `S22-128-BLK-B;${20 + round}`]);
      const answer = await task(h, id);
      statuses.push(answer.action_status);
      if (answer.action_status !== 9) expect(answer.result).toEqual({});
      const quantities = ['IP13-128-MID-A', 'S22-128-BLK-B'].map((sku) => h?.sandbox.state.listings.find((listing) => listing.sku === sku)?.quantity);
      // A 3 leaves the second half of its lines undone.
      expect(quantities).toEqual(answer.action_status === 3 ? [10 + round, quantities[1]] : [10 + round, 20 + round]);
      if (answer.action_status === 3) expect(quantities[1]).not.toBe(20 + round);
    }
    expect(statuses).toContain(7);
    expect(statuses).toContain(3);
    expect([1000, 1001, 1002].map(strictDelayFactor)).toEqual([2, 3, 1]);
  });

  it('429: no Retry-After by default, the block length with retry-after', async () => {
    h = await startHarness({ profiles: { rateLimit: 'no-retry-after' }, limits: { requestsPerWindow: 1 } });
    await h.api('GET', '/ws/listings');
    const blocked = await h.api('GET', '/ws/listings');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBeNull();
    await h.control('PUT', '/profiles', { rateLimit: 'retry-after' });
    const told = await h.api('GET', '/ws/listings');
    expect(told.status).toBe(429);
    expect(told.headers.get('retry-after')).toBe('10');
  });

  it('max_price: a higher price is accepted and kept offline (accept-offline), or refused (refuse)', async () => {
    h = await startHarness({ profiles: { maxPrice: 'accept-offline' } });
    const listing = (await h.api('GET', `/ws/listings/detail?sku=${SKU}`)).body as { id: string; max_price: string; publication_state: number };
    const above = (Number(listing.max_price) + 100).toFixed(2);
    const accepted = await h.api('POST', `/ws/listings/${listing.id}`, { body: { price: above } });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ price: above, publication_state: 3 });
    await h.control('PUT', '/profiles', { maxPrice: 'refuse' });
    const refused = await h.api('POST', `/ws/listings/${listing.id}`, { body: { price: (Number(above) + 1).toFixed(2) } });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('above max_price');
  });

  it('UpdateOrder: require-id needs id or order_id equal to the URL, lenient needs neither', async () => {
    h = await startHarness({ profiles: { updateOrder: 'require-id' } });
    const order = (await h.control('POST', '/orders', { country_code: 'fr-fr', items: [{ sku: SKU, quantity: 1 }] })).body as { order_id: number };
    const post = (body: Record<string, unknown>) => h!.api('POST', `/ws/orders/${order.order_id}`, { body: { new_state: 2, sku: SKU, ...body } });
    const missing = await post({});
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('id is required');
    expect((await post({ id: order.order_id + 1, order_id: order.order_id })).status).toBe(400);
    expect((await post({ id: order.order_id, order_id: order.order_id })).status).toBe(200);
    await h.control('PUT', '/profiles', { updateOrder: 'lenient' });
    const other = (await h.control('POST', '/orders', { country_code: 'fr-fr', items: [{ sku: SKU, quantity: 1 }] })).body as { order_id: number };
    expect((await h.api('POST', `/ws/orders/${other.order_id}`, { body: { new_state: 2, sku: SKU } })).status).toBe(200);
  });

  it('reads the CLI flag', () => {
    expect(parseProfileFlag('taskReport=lines,statuses=simple')).toEqual({ taskReport: 'lines', statuses: 'simple' });
    expect(parseProfileFlag('detailed')).toMatchObject({ taskReport: 'lines', maxPrice: 'refuse' });
    expect(() => parseProfileFlag('taskReport')).toThrow(ProfileError);
    expect(() => parseProfileFlag('maxPrice=ignore')).toThrow('Profile maxPrice must be one of accept-offline, refuse; got "ignore".');
  });
});
