// The sync service against the sandbox marketplace: the real planner, runner and API client on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncProgress } from '../../../shared/sync';
import { storedMessage } from '../../../shared/messages/merchant-message';
import { inEnglish } from '../../../shared/messages/in-english';
import { openDatabase } from '../db/connection';
import { applyStock } from './run/listing-state-repo';
import { recordSubmitting } from './run/task-repo';
import { phone } from './plan/plan-test-kit';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
beforeEach(async () => {
  kit = await startSyncKit();
});
afterEach(async () => {
  await kit.close();
});

const COUNTRIES = ['fr-fr', 'de-de', 'en-gb'];
const listingsOf = (sku: string) => kit.market.sandbox.state.listings.filter((listing) => listing.sku === sku);
const progressSteps = () => kit.events.filter((event) => event.name === 'sync:progress').map((event) => (event.payload as SyncProgress).step);

describe('a first sync', () => {
  it('publishes the complete products and leaves the incomplete ones None, never sent', async () => {
    kit.catalogue.save(phone(1));
    kit.catalogue.save(phone(2));
    kit.catalogue.save(phone(3, { condition: 'Z' }));
    const report = await kit.sync();
    expect(report).toMatchObject({ outcome: 'finished', published: 6, blocked: 3, rejected: 0 });
    for (const country of COUNTRIES) {
      expect(kit.state('IP13-1', country)).toMatchObject({ status: 'published', none_source: null, error: '', publication_state: 2, task: null });
      expect(kit.state('IP13-1', country)?.listing_id).toBe(listingsOf('IP13-1')[0]?.listing_id);
      expect(kit.state('IP13-3', country)).toMatchObject({ status: 'none', none_source: 'preflight', csv_line: '' });
      expect(String(kit.state('IP13-3', country)?.error)).toContain('not mapped to a Back Market grade');
    }
    expect(listingsOf('IP13-1')).toHaveLength(1);
    expect(listingsOf('IP13-1')[0]?.markets['de-de']?.price).toBe('499.90');
    expect(listingsOf('IP13-3')).toHaveLength(0);
    expect(kit.service.state()).toMatchObject({ running: null, openTasks: 0, lastRun: { outcome: 'finished' } });
    expect(progressSteps()).toEqual(expect.arrayContaining(['planning', 'sending-tasks', 'waiting-for-back-market', 'reconciling', 'finished']));

    // The SKU lines sent are counted in the hour's budget, kept in sync_meta for the next start.
    const history = JSON.parse(kit.catalogue.db.prepare("SELECT value FROM sync_meta WHERE key = 'sku_lines'").pluck().get() as string) as { lines: number }[];
    expect(history.reduce((sum, record) => sum + record.lines, 0)).toBe(6);
    expect(kit.makeService().plan(0).summary.budgetLeft).toBe(2_000 - 6);
  });

  it('shows a line Back Market refuses as None with its message and CSV line, and publishes it once fixed', async () => {
    kit.catalogue.save(phone(1, { price: 5000 }));
    expect(await kit.sync()).toMatchObject({ outcome: 'finished', rejected: 2, published: 1 });
    const refused = kit.state('IP13-1', 'fr-fr');
    expect(refused).toMatchObject({ status: 'none', none_source: 'backmarket', error: 'price 5000.00 is above max_price 999.00 EUR for this product in fr-fr.' });
    expect(String(refused?.csv_line).split('\n')[0]).toMatch(/^"sku";"ean";"quantity";"price"/);
    expect(String(refused?.csv_line).split('\n')[1]).toContain('"IP13-1";"');
    expect(String(refused?.csv_line)).toContain('"5000.00"');
    expect(kit.state('IP13-1', 'en-gb')).toMatchObject({ status: 'published' });

    // The same refused line is not sent again; once the price is fixed it is.
    const before = kit.listingWrites();
    await kit.sync();
    expect(kit.listingWrites()).toEqual(before);
    kit.catalogue.edit('IP13-1', 'price', 450);
    await kit.sync();
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'published', error: '', csv_line: '' });
    expect(listingsOf('IP13-1')[0]?.markets['fr-fr']?.price).toBe('450.00');
  });

  it('a second sync with no edits sends no listing call', async () => {
    for (let index = 1; index <= 4; index += 1) kit.catalogue.save(phone(index));
    await kit.sync();
    const before = kit.listingWrites();
    expect(before.tasks).toBe(3);
    const second = await kit.sync();
    expect(second).toMatchObject({ outcome: 'finished', published: 0, rejected: 0 });
    expect(kit.listingWrites()).toEqual(before);
    expect(kit.service.state().pendingChanges).toBe(0);
  });

  it('makes no listing call at all on a second sync with no edits, and reads the listings back once the interval has passed', async () => {
    let clock = Date.parse('2026-11-27T10:00:00.000Z');
    const service = kit.makeService({ reconcileEveryMs: 15 * 60_000, now: () => new Date(clock) });
    for (let index = 1; index <= 2; index += 1) kit.catalogue.save(phone(index));
    await kit.sync(service);
    const listingCalls = () => kit.market.seen.filter((request) => request.path.startsWith('/ws/listings')).length;
    const afterFirst = listingCalls();
    clock += 60_000;
    await kit.sync(service);
    expect(listingCalls()).toBe(afterFirst);
    // A quarter of an hour later, a sync with nothing to send still reads what Back Market holds (back-office changes).
    clock += 15 * 60_000;
    await kit.sync(service);
    expect(kit.market.seen.filter((request) => request.method === 'GET' && request.path.startsWith('/ws/listings')).length).toBeGreaterThan(0);
    expect(listingCalls()).toBeGreaterThan(afterFirst);
    expect(kit.listingWrites().tasks).toBe(3);
  });

  it('sends a stock change in real time and restores values changed in the back office', async () => {
    kit.catalogue.save(phone(1));
    await kit.sync();
    kit.catalogue.edit('IP13-1', 'stock', 7);
    await kit.sync();
    expect(kit.listingWrites()).toEqual({ tasks: 3, realtime: 1 });
    expect(listingsOf('IP13-1')[0]?.quantity).toBe(7);

    // Someone changes the quantity and the French price in Back Market's back office.
    const listing = listingsOf('IP13-1')[0];
    if (!listing?.markets['fr-fr']) throw new Error('no listing');
    listing.quantity = 1;
    listing.markets['fr-fr'].price = '399.00';
    await kit.sync();
    // Stored as a code and its values, so the listings screen words it in the merchant's language.
    const french = storedMessage(String(kit.state('IP13-1', 'fr-fr')?.changed_elsewhere));
    expect(french).toEqual({ code: 'changedElsewhere.quantityAndPrice', params: { quantity: 1, sentQuantity: '7', price: '399.00', currency: 'EUR', sentPrice: '499.90' } });
    expect(inEnglish(french!)).toMatch(/^the quantity is 1 on Back Market \(Refurb Desk sent 7\); the price is 399.00 EUR/);
    expect(storedMessage(String(kit.state('IP13-1', 'de-de')?.changed_elsewhere))?.code).toBe('changedElsewhere.quantity');
    await kit.sync();
    expect(listingsOf('IP13-1')[0]?.quantity).toBe(7);
    expect(listingsOf('IP13-1')[0]?.markets['fr-fr']?.price).toBe('499.90');
    expect(kit.state('IP13-1', 'fr-fr')?.changed_elsewhere).toBe('');
  });
});

