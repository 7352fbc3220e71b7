// Contract tests: every endpoint of the sandbox answers with the status and body shape the OpenAPI file declares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, SPEC_PATH, specExists, type ContractValidator } from './openapi';
import { catalog, startHarness, waitForTask, type Answer, type Harness } from './harness';

if (!specExists) console.warn(`Skipping the sandbox contract tests: ${SPEC_PATH} does not exist.`);

describe.skipIf(!specExists)('sandbox against the OpenAPI contract', () => {
  let contract: ContractValidator;
  let h: Harness;

  beforeAll(async () => {
    contract = await loadContract();
    h = await startHarness();
  });
  afterAll(() => h.close());

  function expectContract(answer: Answer, pathKey: string, method: string, status: number): void {
    expect(answer.status, answer.text.slice(0, 300)).toBe(status);
    expect(contract.check(pathKey, method, status, answer.body)).toEqual([]);
  }

  it('the validator rejects a body that breaks the contract', () => {
    expect(contract.check('/ws/listings', 'get', 200, { count: 'one', results: [{}] }).length).toBeGreaterThan(0);
    expect(contract.check('/ws/tasks/{taskId}', 'get', 200, { task_id: 1, action_status: 0, last_action_error: null, result: {}, statuscode: 200 })).toEqual([]);
  });

  it('category tree and branch', async () => {
    expectContract(await h.api('GET', '/ws/category/tree'), '/ws/category/tree', 'get', 200);
    expectContract(await h.api('GET', '/ws/category/tree/1'), '/ws/category/tree/{categoryId}', 'get', 200);
    expectContract(await h.api('GET', '/ws/category/tree/999'), '/ws/category/tree/{categoryId}', 'get', 404);
    expectContract(await h.api('GET', '/ws/category/tree', { token: 'wrong' }), '/ws/category/tree', 'get', 401);
    expectContract(await h.api('GET', '/ws/category/tree', { userAgent: null }), '/ws/category/tree', 'get', 403);
    expectContract(await h.api('GET', '/ws/category/tree/3', { token: 'wrong' }), '/ws/category/tree/{categoryId}', 'get', 401);
  });

  it('listings: list, get by UUID and legacy id, detail, 401/403/404/400', async () => {
    const list = await h.api('GET', '/ws/listings?page-size=3');
    expectContract(list, '/ws/listings', 'get', 200);
    const first = (list.body as { results: { id: string; listing_id: number; sku: string }[] }).results[0];
    if (!first) throw new Error('no listing');
    expectContract(await h.api('GET', `/ws/listings/${first.id}`), '/ws/listings/{listingId}', 'get', 200);
    expectContract(await h.api('GET', `/ws/listings/${first.listing_id}`), '/ws/listings/{listingId}', 'get', 200);
    expectContract(await h.api('GET', '/ws/listings/abc'), '/ws/listings/{listingId}', 'get', 400);
    expectContract(await h.api('GET', '/ws/listings/999999'), '/ws/listings/{listingId}', 'get', 404);
    expectContract(await h.api('GET', `/ws/listings/detail?sku=${first.sku}`), '/ws/listings/detail', 'get', 200);
    expectContract(await h.api('GET', `/ws/listings/detail?listing_id=${first.listing_id}`), '/ws/listings/detail', 'get', 200);
    expectContract(await h.api('GET', `/ws/listings/detail?id=${first.id}`), '/ws/listings/detail', 'get', 200);
    expectContract(await h.api('GET', '/ws/listings/detail?sku=NOPE'), '/ws/listings/detail', 'get', 404);
    expectContract(await h.api('GET', '/ws/listings/detail?listing_id=x'), '/ws/listings/detail', 'get', 400);
    expectContract(await h.api('GET', '/ws/listings', { token: 'bad' }), '/ws/listings', 'get', 401);
    expectContract(await h.api('GET', '/ws/listings', { userAgent: null }), '/ws/listings', 'get', 403);
  });

  it('listings: real-time update, its 400 string, 404 and 429', async () => {
    const list = (await h.api('GET', '/ws/listings')).body as { results: { id: string }[] };
    const id = list.results[0]?.id ?? '';
    const body = { price: '555.00', quantity: '4', comment: 'Très bon état', warranty_delay: 24, shipper_2: 'DHL Express', shipping_price_2: 9.9, shipping_delay_2: 24, min_price: '500' };
    expectContract(await h.api('POST', `/ws/listings/${id}`, { body }), '/ws/listings/{listingId}', 'post', 200);
    expectContract(await h.api('POST', `/ws/listings/${id}`, { body: { warranty_delay: 6 } }), '/ws/listings/{listingId}', 'post', 400);
    expectContract(await h.api('POST', '/ws/listings/00000000-0000-4000-8000-000000000000', { body: { quantity: 1 } }), '/ws/listings/{listingId}', 'post', 404);
    await h.control('PUT', '/faults', { path: '/ws/listings', burst429: 1 });
    expectContract(await h.api('POST', `/ws/listings/${id}`, { body: { quantity: 1 } }), '/ws/listings/{listingId}', 'post', 429);
    await h.control('DELETE', '/faults');
  });

  it('listings: CSV task and its status', async () => {
    const created = await h.api('POST', '/ws/listings', { body: catalog(['sku;ean;grade;price;quantity;comment', 'CONTRACT-1;0194252120002;GOOD;450;2;Bon état']) });
    expectContract(created, '/ws/listings', 'post', 200);
    const taskId = (created.body as { bodymessage: number }).bodymessage;
    const task = await waitForTask(h, taskId);
    expect(contract.check('/ws/tasks/{taskId}', 'get', 200, task)).toEqual([]);
    expectContract(await h.api('GET', '/ws/tasks/99999999'), '/ws/tasks/{taskId}', 'get', 404);
    expectContract(await h.api('GET', '/ws/tasks/1', { token: 'bad' }), '/ws/tasks/{taskId}', 'get', 401);
    expectContract(await h.api('POST', '/ws/listings', { body: { catalog: 'sku\nA' } }), '/ws/listings', 'post', 400);
    await h.control('POST', '/tasks/fail-next', { message: 'Task has been interrupted.' });
    const failing = await h.api('POST', '/ws/listings', { body: catalog(['sku;quantity', 'CONTRACT-1;3']) });
    const failed = await waitForTask(h, (failing.body as { bodymessage: number }).bodymessage);
    expect(failed.action_status).toBe(8);
    expect(contract.check('/ws/tasks/{taskId}', 'get', 200, failed)).toEqual([]);
  });

  it('orders: list, get, update, orderline identifiers', async () => {
    const list = await h.api('GET', '/ws/orders');
    expectContract(list, '/ws/orders', 'get', 200);
    const orders = (list.body as { results: { order_id: number; state: number; orderlines: { id: number; listing: string }[] }[] }).results;
    const paid = orders.find((order) => order.state === 1);
    if (!paid) throw new Error('no paid order');
    expectContract(await h.api('GET', `/ws/orders/${paid.order_id}`), '/ws/orders/{order_id}', 'get', 200);
    const line = paid.orderlines[0];
    if (!line) throw new Error('no line');
    expectContract(await h.api('POST', `/ws/orders/${paid.order_id}`, { body: { order_id: paid.order_id, new_state: 2, sku: line.listing } }), '/ws/orders/{order_id}', 'post', 200);
    const patched = await h.api('PATCH', `/ws/orderlines/${line.id}`, { body: { serial_number: 'SN-CONTRACT-1' } });
    expectContract(patched, '/ws/orderlines/{orderline_id}', 'patch', 200);
    expect((await h.api('POST', `/ws/orders/${paid.order_id}`, { body: { new_state: 2, sku: line.listing } })).status).toBe(400);
    expect((await h.api('GET', '/ws/orders/abc')).status).toBe(400);
  });

  it('after-sales: returns, care folders, refunds', async () => {
    const shipped = ((await h.api('GET', '/ws/orders?state=9')).body as { results: { orderlines: { id: number }[] }[] }).results[0];
    const orderlineId = shipped?.orderlines[0]?.id ?? 0;
    const opened = await h.control('POST', '/returns', { orderline_id: orderlineId });
    expect(opened.status).toBe(201);
    expectContract(await h.api('GET', '/ws/shipping/v1/returns'), '/ws/shipping/v1/returns', 'get', 200);
    expectContract(await h.api('GET', `/ws/shipping/v1/returns/${(opened.body as { id: number }).id}`), '/ws/shipping/v1/returns/{id}', 'get', 200);
    expectContract(await h.api('GET', '/ws/shipping/v1/returns?order_id=abc'), '/ws/shipping/v1/returns', 'get', 422);
    const folder = await h.control('POST', '/care-folders', { orderline_id: orderlineId });
    expect(folder.status).toBe(201);
    expectContract(await h.api('GET', '/ws/sav'), '/ws/sav', 'get', 200);
    expectContract(await h.api('GET', '/ws/sav?state=0'), '/ws/sav', 'get', 200);
    expectContract(await h.api('GET', `/ws/sav/${(folder.body as { id: number }).id}`), '/ws/sav/{careFolderId}', 'get', 200);
    const refund = await h.api('POST', '/ws/sav/refund', { body: { orderline_pk: orderlineId, refund_type: 6, amount: 10 } });
    expectContract(refund, '/ws/sav/refund', 'post', 201);
  });
});
