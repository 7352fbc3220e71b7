// A new catalogue price and the price grid's boxes: a box Refurb Desk copied a price into takes it where the catalogue
// price is the market's price (Price read from the catalogue price or the grid, in euros); a box the merchant set keeps
// its own and is named; a market reading a free column, or selling in pounds, is left as it is and not named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phone, plannerKit, type PlannerKit } from '../sync/plan/plan-test-kit';
import { setFieldMapping } from './mapping-repo';
import { followCataloguePrice, setCopiedPrice } from './price-copies';
import { setStoredPrice } from './pricing';

describe('the price-grid boxes after a new catalogue price', () => {
  let kit: PlannerKit;
  let id: number;
  beforeEach(() => {
    kit = plannerKit();
    id = kit.save(phone(1, { price: 279 }));
  });
  afterEach(() => kit.cleanup());

  const boxes = () => Object.fromEntries((kit.db.prepare('SELECT country, price_cents FROM country_prices WHERE product_id = ? ORDER BY country').raw().all(id) as [string, number][]).map(([country, cents]) => [country, cents / 100]));
  const reprice = (price: number) => {
    kit.edit('IP13-1', 'price', price);
    return followCataloguePrice(kit.db, [id]);
  };

  it('gives the copies the new price, keeps and names the boxes the merchant set, and leaves pounds alone', () => {
    // Kept in the review: France and Germany; the United Kingdom's box is the merchant's, in pounds.
    setCopiedPrice(kit.db, id, 'fr-fr', 27900);
    setCopiedPrice(kit.db, id, 'de-de', 28900);
    expect(boxes()).toEqual({ 'de-de': 289, 'en-gb': 429, 'fr-fr': 279 });
    expect(reprice(269)).toEqual([]);
    expect(boxes()).toEqual({ 'de-de': 269, 'en-gb': 429, 'fr-fr': 269 });

    // The merchant sets Germany's box in the Prices screen: it is theirs now, and a new price keeps it and names it.
    setStoredPrice(kit.db, id, 'de-de', 275);
    expect(reprice(259)).toEqual([{ productId: id, country: 'de-de', boxCents: 27500, catalogueCents: 25900 }]);
    expect(boxes()).toEqual({ 'de-de': 275, 'en-gb': 429, 'fr-fr': 259 });
    // A price typed equal to the copy is the merchant's too: it stays when the catalogue price moves again.
    setStoredPrice(kit.db, id, 'fr-fr', 259);
    expect(reprice(249)).toEqual([
      { productId: id, country: 'de-de', boxCents: 27500, catalogueCents: 24900 },
      { productId: id, country: 'fr-fr', boxCents: 25900, catalogueCents: 24900 },
    ]);
  });

  it('leaves a copy where Price reads a free column: the catalogue price was never that market’s', () => {
    setFieldMapping(kit.db, 'price', 'de-de', { kind: 'attribute', name: 'Prix DE' }, new Date().toISOString());
    setCopiedPrice(kit.db, id, 'fr-fr', 27900);
    setCopiedPrice(kit.db, id, 'de-de', 28900);
    expect(reprice(269)).toEqual([]);
    expect(boxes()).toEqual({ 'de-de': 289, 'en-gb': 429, 'fr-fr': 269 });
  });
});