describe('a crash between a task and its result', () => {
  it('on the next start the task is polled and applied, not resubmitted', async () => {
    for (let index = 1; index <= 3; index += 1) kit.catalogue.save(phone(index));
    // Back Market takes its time, and this process "dies" while it waits: its poll never comes.
    await kit.market.control('PUT', '/config', { taskDelayMs: 60_000 });
    const doomed = kit.makeService({ poll: { firstDelayMs: 3_600_000, factor: 1, maxDelayMs: 3_600_000 } });
    doomed.start({ importOrders: false });
    await expect.poll(() => progressSteps().at(-1)).toBe('waiting-for-back-market');
    const recorded = kit.catalogue.db.prepare("SELECT count(*) FROM sync_tasks WHERE state = 'submitted' AND task_id IS NOT NULL").pluck().get();
    expect(recorded).toBe(3);
    expect(kit.listingWrites().tasks).toBe(3);

    // Back Market processes the tasks; the app starts again on the same file.
    await kit.market.control('POST', '/tasks/flush');
    const reopened = openDatabase(kit.catalogue.db.name);
    try {
      const restarted = kit.makeService({ database: () => reopened });
      expect(restarted.state()).toMatchObject({ openTasks: 3, running: { step: expect.any(String) } });
      expect(await restarted.whenIdle()).toMatchObject({ outcome: 'finished', published: 9 });
      const published = reopened.prepare("SELECT count(*) FROM listing_states WHERE status = 'published'").pluck().get();
      expect(published).toBe(9);
      // A sync asked for afterwards has nothing left to send.
      restarted.start({ importOrders: false });
      expect(await restarted.whenIdle()).toMatchObject({ outcome: 'finished', published: 0 });
      expect(kit.listingWrites().tasks).toBe(3);
      expect(kit.market.sandbox.state.tasks).toHaveLength(3);
    } finally {
      reopened.close();
    }
  });

  it('a post whose answer was lost is uncertain, settled by the reconcile and never creates a second offer', async () => {
    kit.catalogue.save(phone(1));
    kit.catalogue.save(phone(2));
    // Back Market acts on the French task but the answer never comes back.
    kit.market.standIn('POST', '/ws/listings', 'drop-after-forward', 1);
    const report = await kit.sync();
    expect(report.outcome).toBe('finished');
    expect(kit.catalogue.db.prepare('SELECT state, message FROM sync_tasks ORDER BY id').all()).toEqual([
      { state: 'applied', message: "Settled from Back Market's listings: 2 of 2 lines had arrived." },
      { state: 'applied', message: '' },
      { state: 'applied', message: '' },
    ]);
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'published' });

    // A crash mid-post: the row is left 'submitting' while Back Market did receive the task.
    kit.catalogue.edit('IP13-2', 'stock', 5);
    kit.catalogue.edit('IP13-2', 'price', 420);
    const plan = kit.catalogue.plan(new Date());
    const french = plan.tasks.find((task) => task.country === 'fr-fr');
    if (!french) throw new Error('no French task');
    // The run sends the real-time stock before the catalog tasks: Back Market took the new quantity first.
    for (const update of plan.realtime) {
      await kit.client.forCountry('fr-fr').updateListing(update.listingId, { quantity: update.quantity });
      applyStock(kit.catalogue.db, update.productNumber, update.countries, update.quantity, update.stockHash, new Date().toISOString());
    }
    recordSubmitting(kit.catalogue.db, report.runId, french, new Date().toISOString());
    await kit.client.forCountry('fr-fr').postCatalog({ catalog: french.csv });
    const reopened = openDatabase(kit.catalogue.db.name);
    try {
      const restarted = kit.makeService({ database: () => reopened });
      expect(await restarted.whenIdle()).toMatchObject({ outcome: 'finished', published: 1 });
      expect(reopened.prepare('SELECT state, message FROM sync_tasks ORDER BY id DESC LIMIT 1').get()).toEqual({
        state: 'applied',
        message: "Settled from Back Market's listings: 1 of 1 lines had arrived.",
      });
      restarted.start({ importOrders: false });
      expect(await restarted.whenIdle()).toMatchObject({ outcome: 'finished' });
      expect(reopened.prepare("SELECT count(*) FROM sync_tasks WHERE state IN ('submitting', 'submitted', 'uncertain')").pluck().get()).toBe(0);
    } finally {
      reopened.close();
    }
    // Every offer once, with the catalogue's values.
    expect(listingsOf('IP13-1')).toHaveLength(1);
    expect(listingsOf('IP13-2')).toHaveLength(1);
    expect(listingsOf('IP13-2')[0]).toMatchObject({ quantity: 5, markets: { 'fr-fr': { price: '420.00' }, 'de-de': { price: '420.00' } } });
  });
});

