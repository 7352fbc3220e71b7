// Reliability: the sandbox injects 5xx answers, dropped connections and a 429 burst while ten syncs run with random
// edits between them, under each answer the contract allows where it is silent (task reports, statuses, 429s, max_price).
// At the end Back Market holds the catalogue's intent for every SKU and country (or the offer says why not), no offer
// was created twice, no unchanged line was sent more than twice, and nothing the merchant could read is a stack trace.
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncProgress, SyncReport } from '../../../shared/sync';
import { DEFAULT_PROFILES, DETAILED_PROFILES, type SandboxProfiles } from '../../sandbox';
import { phone } from './plan/plan-test-kit';
import { UNCONFIRMED_FINAL_PREFIX } from './run/read-back';
import { TASK_DEADLINE_MS } from './run/run-context';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
afterEach(async () => {
  await kit.close();
});

const PROFILES: Record<string, SandboxProfiles> = {
  detailed: DETAILED_PROFILES,
  'by-sku, strict statuses, no Retry-After': { ...DEFAULT_PROFILES, taskReport: 'by-sku' },
  'the defaults (empty reports, strict statuses, no Retry-After)': DEFAULT_PROFILES,
};

/** mulberry32: the same "random" edits on every run, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['fr-fr', 'de-de', 'en-gb'];
const EN_GB_PRICE = '429.00';

interface Intent {
  stock: number;
  price: number;
  blocked: boolean;
  deleted: boolean;
}

/** A sentence for the merchant: no stack frame, no "Error:" prefix, ends like a sentence. */
function expectSentence(text: string): void {
  expect(text).not.toMatch(/\n\s+at |Error:|\bundefined\b|\[object /);
  expect(text.trim()).toMatch(/[.!?)…]$/);
}

describe.each(Object.entries(PROFILES))('under the %s profile', (_name, profiles) => {
it('ten syncs under faults end with Back Market holding the catalogue, no offer created twice', async () => {
  kit = await startSyncKit({ profiles });
  // The clock moves past the polling deadline at the end, so tasks whose answer was lost are settled.
  let later = 0;
  const service = kit.makeService({ now: () => new Date(Date.now() + later) });
  const random = seeded(20261127);
  const pick = (max: number) => Math.floor(random() * max);
  const intent = new Map<string, Intent>();
  let next = 1;
  const add = (blocked: boolean) => {
    const index = next++;
    kit.catalogue.save(phone(index, blocked ? { condition: 'Z' } : {}));
    intent.set(`IP13-${index}`, { stock: 3, price: 499.9, blocked, deleted: false });
  };
  for (let count = 0; count < 12; count += 1) add(count % 6 === 5);

  await kit.market.control('PUT', '/faults', { path: '*', errorRate: 0.2, dropRate: 0.05, burst429: 4 });
  // The sandbox drops before acting; Back Market may also act and then lose the answer: two catalog posts do that.
  kit.market.standIn('POST', '/ws/listings', 'drop-after-forward', 2);
  const reports: SyncReport[] = [];
  for (let round = 0; round < 10; round += 1) {
    const live = [...intent.entries()].filter(([, offer]) => !offer.deleted && !offer.blocked);
    for (let edit = 0; edit < 4; edit += 1) {
      const [productNumber, offer] = live[pick(live.length)] ?? [];
      if (!productNumber || !offer || offer.deleted) continue;
      switch (pick(5)) {
        case 0:
          offer.stock = pick(10);
          kit.catalogue.edit(productNumber, 'stock', offer.stock);
          break;
        case 1:
          offer.price = 400 + pick(200);
          kit.catalogue.edit(productNumber, 'price', offer.price);
          break;
        case 2:
          kit.catalogue.edit(productNumber, 'title', `iPhone 13 128 Go Noir, round ${round}`);
          break;
        case 3:
          add(pick(4) === 0);
          break;
        default:
          offer.deleted = true;
          kit.catalogue.remove(productNumber);
      }
    }
    reports.push(await kit.sync(service));
  }
  // Still under faults: sync again until nothing is left to send (a task lost to a fault goes with the next sync, once
  // Back Market's listings show it did not arrive after the polling deadline).
  for (let extra = 0; extra < 8 && (service.plan(0).summary.linesNow > 0 || service.state().openTasks > 0 || service.state().pendingChanges > 0); extra += 1) {
    later += TASK_DEADLINE_MS + 60_000;
    reports.push(await kit.sync(service));
  }
  await kit.market.control('DELETE', '/faults');

  expect(reports.every((report) => report.outcome === 'finished')).toBe(true);
  expect(service.plan(0).summary.linesNow).toBe(0);
  expect(service.state()).toMatchObject({ pendingChanges: 0, openTasks: 0 });
  // No unchanged line went more than twice (sent, then once more when Back Market did not confirm it).
  const sent = new Map<string, number>();
  for (const line of kit.sentLines()) sent.set(line, (sent.get(line) ?? 0) + 1);
  expect([...sent.entries()].filter(([, times]) => times > 2)).toEqual([]);
  const unconfirmed = (sku: string, country: string) => String(kit.state(sku, country)?.error ?? '').startsWith(UNCONFIRMED_FINAL_PREFIX);
  const listings = kit.market.sandbox.state.listings;
  // No offer created twice.
  expect(new Set(listings.map((listing) => listing.sku)).size).toBe(listings.length);
  for (const [sku, offer] of intent) {
    const listing = listings.find((candidate) => candidate.sku === sku);
    if (offer.blocked) {
      expect(listing, sku).toBeUndefined();
      continue;
    }
    // An offer Back Market never confirmed says so (None or Published with the reason) instead of holding the intent.
    if (COUNTRIES.some((country) => unconfirmed(sku, country))) continue;
    // A product deleted before its creation was ever confirmed has nothing to take offline; otherwise its stock is 0.
    if (offer.deleted) {
      if (listing) expect(listing.quantity, `${sku} quantity`).toBe(0);
      continue;
    }
    expect(listing, sku).toBeDefined();
    expect(listing?.quantity, `${sku} quantity`).toBe(offer.stock);
    for (const country of COUNTRIES) {
      expect(listing?.markets[country]?.price, `${sku} ${country}`).toBe(country === 'en-gb' ? EN_GB_PRICE : offer.price.toFixed(2));
      expect(['published', 'none'], `${sku} ${country}`).toContain(kit.state(sku, country)?.status);
    }
  }

  // Everything the merchant could read: progress, reports, listing errors, task notes.
  const db = kit.catalogue.db;
  // The two answers lost after Back Market acted made uncertain tasks, settled from its listings.
  expect(db.prepare("SELECT count(*) FROM sync_tasks WHERE message LIKE 'Settled from%'").pluck().get()).toBeGreaterThanOrEqual(2);
  // Nothing of the catalogue is left pending (a deleted product's offer never created has nothing to show).
  expect(db.prepare("SELECT count(*) FROM listing_states WHERE status = 'pending' AND product_number IN (SELECT product_number FROM products)").pluck().get()).toBe(0);
  for (const event of kit.events.filter((entry) => entry.name === 'sync:progress')) expectSentence((event.payload as SyncProgress).message);
  for (const report of reports) if (report.message) expectSentence(report.message);
  for (const error of db.prepare("SELECT error FROM listing_states WHERE error <> ''").pluck().all() as string[]) expectSentence(error);
  for (const message of db.prepare("SELECT message FROM sync_tasks WHERE message <> ''").pluck().all() as string[]) expectSentence(message);
}, 60_000);
});
