// "N waiting" is the offers the next sync sends: a change of one market's price (the price grid) or of a market's own
// comment waits in that market alone, a product-wide change in every market until a dry run finds where it sends, and
// the header, Home, the sync state, the Listings grid's Pending filter and the dry run agree.
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/connection';
import { listingQuerySchema } from '../../../shared/sync';
import { createCatalogueService, type CatalogueService } from '../catalogue/catalogue-service';
import { pendingEntries } from '../db/outbox-repo';
import { findProductId } from '../db/products-repo';
import { createFileStaging } from '../files/staging';
import { createMappingService, type MappingService } from '../mapping/mapping-service';
import { tempDir } from '../test/temp-db';
import { listings, waitingOffers } from './listings/listings-query';
import { KIT_COUNTRIES, phone, PHONE_ATTRIBUTES } from './plan/plan-test-kit';
import { narrowOutbox } from './run/outbox-settle';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
let mapping: MappingService;
let catalogue: CatalogueService;
let staging: { dir: string; cleanup: () => void };

beforeEach(async () => {
  kit = await startSyncKit();
  staging = tempDir();
  const db = kit.catalogue.db;
  const now = () => new Date();
  mapping = createMappingService({
    database: () => db,
    countries: () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language })),
    fetchCategoryTree: async () => [],
    events: kit.bus,
    now,
  });
  catalogue = createCatalogueService({ db, events: kit.bus, files: createFileStaging(path.join(staging.dir, 'staging')), now });
  // Two phones on sale in fr-fr, de-de and en-gb.
  kit.catalogue.save(phone(1));
  kit.catalogue.save(phone(2));
  expect(await kit.sync()).toMatchObject({ outcome: 'finished', published: 6 });
  expect(waiting()).toBe(0);
  kit.market.seen.length = 0;
});

afterEach(async () => {
  await kit.close();
  staging.cleanup();
});

const idOf = (productNumber: string) => findProductId(kit.catalogue.db, productNumber) as number;
const codes = KIT_COUNTRIES.map((country) => country.code);
const waiting = () => waitingOffers(kit.catalogue.db, codes);
/** The Listings grid's "Pending" filter, as `product market`. */
const pendingRows = () => listings(kit.catalogue.db, listingQuerySchema.parse({ status: 'pending', limit: 100 }), KIT_COUNTRIES).rows.map((row) => `${row.productNumber} ${row.country}`);
/** The dry run's offers, as `sku market`. */
const dryRun = () => kit.service.plan(100).offers.map((offer) => `${offer.sku} ${offer.country}`);
/** Every count the merchant reads agrees with the grid's filter. */
const everyCount = () => {
  const state = kit.service.state();
  expect(state.pendingChanges).toBe(state.truth.pendingChanges);
  expect(pendingRows()).toHaveLength(state.pendingChanges);
  return state.pendingChanges;
};

it('counts a price changed in one market of the price grid as one offer waiting, the one line the dry run and the sync send', async () => {
  mapping.setPrice(idOf('IP13-1'), 'de-de', 459);
  expect(everyCount()).toBe(1);
  expect(pendingRows()).toEqual(['IP13-1 de-de']);
  expect(dryRun()).toEqual(['IP13-1 de-de']);
  // The dry run leaves the count as it is: it is the truth already.
  expect(everyCount()).toBe(1);
  // Every offer stands as Back Market holds it until the sync.
  const rows = listings(kit.catalogue.db, listingQuerySchema.parse({ search: 'IP13-1', limit: 100 }), KIT_COUNTRIES).rows;
  expect(rows.map((row) => `${row.country} ${row.truth?.standing}`)).toEqual(['fr-fr on-sale', 'de-de on-sale', 'en-gb on-sale']);

  expect(await kit.sync()).toMatchObject({ outcome: 'finished' });
  expect(kit.sentLines().map((line) => line.split('|')[0])).toEqual(['de-de']);
  expect(everyCount()).toBe(0);
  expect(pendingEntries(kit.catalogue.db)).toEqual([]);
});

it('counts two markets changed as two, a product-wide change in every market, and nothing once synced', async () => {
  mapping.setPrice(idOf('IP13-2'), 'fr-fr', 479);
  mapping.setPrice(idOf('IP13-2'), 'en-gb', 419);
  expect(everyCount()).toBe(2);
  expect(pendingRows()).toEqual(['IP13-2 fr-fr', 'IP13-2 en-gb']);
  expect(dryRun()).toEqual(['IP13-2 fr-fr', 'IP13-2 en-gb']);
  expect(pendingEntries(kit.catalogue.db)).toMatchObject([{ productNumber: 'IP13-2', fields: ['price'], countries: ['en-gb', 'fr-fr'] }]);

  // A description is the same text in every market: three offers wait, three lines go.
  catalogue.updateField([idOf('IP13-1')], 'description', 'Reconditionné, batterie neuve.');
  expect(everyCount()).toBe(5);
  expect(dryRun().filter((offer) => offer.startsWith('IP13-1'))).toEqual(['IP13-1 fr-fr', 'IP13-1 de-de', 'IP13-1 en-gb']);
  expect(everyCount()).toBe(5);

  // A bulk change of the price grid in one market: one offer per product.
  expect(mapping.bulkPrices({ action: 'percent', percent: -5, countries: ['de-de'], target: { ids: [idOf('IP13-1'), idOf('IP13-2')] } })).toEqual({ updated: 2 });
  expect(pendingRows()).toEqual(['IP13-1 fr-fr', 'IP13-1 de-de', 'IP13-1 en-gb', 'IP13-2 fr-fr', 'IP13-2 de-de', 'IP13-2 en-gb']);
  expect(pendingEntries(kit.catalogue.db).find((entry) => entry.productNumber === 'IP13-2')?.countries).toEqual(['de-de', 'en-gb', 'fr-fr']);

  expect(await kit.sync()).toMatchObject({ outcome: 'finished' });
  expect(kit.sentLines()).toHaveLength(6);
  expect(everyCount()).toBe(0);
});