describe('cancel', () => {
  it('stops after the request in flight and leaves a consistent state the next sync completes', async () => {
    for (let index = 1; index <= 3; index += 1) kit.catalogue.save(phone(index));
    const stop = kit.bus.subscribe((name, payload) => {
      if (name === 'sync:progress' && (payload as SyncProgress).step === 'sending-tasks' && (payload as SyncProgress).done === 1) kit.service.cancel();
    });
    const report = await kit.sync();
    stop();
    expect(report.outcome).toBe('cancelled');
    expect(report.message).toMatch(/^The sync was cancelled\./);
    const db = kit.catalogue.db;
    expect(db.prepare('SELECT state FROM sync_tasks').pluck().all()).toEqual(['submitted']);
    expect(db.prepare('SELECT count(*) FROM listing_states WHERE task IS NOT NULL AND task NOT IN (SELECT id FROM sync_tasks WHERE state = ?)').pluck().get('submitted')).toBe(0);
    expect(kit.service.state()).toMatchObject({ running: null, pendingChanges: 6, openTasks: 1 });

    expect(await kit.sync()).toMatchObject({ outcome: 'finished', published: 9 });
    expect(kit.listingWrites().tasks).toBe(3);
    expect(kit.service.state()).toMatchObject({ pendingChanges: 0, openTasks: 0 });
  });
});

