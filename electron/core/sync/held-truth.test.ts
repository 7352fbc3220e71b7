// Review 21 A3–A5 as a merchant with an existing account meets them: an offer Back Market holds on sale whose change the
// pre-flight check holds back stays Published · on sale with its change held back (never « None »), a never-published
// held offer stays None · held back, the dry run says nothing is sent because offers are held (not that Back Market has
// everything), and the header, Home, the Listings grid's filters and the dry run count the same held and waiting offers.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Language } from '../../../shared/connection';
import { heldBackIn } from '../../../shared/offer-status';
import { listingQuerySchema, type ListingQuery } from '../../../shared/sync';
import { DEFAULT_PROFILES } from '../../sandbox';
import type { AccountService } from '../account/account-service';
import { accountOver, syncElsewhere } from '../account/account-test-kit';
import { createDashboardService } from '../dashboard/dashboard-service';
import { listings, summary, waitingOffers } from './listings/listings-query';
import { KIT_COUNTRIES, phone, plannerKit, type PlannerKit } from './plan/plan-test-kit';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

const countries = () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language }));
const codes = KIT_COUNTRIES.map((country) => country.code);

let kit: SyncKit;
let other: PlannerKit;
let account: AccountService;

beforeEach(async () => {
  kit = await startSyncKit({ profiles: { ...DEFAULT_PROFILES, statuses: 'simple' } });
  // Another tool put four phones on the account, on sale in every market.
  other = plannerKit();
  for (let index = 1; index <= 4; index += 1) other.save(phone(index));
  expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
  // The catalogue: IP13-1 as Back Market holds it, ip13-2 at another price (waits for the review), the merchant's own
  // MON-PROPRE-01 with a grade Back Market does not know (never published), IP13-4 imported from the account.
  kit.catalogue.save(phone(1));
  kit.catalogue.save(phone(2, { productNumber: 'ip13-2', price: 459 }));
  kit.catalogue.save({ ...phone(9), productNumber: 'MON-PROPRE-01', condition: 'Z' });
  account = accountOver(kit, countries);
  account.read();
  expect(await account.settled()).toMatchObject({ outcome: 'finished' });
  expect(account.import({ scope: 'skus', skus: ['IP13-4'] })).toMatchObject({ imported: 1 });
  // The merchant clears IP13-1's price: the pre-flight check holds that change back.
  kit.catalogue.edit('IP13-1', 'price', null);
});

afterEach(async () => {
  account.close();
  other.cleanup();
  await kit.close();
});

const rows = (query: ListingQuery) => listings(kit.catalogue.db, listingQuerySchema.parse({ management: 'managed', limit: 200, ...query }), KIT_COUNTRIES);
const row = (productNumber: string, country: string) => rows({ search: productNumber, country }).rows.find((entry) => entry.productNumber === productNumber);
const home = () =>
  createDashboardService({
    database: () => kit.catalogue.db,
    connection: { status: () => ({ mode: 'account', tokenState: 'valid', queuedJobs: 0 }) },
    now: () => new Date(),
    offers: (db) => summary(db, KIT_COUNTRIES).standings,
    waiting: (db) => waitingOffers(db, codes),
  }).summary({ days: 30 }).todo;
const total = (entries: readonly { offers: number }[]) => entries.reduce((sum, entry) => sum + entry.offers, 0);

/** The dry run as the merchant opens it, then every other place that counts held and waiting offers: all equal. */
function expectOneSetOfNumbers() {
  const dryRun = kit.service.plan(500).summary;
  const header = kit.service.state().truth;
  const todo = home();
  const sent = dryRun.send.stock + dryRun.send.price + dryRun.send.new + dryRun.send.content;
  expect(dryRun.deferred).toBeNull();
  // Held back: dry run = header = Listings "held back" filter = Home, per country too.
  expect(header.heldBack).toBe(total(dryRun.blocked));
  expect(rows({ standing: 'held-back' }).total).toBe(header.heldBack);
  expect(todo.offers.reduce((sum, entry) => sum + heldBackIn(entry), 0)).toBe(header.heldBack);
  for (const entry of dryRun.blocked) expect(rows({ standing: 'held-back', country: entry.country }).total, entry.country).toBe(entry.offers);
  // Of them, the dry run says Back Market keeps what it has only for those it holds (the grid's Published ones); the
  // others are on no Back Market listing (every market of this account was read: none is unknown).
  for (const entry of dryRun.blocked) {
    const published = rows({ standing: 'held-back', country: entry.country }).rows.filter((offer) => offer.status === 'published').length;
    expect([entry.country, entry.onBackMarket, entry.notRead]).toEqual([entry.country, published, 0]);
  }
  // Waiting: the offers the dry run sends now = header = Listings "pending" filter = Home's card.
  expect(header.pendingChanges).toBe(sent);
  expect(rows({ status: 'pending' }).total).toBe(sent);
  expect(todo.pendingChanges.count).toBe(sent);
  // « None » on Home is the grid's None: offers Back Market does not hold or refused, never one it sells.
  expect(todo.noneOffers.count).toBe(rows({ status: 'none' }).total);
  return { dryRun, header, todo, sent };
}