it('says every market while not known, then, once the dry run found where a title goes, the markets it sends in', () => {
  // de-de reads its title from the Titel attribute: a new title changes fr-fr and en-gb.
  catalogue.updateField([idOf('IP13-1')], 'title', 'iPhone 13 128 Go Minuit');
  expect(everyCount()).toBe(3);
  expect(dryRun()).toEqual(['IP13-1 fr-fr', 'IP13-1 en-gb']);
  expect(everyCount()).toBe(2);
  expect(pendingRows()).toEqual(['IP13-1 fr-fr', 'IP13-1 en-gb']);
  // A later change in de-de waits there too (the union).
  mapping.setPrice(idOf('IP13-1'), 'de-de', 449);
  expect(pendingRows()).toEqual(['IP13-1 fr-fr', 'IP13-1 de-de', 'IP13-1 en-gb']);
  expect(dryRun()).toEqual(['IP13-1 fr-fr', 'IP13-1 de-de', 'IP13-1 en-gb']);
});

it('cuts a catalogue edit down to the markets it sends in by itself, a moment after the edit, without a dry run', async () => {
  catalogue.updateField([idOf('IP13-1')], 'title', 'iPhone 13 128 Go Minuit');
  expect(everyCount()).toBe(3);
  await vi.waitFor(() => expect(pendingRows()).toEqual(['IP13-1 fr-fr', 'IP13-1 en-gb']), { timeout: 3_000 });
  expect(everyCount()).toBe(2);
  expect(dryRun()).toEqual(['IP13-1 fr-fr', 'IP13-1 en-gb']);
});

it('counts a market’s own comment in that market alone', () => {
  const product = catalogue.get(idOf('IP13-2'));
  catalogue.save({ ...product, attributes: { ...PHONE_ATTRIBUTES, 'comment_de-de': 'Originalverpackung' } }, product.id);
  expect(pendingEntries(kit.catalogue.db)).toMatchObject([{ productNumber: 'IP13-2', countries: ['de-de'] }]);
  expect(everyCount()).toBe(1);
  expect(dryRun()).toEqual(['IP13-2 de-de']);
});

it('does not cut down an entry changed after the plan was made', () => {
  const plannedBefore = kit.catalogue.plan(new Date(Date.now() - 60_000));
  catalogue.updateField([idOf('IP13-1')], 'title', 'iPhone 13 128 Go Minuit');
  const plan = kit.catalogue.plan(new Date());
  expect(plan.narrow).toEqual([{ productNumber: 'IP13-1', countries: ['fr-fr', 'en-gb'] }]);
  // The plan made before the edit knew nothing of it: the entry stays every market's.
  expect(narrowOutbox(kit.catalogue.db, plan.narrow ?? [], plannedBefore.plannedAt)).toBe(0);
  expect(everyCount()).toBe(3);
  expect(narrowOutbox(kit.catalogue.db, plan.narrow ?? [], plan.plannedAt)).toBe(1);
  expect(everyCount()).toBe(2);
});

it('shows an offer never sent in a market the change does not concern as not sent, as before', () => {
  kit.catalogue.save(phone(3));
  kit.catalogue.db.prepare("DELETE FROM outbox WHERE product_number = 'IP13-3'").run();
  mapping.setPrice(idOf('IP13-3'), 'de-de', 469);
  const rows = listings(kit.catalogue.db, listingQuerySchema.parse({ search: 'IP13-3', limit: 100 }), KIT_COUNTRIES).rows;
  expect(rows.map((row) => `${row.country} ${row.status}`)).toEqual(['fr-fr not-sent', 'de-de pending', 'en-gb not-sent']);
  expect(pendingRows()).toEqual(['IP13-3 de-de']);
});

it('plans every market of a product in the outbox whatever markets its change names: the markets only count', async () => {
  mapping.setPrice(idOf('IP13-1'), 'de-de', 459);
  // A difference in fr-fr the outbox never heard of (written around the price grid): the planner still compares it.
  kit.catalogue.db.prepare("INSERT INTO country_prices (product_id, country, price_cents) VALUES (?, 'fr-fr', 48900)").run(idOf('IP13-1'));
  expect(dryRun()).toEqual(['IP13-1 fr-fr', 'IP13-1 de-de']);
  expect(await kit.sync()).toMatchObject({ outcome: 'finished' });
  expect(kit.sentLines().map((line) => line.split('|')[0])).toEqual(['fr-fr', 'de-de']);
  expect(everyCount()).toBe(0);
});

it('after a sync the hourly budget cut short, counts the lines left for later, in their markets', async () => {
  // Six lines went this hour: a budget of seven lets one more go now.
  const service = kit.makeService({ linesPerHour: 7 });
  catalogue.updateField([idOf('IP13-1')], 'description', 'Reconditionné, batterie neuve.');
  expect(everyCount()).toBe(3);
  expect(await kit.sync(service)).toMatchObject({ outcome: 'finished', deferred: 2 });
  expect(kit.sentLines().map((line) => line.split('|')[0])).toEqual(['fr-fr']);
  expect(everyCount()).toBe(2);
  expect(pendingRows()).toEqual(['IP13-1 de-de', 'IP13-1 en-gb']);
});
