// The sync against every answer Back Market's contract allows where it is silent (the sandbox's profiles): each task
// report shape, the statuses 3 and 7, a task that never finishes, a 429 without Retry-After, a catalog post answered 503
// or cut. Each offer ends in its true state, and no unchanged line is sent again by itself more than once.
import { afterEach, describe, expect, it } from 'vitest';
import { listingQuerySchema, type SyncProgress } from '../../../shared/sync';
import { DEFAULT_PROFILES, DETAILED_PROFILES, type SandboxProfiles } from '../../sandbox';
import { listings } from './listings/listings-query';
import { KIT_COUNTRIES, phone } from './plan/plan-test-kit';
import { UNCONFIRMED_AGAIN, UNCONFIRMED_FINAL } from './run/read-back';
import { TASK_DEADLINE_MS } from './run/run-context';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
afterEach(async () => {
  await kit.close();
});

const COUNTRIES = ['fr-fr', 'de-de', 'en-gb'];
const progressOf = () => kit.events.filter((event) => event.name === 'sync:progress').map((event) => event.payload as SyncProgress);
/** How many times each catalog line went to Back Market, for one SKU. */
const timesSent = (sku: string) => kit.sentLines().filter((line) => line.includes(`"${sku}";`)).length;

const start = async (profiles: Partial<SandboxProfiles>) => {
  kit = await startSyncKit({ profiles: { ...DEFAULT_PROFILES, statuses: 'simple', ...profiles } });
};

describe.each(['lines', 'by-sku', 'empty'] as const)('a %s task report', (taskReport) => {
  it('publishes what Back Market holds, and never sends a refused or unconfirmed line again by itself more than once', async () => {
    await start({ taskReport, maxPrice: 'refuse' });
    for (let index = 1; index <= 6; index += 1) kit.catalogue.save(phone(index));
    // Above max_price in fr-fr and de-de (999 EUR): Back Market refuses those two lines.
    kit.catalogue.save(phone(7, { price: 5000 }));
    const first = await kit.sync();
    expect(first.outcome).toBe('finished');
    for (let index = 1; index <= 6; index += 1) {
      for (const country of COUNTRIES) expect(kit.state(`IP13-${index}`, country), `IP13-${index} ${country}`).toMatchObject({ status: 'published', task: null, listing_id: expect.any(Number) });
    }
    const refused = kit.state('IP13-7', 'fr-fr');
    if (taskReport === 'empty') {
      // The report said nothing and the listings do not show it: pending, checked again at the next sync.
      expect(refused).toMatchObject({ status: 'pending', error: UNCONFIRMED_AGAIN, rejected_hash: '' });
      // The grid words it in the merchant's language from its code, never the English sentence.
      const row = listings(kit.catalogue.db, listingQuerySchema.parse({ search: 'IP13-7', country: 'fr-fr' }), KIT_COUNTRIES).rows[0];
      expect(row?.reasons?.map((reason) => reason.code)).toEqual(['syncOutcome.unconfirmedAgain']);
    } else {
      expect(refused).toMatchObject({ status: 'none', none_source: 'backmarket', error: 'price 5000.00 is above max_price 999.00 EUR for this product in fr-fr.' });
    }
    expect(kit.state('IP13-7', 'en-gb')).toMatchObject({ status: 'published' });

    await kit.sync();
    await kit.sync();
    if (taskReport === 'empty') {
      // Sent once more, still not shown: given up on, with the reason; nothing more is sent by itself.
      expect(kit.state('IP13-7', 'fr-fr')).toMatchObject({ status: 'none', none_source: 'backmarket', error: UNCONFIRMED_FINAL });
      const given = listings(kit.catalogue.db, listingQuerySchema.parse({ search: 'IP13-7', country: 'fr-fr' }), KIT_COUNTRIES).rows[0];
      expect(given?.reasons?.map((reason) => reason.code)).toEqual(['syncOutcome.unconfirmedFinal']);
      expect(timesSent('IP13-7')).toBe(2 * 2 + 1);
    } else {
      expect(timesSent('IP13-7')).toBe(3);
    }
    for (let index = 1; index <= 6; index += 1) expect(timesSent(`IP13-${index}`)).toBe(3);
    expect(kit.service.state()).toMatchObject({ openTasks: 0, pendingChanges: 0 });

    // Fixed, it goes (and is confirmed) at once.
    kit.catalogue.edit('IP13-7', 'price', 450);
    await kit.sync();
    for (const country of COUNTRIES) expect(kit.state('IP13-7', country)).toMatchObject({ status: 'published', error: '' });
  });
});