it('keeps an offer Back Market sells Published · on sale with its change held back, and counts it the same everywhere', async () => {
  const before = expectOneSetOfNumbers();
  // A4: nothing is sent, because offers are held (the review, the pre-flight check): the dry run counts them.
  expect(before.sent).toBe(0);
  expect(total(before.dryRun.blocked)).toBeGreaterThan(0);
  // In France: IP13-1 and ip13-2 are on Back Market (it keeps what it has), MON-PROPRE-01 was never published there.
  expect(before.dryRun.blocked.find((entry) => entry.country === 'fr-fr')).toEqual({ country: 'fr-fr', offers: 3, onBackMarket: 2, notRead: 0 });

  // A3: IP13-1 is on sale on Back Market: its status says so, and that the merchant's change is held back, with why.
  const held = row('IP13-1', 'fr-fr');
  expect(held?.status).toBe('published');
  expect(held?.truth).toMatchObject({ word: 'published', standing: 'on-sale', changeHeld: true, buyable: true, settled: false });
  expect(held?.reasons?.length).toBeGreaterThan(0);
  // ip13-2 waits for the review: on sale as Back Market holds it, its change held back too.
  expect(row('ip13-2', 'fr-fr')?.truth).toMatchObject({ word: 'published', standing: 'on-sale', changeHeld: true });
  // Never published: None · held back, as before.
  expect(row('MON-PROPRE-01', 'fr-fr')?.truth).toMatchObject({ word: 'none', standing: 'held-back', changeHeld: false });
  // Home: IP13-1 is counted on sale in France, and not under « Offers in None ».
  const france = before.todo.offers.find((entry) => entry.country === 'fr-fr');
  expect(france?.onSale).toBe(rows({ standing: 'on-sale', country: 'fr-fr' }).total);
  expect(rows({ standing: 'on-sale', country: 'fr-fr' }).rows.map((entry) => entry.productNumber)).toContain('IP13-1');
  expect(before.todo.noneOffers.byCountry.find((entry) => entry.country === 'fr-fr')?.count).toBe(1);

  // The merchant keeps their price for ip13-2: its change now waits and goes; IP13-1's is still held back.
  account.decide({ scope: 'all', decision: 'mine' });
  const decided = expectOneSetOfNumbers();
  expect(decided.sent).toBeGreaterThan(0);
  expect((await kit.sync()).outcome).toBe('finished');
  const after = expectOneSetOfNumbers();
  expect(after.sent).toBe(0);
  // Back Market still sells IP13-1 at the price it had: nothing of the held change was sent.
  expect(Number((await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-1' })).price)).toBe(499.9);
  expect(row('IP13-1', 'fr-fr')?.truth).toMatchObject({ standing: 'on-sale', changeHeld: true });

  // Once the price is back, the change is no longer held: IP13-1 is on sale with nothing held, and nothing waits.
  kit.catalogue.edit('IP13-1', 'price', 489.9);
  const fixed = expectOneSetOfNumbers();
  expect(row('IP13-1', 'fr-fr')?.truth).toMatchObject({ standing: 'on-sale', changeHeld: false });
  expect(fixed.sent).toBeGreaterThan(0);
  expect((await kit.sync()).outcome).toBe('finished');
  expect(Number((await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-1' })).price)).toBe(489.9);
  expect(expectOneSetOfNumbers().header.heldBack).toBe(total(kit.service.plan(500).summary.blocked));
});

it('says a change Back Market’s copy needs is waiting when no edit marked it (a stock changed elsewhere), as the dry run sends it', async () => {
  account.decide({ scope: 'all', decision: 'mine' });
  kit.catalogue.edit('IP13-1', 'price', 499.9);
  expect((await kit.sync()).outcome).toBe('finished');
  expectOneSetOfNumbers();
  // Back Market's copy of the imported IP13-4 changed elsewhere (its quantity is 1 there now): the read-back cleared its
  // stock hash and recorded what Back Market holds, and no edit is in the outbox.
  kit.catalogue.db.prepare("UPDATE listing_states SET stock_hash = '', accepted_values = json_set(accepted_values, '$.quantity', '1') WHERE product_number = 'IP13-4'").run();
  kit.catalogue.db.prepare("DELETE FROM outbox WHERE product_number = 'IP13-4'").run();
  const numbers = expectOneSetOfNumbers();
  expect(numbers.sent).toBeGreaterThan(0);
  expect(numbers.header.pendingChanges).toBe(numbers.sent);
});

it('forgets a hold recorded by a dry run once the merchant keeps the imported product off that market', async () => {
  // A phone Back Market sells in France only, imported: "Publish in this market?" is open for Germany and the UK.
  const frOnly = plannerKit();
  frOnly.save(phone(7));
  expect((await syncElsewhere(kit, frOnly, () => [{ code: 'fr-fr', language: 'fr' as Language }])).outcome).toBe('finished');
  account.read();
  expect(await account.settled()).toMatchObject({ outcome: 'finished' });
  expect(account.import({ scope: 'skus', skus: ['IP13-7'] })).toMatchObject({ imported: 1 });
  account.decide({ scope: 'all', decision: 'mine', field: 'price' });
  expectOneSetOfNumbers();
  expect(row('IP13-7', 'de-de')?.truth).toMatchObject({ word: 'none', standing: 'held-back' });
  // "Keep off" for every open question: never sent there, so neither held back nor None any more, in every count.
  account.decide({ scope: 'all', decision: 'backmarket', field: 'market' });
  expectOneSetOfNumbers();
  expect(row('IP13-7', 'de-de')?.truth).toMatchObject({ word: 'not-sent', standing: 'not-sent' });
  frOnly.cleanup();
});
