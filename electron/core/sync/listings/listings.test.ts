// The listed-products grid over a real SQLite file: statuses as the sync recorded them, filters, sort, paging, the
// summary bar's counts, and the retry and take-offline actions feeding the next plan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingQuerySchema, type ListingQuery } from '../../../../shared/sync';
import { upsertProduct } from '../../db/products-repo';
import { setFieldMapping } from '../../mapping/mapping-repo';
import { KIT_COUNTRIES, KIT_NOW, PHONE_ATTRIBUTES, phone, plannerKit, type PlannerKit } from '../plan/plan-test-kit';
import { listings, retry, summary, takeOffline } from '.';

let kit: PlannerKit;
const ids: Record<string, number> = {};

/**
 * IP13-1 published everywhere; IP13-2 refused by Back Market in France (published elsewhere); IP13-3 held back by the
 * pre-flight check (condition Z); IP13-4 edited since (in the outbox, never sent); IP13-5 never marked (not sent).
 */
beforeEach(() => {
  kit = plannerKit();
  ids['IP13-1'] = kit.save(phone(1));
  ids['IP13-2'] = kit.save(phone(2, { condition: 'B', price: 520 }));
  ids['IP13-3'] = kit.save(phone(3, { condition: 'Z', category: 'Phones' }));
  const plan = kit.plan();
  const refused = plan.tasks[0]?.lines.find((line) => line.productNumber === 'IP13-2');
  if (!refused) throw new Error('IP13-2 should be planned in France');
  kit.acceptAll(plan, refused);
  kit.reject(plan, refused, 'price 520.00 is above max_price 500.00 EUR for this product in fr-fr.');
  ids['IP13-4'] = kit.save(phone(4, { price: 10 }));
  ids['IP13-5'] = upsertProduct(kit.db, phone(5, { title: 'Galaxy S23' }), PHONE_ATTRIBUTES, KIT_NOW.toISOString());
});
afterEach(() => kit.cleanup());

const page = (query: ListingQuery = {}) => listings(kit.db, listingQuerySchema.parse(query), KIT_COUNTRIES);
const keys = (query: ListingQuery) => page(query).rows.map((row) => `${row.productNumber} ${row.country}`);

