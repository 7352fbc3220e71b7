// Every endpoint the sandbox serves, called through the typed client, each request carrying the contract's five headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkuLineBudget } from './sku-line-budget';
import { startTestMarketplace, testClient, type TestMarketplace } from './sandbox-test-kit';
import type { Order } from './types/orders';

let market: TestMarketplace;
beforeAll(async () => {
  market = await startTestMarketplace();
});
afterAll(() => market.close());

describe('the typed client against the sandbox', () => {
  it('reads the category tree and a branch', async () => {
    const { client } = testClient(market);
    const tree = await client.getCategoryTree();
    expect(tree.length).toBeGreaterThan(0);
    const first = tree[0];
    if (!first) throw new Error('empty tree');
    const branch = await client.getCategory(first.category_id);
    expect(branch.category_id).toBe(first.category_id);
    expect(Array.isArray(branch.childrens)).toBe(true);
  });

  it('lists, reads and updates listings, and runs a CSV catalog task', async () => {
    const { client } = testClient(market);
    const page = await client.listListings({ 'page-size': 5 });
    const listing = page.results[0];
    if (!listing) throw new Error('no listing');
    expect((await client.getListing(listing.id)).sku).toBe(listing.sku);
    expect((await client.getListingDetail({ sku: listing.sku })).id).toBe(listing.id);
    const updated = await client.updateListing(listing.id, { quantity: 7 });
    expect(updated.quantity).toBe(7);

    const posted = await client.postCatalog({ catalog: `sku;quantity\n"${listing.sku}";"6"\n` });
    expect(typeof posted.bodymessage).toBe('number');
    market.sandbox.flushTasks();
    const task = await client.getTask(posted.bodymessage);
    expect(task.action_status).toBe(9);
    expect((task.result as { lines?: { status: string }[] }).lines?.[0]?.status).toBe('updated');
  });

  it('records the SKU lines of listing writes in the shared hourly budget', async () => {
    const skuLines = new SkuLineBudget();
    const { client, activity } = testClient(market, { skuLines });
    const listing = market.sandbox.state.listings[2];
    if (!listing) throw new Error('no listing');
    await client.updateListing(listing.id, { quantity: 3 });
    await client.postCatalog({ catalog: `sku;quantity\n"${listing.sku}";"2"\n"${listing.sku}";"2"\n` });
    expect(skuLines.remaining()).toBe(2_000 - 3);
    expect(activity.map((entry) => entry.linesSent)).toEqual([1, 2]);
  });

  it('moves an order, registers an IMEI, and reads returns and care folders', async () => {
    const { client } = testClient(market);
    const orders: Order[] = [];
    for await (const order of client.allOrders()) orders.push(order);
    const paid = orders.find((order) => order.state === 1);
    const line = paid?.orderlines[0];
    if (!paid || !line) throw new Error('no paid order in the demo seed');
    expect((await client.getOrder(paid.order_id)).order_id).toBe(paid.order_id);
    // UpdateOrder requires `id` while describing `order_id`: the client names the order both ways, the URL's value in each,
    // so the sandbox's literal profile (require-id) takes it.
    await market.control('PUT', '/profiles', { updateOrder: 'require-id' });
    const accepted = await client.updateOrder(paid.order_id, { new_state: 2, sku: line.listing });
    expect(accepted.orderlines.find((candidate) => candidate.id === line.id)?.state).toBe(2);
    const moved = market.seen.filter((request) => request.method === 'POST' && request.path === `/ws/orders/${paid.order_id}`).at(-1);
    expect(JSON.parse(moved?.body ?? '{}')).toMatchObject({ new_state: 2, id: paid.order_id, order_id: paid.order_id });
    expect(await client.updateOrderline(line.id, { serial_number: 'SN-0001' })).toMatchObject({ serial_number: 'SN-0001' });

    const shipped = orders.find((order) => order.state === 9);
    const shippedLine = shipped?.orderlines[0];
    if (!shippedLine) throw new Error('no shipped order in the demo seed');
    // The contract's Return has no id of its own; the control API tells which one it opened.
    const opened = await market.control<{ id: number }>('POST', '/returns', { orderline_id: shippedLine.id });
    await market.control('POST', '/care-folders', { orderline_id: shippedLine.id, message: 'Écran rayé' });
    const returns = await client.listReturns();
    expect(returns.results.some((entry) => entry.orderlineId === shippedLine.id)).toBe(true);
    expect((await client.getReturn(opened.id)).orderlineId).toBe(shippedLine.id);
    const folders = await client.listCareFolders();
    const folder = folders.results[0];
    if (!folder) throw new Error('no care folder');
    expect((await client.getCareFolder(folder.id)).id).toBe(folder.id);
    const summary = await client.createRefund({ orderline_pk: shippedLine.id, refund_type: 6, amount: 10 });
    expect(summary).toMatch(/refunded/);
  });

  it('sends the five required headers on every call, in the chosen market', async () => {
    const { client } = testClient(market);
    await client.forCountry('de-de').listListings({ 'page-size': 1 });
    const dePath = market.seen.at(-1);
    expect(dePath?.headers['accept-language']).toBe('de-de');
    expect(market.seen.length).toBeGreaterThan(12);
    for (const request of market.seen) {
      expect(request.headers.authorization).toBe(`Basic ${market.sandbox.token}`);
      expect(request.headers['accept-language']).toMatch(/^(fr-fr|de-de)$/);
      expect(request.headers['user-agent']).toBe('BM-ReTechParisSAS-RefurbDesk;ops@retech.example');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers.accept).toBe('application/json');
    }
  });
});