describe('statuses the contract does not describe', () => {
  it('3 and 7 are finished with a problem: settled from the listings, what is missing sent once more, no endless polling', async () => {
    await start({ taskReport: 'lines', statuses: 'strict' });
    for (let index = 1; index <= 8; index += 1) kit.catalogue.save(phone(index));
    await kit.sync();
    for (let index = 1; index <= 8; index += 1) kit.catalogue.edit(`IP13-${index}`, 'price', 420 + index);
    await kit.sync();
    for (let extra = 0; extra < 3 && kit.service.state().pendingChanges > 0; extra += 1) await kit.sync();
    const statuses = kit.market.sandbox.state.tasks.map((task) => task.action_status);
    expect(statuses).toContain(3);
    expect(statuses).toContain(7);
    const db = kit.catalogue.db;
    expect(db.prepare("SELECT count(*) FROM sync_tasks WHERE message LIKE '%status 3,%' OR message LIKE 'Settled from%'").pluck().get()).toBeGreaterThan(0);
    expect(kit.service.state()).toMatchObject({ openTasks: 0, pendingChanges: 0 });
    for (let index = 1; index <= 8; index += 1) {
      const listing = kit.market.sandbox.state.listings.find((candidate) => candidate.sku === `IP13-${index}`);
      expect(listing?.markets['fr-fr']?.price, `IP13-${index}`).toBe((420 + index).toFixed(2));
      expect(kit.state(`IP13-${index}`, 'fr-fr')).toMatchObject({ status: 'published' });
    }
    const sent = new Map<string, number>();
    for (const line of kit.sentLines()) sent.set(line, (sent.get(line) ?? 0) + 1);
    expect(Math.max(...sent.values())).toBeLessThanOrEqual(2);
  });

  it('8 failed: every line shows last_action_error and goes with the next sync', async () => {
    await start({ taskReport: 'empty', statuses: 'simple' });
    kit.catalogue.save(phone(1));
    await kit.market.control('POST', '/tasks/fail-next', { message: 'Task has been interrupted.' });
    const report = await kit.sync();
    expect(report).toMatchObject({ outcome: 'finished', rejected: 1, published: 2 });
    const failed = ['fr-fr', 'de-de', 'en-gb'].map((country) => kit.state('IP13-1', country)).find((state) => state?.status === 'none');
    expect(failed).toMatchObject({ none_source: 'backmarket', error: 'Back Market could not process this task: Task has been interrupted.', rejected_hash: '' });
    // The header counts the offers the next sync sends: the refused one (the two accepted ones have nothing left to send).
    expect(kit.service.state().pendingChanges).toBe(1);
    expect(kit.service.plan(10).offers).toHaveLength(1);
    await kit.sync();
    for (const country of COUNTRIES) expect(kit.state('IP13-1', country)).toMatchObject({ status: 'published', error: '' });
  });

  it('a task Back Market never finishes is polled until the deadline, says when it is older than 5 minutes, then read back', async () => {
    await start({ taskReport: 'lines' });
    await kit.market.control('PUT', '/config', { taskDelayMs: 10 * 3_600_000 });
    let later = 0;
    const service = kit.makeService({ now: () => new Date(Date.now() + later) });
    const stop = kit.bus.subscribe((name, payload) => {
      const progress = payload as SyncProgress;
      if (name !== 'sync:progress' || progress.step !== 'waiting-for-back-market') return;
      later = /longer than the 5 minutes/.test(progress.message) ? TASK_DEADLINE_MS + 60_000 : 6 * 60_000;
    });
    kit.catalogue.save(phone(1));
    const report = await kit.sync(service);
    stop();
    expect(report.outcome).toBe('finished');
    expect(progressOf().map((progress) => progress.message)).toContainEqual(expect.stringMatching(/The oldest was sent 6 min ago, longer than the 5 minutes Back Market usually takes; the sync waits for it up to 120 min/));
    expect(kit.catalogue.db.prepare('SELECT message FROM sync_tasks').pluck().all()).toContainEqual(expect.stringMatching(/^Settled from Back Market's listings: 0 of 1 lines had arrived\.$/));
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'pending', error: UNCONFIRMED_AGAIN, task: null });
  });
});