describe('the listed-products grid', () => {
  it('has a row per offer and enabled country, with what the sync recorded', () => {
    const all = page();
    expect(all.total).toBe(15);
    expect(all.rows.slice(0, 3).map((row) => [row.productNumber, row.country, row.status])).toEqual([
      ['IP13-1', 'fr-fr', 'published'],
      ['IP13-1', 'de-de', 'published'],
      ['IP13-1', 'en-gb', 'published'],
    ]);
    expect(all.rows[2]).toMatchObject({ productId: ids['IP13-1'], sku: 'IP13-1', ean: '0885909950805', grade: 'EXCELLENT', quantity: 3, price: 429, currency: 'GBP', publicationState: 2, validating: false, error: '' });
    expect(all.rows[2]?.listingId).toEqual(expect.any(Number));
    expect(all.rows[2]?.lastSyncAt).toBe(KIT_NOW.toISOString());
    const refused = all.rows.find((row) => row.productNumber === 'IP13-2' && row.country === 'fr-fr');
    expect(refused).toMatchObject({ status: 'none', noneSource: 'backmarket', grade: 'VERY_GOOD', price: 520, currency: 'EUR' });
    expect(refused?.error).toMatch(/above max_price/);
    expect(refused?.csvLine).toMatch(/^sku;ean;quantity;price[\s\S]*\n"IP13-2";/);
  });

  it('gives what was changed in the back office as a code and its values; a text stored by an older version keeps its differences', () => {
    const stored = (text: string) =>
      kit.db.prepare("UPDATE listing_states SET changed_elsewhere = ? WHERE product_number = 'IP13-1' AND country = 'fr-fr'").run(text);
    const row = () => page().rows.find((candidate) => candidate.productNumber === 'IP13-1' && candidate.country === 'fr-fr');
    expect(row()?.changedElsewhere).toBeNull();
    stored(JSON.stringify({ code: 'changedElsewhere.quantity', params: { quantity: 1, sentQuantity: '3' } }));
    expect(row()?.changedElsewhere).toEqual({ code: 'changedElsewhere.quantity', params: { quantity: 1, sentQuantity: '3' } });
    stored("Changed outside Refurb Desk: the quantity is 1 on Back Market (Refurb Desk sent 3). The next sync restores the catalogue's values.");
    expect(row()?.changedElsewhere).toEqual({ code: 'stored.verbatim', params: { text: 'the quantity is 1 on Back Market (Refurb Desk sent 3)' } });
  });

  it('filters by status: published, none (pre-flight or Back Market), pending, not sent', () => {
    expect(page({ status: 'published' }).total).toBe(5);
    expect(keys({ status: 'none' })).toEqual(['IP13-2 fr-fr', 'IP13-3 fr-fr', 'IP13-3 de-de', 'IP13-3 en-gb']);
    expect(page({ status: 'none' }).rows.filter((row) => row.noneSource === 'preflight').map((row) => row.error)).toEqual([
      expect.stringMatching(/condition "Z"/),
      expect.stringMatching(/condition "Z"/),
      expect.stringMatching(/condition "Z"/),
    ]);
    // The same reasons as codes, for the grid to word in the merchant's language; Back Market's own refusal has none.
    expect(page({ status: 'none' }).rows.map((row) => row.reasons?.map((reason) => reason.code) ?? null)).toEqual([
      null,
      ['problem.conditionUnmapped'],
      ['problem.conditionUnmapped'],
      ['problem.conditionUnmapped'],
    ]);
    expect(keys({ status: 'pending' })).toEqual(['IP13-4 fr-fr', 'IP13-4 de-de', 'IP13-4 en-gb']);
    expect(keys({ status: 'not-sent' })).toEqual(['IP13-5 fr-fr', 'IP13-5 de-de', 'IP13-5 en-gb']);
  });

  it('filters by country, error text, category, grade and search, and counts what matches', () => {
    const germany = page({ country: 'de-de' });
    expect(germany.total).toBe(5);
    expect(new Set(germany.rows.map((row) => row.country))).toEqual(new Set(['de-de']));
    expect(keys({ error: 'MAX_PRICE' })).toEqual(['IP13-2 fr-fr']);
    expect(page({ category: 'Phones' }).total).toBe(15);
    expect(page({ category: 'Toasters' }).total).toBe(0);
    expect(keys({ grade: 'VERY_GOOD' })).toEqual(['IP13-2 fr-fr', 'IP13-2 de-de', 'IP13-2 en-gb']);
    expect(keys({ search: 'galaxy' })).toEqual(['IP13-5 fr-fr', 'IP13-5 de-de', 'IP13-5 en-gb']);
    expect(page({ search: 'galaxy', status: 'pending' }).total).toBe(0);
  });

  it('sorts and pages', () => {
    expect(keys({ sort: 'price', direction: 'desc', limit: 2 })).toEqual(['IP13-2 fr-fr', 'IP13-2 de-de']);
    expect(keys({ sort: 'price', limit: 2 })).toEqual(['IP13-4 fr-fr', 'IP13-4 de-de']);
    expect(keys({ sort: 'sku', direction: 'desc', limit: 1 })).toEqual(['IP13-5 fr-fr']);
    expect(keys({ sort: 'lastSync', direction: 'desc', limit: 1 })).toEqual(['IP13-1 fr-fr']);
    const second = page({ offset: 3, limit: 3 });
    expect(second.rows.map((row) => row.productNumber)).toEqual(['IP13-2', 'IP13-2', 'IP13-2']);
    expect(second.total).toBe(15);
  });

  it('sums Published, None, pending and not sent per country, with the filters values', () => {
    const bar = summary(kit.db, KIT_COUNTRIES);
    expect(bar.countries).toEqual([
      { country: 'fr-fr', published: 1, none: 2, pending: 1, notSent: 1 },
      { country: 'de-de', published: 2, none: 1, pending: 1, notSent: 1 },
      { country: 'en-gb', published: 2, none: 1, pending: 1, notSent: 1 },
    ]);
    expect(bar.categories).toEqual(['Phones']);
    expect(bar.grades).toEqual(['EXCELLENT', 'VERY_GOOD']);
  });

  it('counts the statuses with one range of the per-offer index per offer', () => {
    const plan = kit.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT count(*) FILTER (WHERE s.country = 'fr-fr' AND s.status = 'none') FROM products p
           CROSS JOIN listing_states s ON s.product_number = p.product_number WHERE NOT EXISTS (SELECT 1 FROM products c WHERE c.parent_id = p.id)`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/SEARCH s USING COVERING INDEX listing_states_product_status \(product_number=\?\)/);
  });
});

describe('the grid actions', () => {
  it('retry shows the refused offer pending and the next plan sends it again', () => {
    expect(retry(kit.db, [{ productId: ids['IP13-2'] as number, country: 'fr-fr' }, { productId: 999_999, country: 'fr-fr' }], KIT_NOW)).toEqual({ queued: 1 });
    expect(page({ country: 'fr-fr', search: 'IP13-2' }).rows[0]?.status).toBe('pending');
    const plan = kit.plan();
    const france = plan.tasks.find((task) => task.country === 'fr-fr');
    expect(france?.lines.filter((line) => line.productNumber === 'IP13-2').map((line) => line.kind)).toEqual(['new']);
  });

  it('take offline sets the stock to 0 as an edit does, and the next plan sends quantity 0 in real time', () => {
    expect(takeOffline(kit.db, [{ productId: ids['IP13-1'] as number, country: 'de-de' }], KIT_NOW)).toEqual({ queued: 1 });
    expect(kit.db.prepare("SELECT stock FROM products WHERE product_number = 'IP13-1'").pluck().get()).toBe(0);
    expect(kit.db.prepare("SELECT fields FROM outbox WHERE product_number = 'IP13-1'").pluck().get()).toBe('["stock"]');
    const plan = kit.plan();
    expect(plan.realtime).toEqual([expect.objectContaining({ productNumber: 'IP13-1', quantity: 0, reason: 'offline', countries: ['fr-fr', 'de-de', 'en-gb'] })]);
  });
});

describe('each market’s row of the grid', () => {
  it('shows the title sent there: the market’s own (the column the mapping reads, else title_de) where the product has one, the catalogue’s marked elsewhere', () => {
    upsertProduct(kit.db, phone(6, { title: '64 Go - Blanc - Débloqué' }), { ...PHONE_ATTRIBUTES, Titel: '64 GB - Weiß (Titel)', title_de: '64 GB - Weiß - Ohne Vertrag', title_en: '  ' }, KIT_NOW.toISOString());
    const titles = () => Object.fromEntries(page({ search: 'IP13-6' }).rows.map((row) => [row.country, [row.title, row.titleLanguage]]));
    // The kit's mapping reads Germany's title from Titel, as the sync sends it. en-gb's own column is blank: the
    // catalogue's title is sent there, and the row says it is the French one.
    expect(titles()).toEqual({ 'fr-fr': ['64 Go - Blanc - Débloqué', null], 'de-de': ['64 GB - Weiß (Titel)', null], 'en-gb': ['64 Go - Blanc - Débloqué', 'fr'] });
    // Only Germany's rows asked for: the German title still.
    expect(page({ country: 'de-de' }).rows.find((row) => row.productNumber === 'IP13-6')?.title).toBe('64 GB - Weiß (Titel)');
    // Without a mapping of its own, Germany reads its language's column.
    setFieldMapping(kit.db, 'title', 'de-de', null, KIT_NOW.toISOString());
    expect(titles()['de-de']).toEqual(['64 GB - Weiß - Ohne Vertrag', null]);
  });
});