describe('offline and a rejected token', () => {
  it('a sync that cannot reach Back Market is queued, says so, and finishes once it can', async () => {
    kit.catalogue.save(phone(1));
    kit.market.standIn('GET', '/ws/listings', 'drop', 7);
    const report = await kit.sync();
    expect(report.outcome).toBe('finished');
    const queued = kit.events.map((event) => event.payload as SyncProgress).filter((progress) => progress.step === 'queued-offline');
    expect(queued.length).toBeGreaterThan(0);
    expect(queued[0]?.message).toMatch(/^Back Market cannot be reached \(no connection\?\): the sync is queued and tries again/);
    // The renderer words the same wait in the merchant's language from its code.
    expect(queued[0]?.said).toMatchObject({ code: 'syncOutcome.offline', params: { seconds: expect.any(Number) } });
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'published', listing_id: expect.any(Number) });
  });

  it('waits for a new token when Back Market rejects it mid-sync, then continues with it', async () => {
    const { createJobGate } = await import('../connection/job-gate');
    const { testClient } = await import('../backmarket/sandbox-test-kit');
    const gate = createJobGate();
    const { client } = testClient(kit.market, {
      onUnauthorized: () => {
        gate.close();
        kit.bus.emit('connection:changed', { tokenState: 'rejected' } as never);
      },
    });
    const service = kit.makeService({ run: (job) => gate.run(() => job(client)), tokenRejected: () => !gate.isOpen });
    for (let index = 1; index <= 3; index += 1) kit.catalogue.save(phone(index));
    // The merchant changes their Back Market password once the first task is sent.
    const stop = kit.bus.subscribe((name, payload) => {
      if (name === 'sync:progress' && (payload as SyncProgress).step === 'sending-tasks' && (payload as SyncProgress).done === 1) kit.market.sandbox.state.token = 'rotated-token-0001';
    });
    service.start({ importOrders: false });
    await expect.poll(() => progressSteps().at(-1)).toBe('waiting-for-token');
    stop();
    expect(service.state().running?.message).toMatch(/paste a new one and the sync continues by itself\.$/);
    client.setToken('rotated-token-0001');
    gate.reopen();
    expect(await service.whenIdle()).toMatchObject({ outcome: 'finished', published: 9 });
    expect(kit.market.sandbox.state.tasks).toHaveLength(3);
  });
});
