// The Listings grid's price is the one the sync sends in that market: with Price mapped to the price grid, an empty box
// is "no price" in the grid as in the plan (never the catalogue's price shown instead); a box filled is what both show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingQuerySchema, type ListingQuery } from '../../../../shared/sync';
import { setFieldMapping } from '../../mapping/mapping-repo';
import { KIT_COUNTRIES, KIT_NOW, phone, plannerKit, type PlannerKit } from '../plan/plan-test-kit';
import { listings } from '.';

let kit: PlannerKit;

beforeEach(() => {
  kit = plannerKit();
  // ATELIER-0001: an own product at 149.90 in the catalogue.
  kit.save(phone(1, { productNumber: 'ATELIER-0001', price: 149.9 }));
});
afterEach(() => kit.cleanup());

const gridPrices = (query: ListingQuery = {}) => Object.fromEntries(listings(kit.db, listingQuerySchema.parse(query), KIT_COUNTRIES).rows.map((row) => [`${row.productNumber} ${row.country}`, row.price]));
const mapPrice = (source: Parameters<typeof setFieldMapping>[3]) => setFieldMapping(kit.db, 'price', '', source, KIT_NOW.toISOString());
/** The price each planned line sends, by offer. */
const planPrices = () => Object.fromEntries(kit.plan().tasks.flatMap((task) => task.lines.map((line) => [`${line.productNumber} ${line.country}`, line.values.price ?? null])));
const blockedIn = () => kit.plan().blocked.filter((offer) => offer.productNumber === 'ATELIER-0001').map((offer) => offer.country);

describe('the Listings grid price', () => {
  it('is the catalogue price where the mapping reads it, and the box of the price grid where one is set', () => {
    // The kit maps Price to the catalogue price; en-gb (pounds) reads its box (429.00), never the euro price.
    expect(gridPrices()).toMatchObject({ 'ATELIER-0001 fr-fr': 149.9, 'ATELIER-0001 de-de': 149.9, 'ATELIER-0001 en-gb': 429 });
    expect(planPrices()).toMatchObject({ 'ATELIER-0001 fr-fr': '149.90', 'ATELIER-0001 de-de': '149.90', 'ATELIER-0001 en-gb': '429.00' });
  });

  it('is no price where Price is mapped to the price grid and the box is empty, as the sync says', () => {
    mapPrice({ kind: 'price-matrix' });
    kit.setCountryPrice('ATELIER-0001', 'fr-fr', 279);
    expect(gridPrices()).toMatchObject({ 'ATELIER-0001 fr-fr': 279, 'ATELIER-0001 de-de': null, 'ATELIER-0001 en-gb': 429 });
    // The sync sends 279.00 in France and holds Germany back for its missing price: the grid said the same.
    const plan = kit.plan();
    const french = plan.tasks.flatMap((task) => task.lines).find((line) => line.productNumber === 'ATELIER-0001' && line.country === 'fr-fr');
    expect(french?.values.price).toBe('279.00');
    expect(blockedIn()).toContain('de-de');
    expect(blockedIn()).not.toContain('fr-fr');
  });

  it('reads a free column as the sync does, and sorts by the price shown', () => {
    kit.save(phone(2, { productNumber: 'ATELIER-0002', price: 99 }), { 'Prix FR': '279,00' });
    setFieldMapping(kit.db, 'price', 'fr-fr', { kind: 'attribute', name: 'Prix FR' }, KIT_NOW.toISOString());
    mapPrice({ kind: 'price-matrix' });
    expect(gridPrices({ country: 'fr-fr' })).toEqual({ 'ATELIER-0001 fr-fr': null, 'ATELIER-0002 fr-fr': 279 });
    // Sorted by price: the one with a price first, the one without last (as an empty value sorts).
    const sorted = listings(kit.db, listingQuerySchema.parse({ country: 'fr-fr', sort: 'price', direction: 'asc' }), KIT_COUNTRIES).rows.map((row) => row.productNumber);
    expect(sorted).toEqual(['ATELIER-0002', 'ATELIER-0001']);
    // Mapped back to the catalogue price: both read it (ATELIER-0002's own column still wins in France).
    mapPrice({ kind: 'field', field: 'price' });
    expect(gridPrices({ country: 'de-de' })).toEqual({ 'ATELIER-0001 de-de': 149.9, 'ATELIER-0002 de-de': 99 });
  });

  it('is no price where Price is not mapped, whatever the price grid holds: the sync sends no price column there', async () => {
    mapPrice(null);
    expect(gridPrices()).toMatchObject({ 'ATELIER-0001 fr-fr': null, 'ATELIER-0001 en-gb': null });
    const plan = kit.plan();
    const lines = plan.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'ATELIER-0001');
    // Each market is held back for it or sent a line without a price: never the price the grid would have shown.
    expect(lines.length + blockedIn().length).toBe(3);
    for (const line of lines) expect(line.values.price).toBeUndefined();
  });
});