describe('a 429 without Retry-After', () => {
  it('waits the block and backs off, says until when, never fails the sync, and posts each task once', async () => {
    await start({ taskReport: 'lines', rateLimit: 'no-retry-after' });
    for (let index = 1; index <= 3; index += 1) kit.catalogue.save(phone(index));
    await kit.market.control('PUT', '/faults', { path: '/ws/listings', burst429: 5 });
    const report = await kit.sync();
    expect(report).toMatchObject({ outcome: 'finished', published: 9 });
    const messages = progressOf().map((progress) => progress.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Back Market asked to slow down \(too many requests\): the sync waits until \d\d:\d\d:\d\d UTC/));
    // The hourly budget is counted here, never guessed from a 429.
    expect(messages.filter((message) => /hourly/i.test(message))).toEqual([]);
    for (let index = 1; index <= 3; index += 1) expect(timesSent(`IP13-${index}`)).toBe(3);
  });
});

describe('a catalog post Back Market does not take', () => {
  it('a 503 makes a partial sync that says so; the offers stay pending and go with the next sync', async () => {
    await start({ ...DETAILED_PROFILES });
    for (let index = 1; index <= 2; index += 1) kit.catalogue.save(phone(index));
    kit.market.standIn('POST', '/ws/listings', { status: 503, body: '{"error":{"code":"unavailable","message":"Service unavailable"}}' }, 1);
    const report = await kit.sync();
    expect(report).toMatchObject({ outcome: 'finished', notSent: 2, published: 4 });
    expect(report.message).toBe('2 changes not sent: Back Market did not answer (503); they go with the next sync.');
    expect(progressOf().at(-1)?.message).toBe(`Sync finished. On sale: 0 in fr-fr, 2 in de-de, 2 in en-gb. 2 changes not sent yet. ${report.message}`);
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'pending', task: null, error: 'Not sent: Back Market did not answer (503). This change goes with the next sync.' });
    // Offers, as the header and the Listings grid's Pending filter count them: the two the next sync sends (France).
    expect(kit.service.state().pendingChanges).toBe(2);
    expect(kit.service.plan(10).offers.map((offer) => offer.country)).toEqual(['fr-fr', 'fr-fr']);
    // The status model says so too: pending, "not sent: Back Market did not answer".
    const row = listings(kit.catalogue.db, listingQuerySchema.parse({ search: 'IP13-1', country: 'fr-fr' }), KIT_COUNTRIES).rows.find((entry) => entry.sku === 'IP13-1');
    expect(row?.truth).toMatchObject({ standing: 'pending', reason: 'no-answer' });
    expect(await kit.sync()).toMatchObject({ outcome: 'finished', published: 2, notSent: 0, message: '' });
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'published', error: '' });
  });

  it('a cut connection: the offers wait for Back Market, are read back, and are sent again only after the deadline', async () => {
    await start({ ...DETAILED_PROFILES });
    let later = 0;
    const service = kit.makeService({ now: () => new Date(Date.now() + later) });
    kit.catalogue.save(phone(1));
    kit.market.standIn('POST', '/ws/listings', 'drop', 1);
    const report = await kit.sync(service);
    expect(report).toMatchObject({ outcome: 'finished', waiting: 1 });
    expect(report.message).toMatch(/^1 change waits for Back Market: the answer to a catalog task was lost/);
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'pending', task: expect.any(Number) });
    // Within the deadline a sync reads the listings again but sends nothing of it.
    await kit.sync(service);
    expect(timesSent('IP13-1')).toBe(2);
    later = TASK_DEADLINE_MS + 60_000;
    await kit.sync(service);
    expect(timesSent('IP13-1')).toBe(3);
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'published', task: null });
    expect(service.state()).toMatchObject({ openTasks: 0, pendingChanges: 0 });
  });
});
