// The status model's SQL form agrees with shared/offer-status.ts for every combination of facts the sync can record:
// each grid row's truth (offerTruth over the row's facts), the grid's standing filter and the summary's counts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFER_STANDINGS, STANDING_COUNT_KEY } from '../../../../shared/offer-status';
import { listingQuerySchema } from '../../../../shared/sync';
import { markPending } from '../../db/outbox-repo';
import { upsertProduct } from '../../db/products-repo';
import { marketCountries } from '../../mapping/snapshot';
import { tempDatabase } from '../../test/temp-db';
import { listings, summary } from '.';

const NOW = '2026-12-06T10:00:00.000Z';
const COUNTRIES = marketCountries([{ code: 'fr-fr', language: 'fr' }]);
const STATUSES = ['published', 'none', 'pending', 'not-sent'] as const;
const SOURCES = [null, 'preflight', 'backmarket'] as const;
const STATES = [null, 0, 1, 2, 3, 4] as const;
const ACCEPTED = [{}, { price: '10', comment: 'Tested' }, { price: '10' }, { comment: 'Tested' }, { currency: 'EUR' }];
const QUANTITIES = [undefined, '0', '3'] as const;

let database: ReturnType<typeof tempDatabase>;
let products = 0;

beforeEach(() => {
  database = tempDatabase();
  const { db } = database;
  const insert = db.prepare(
    `INSERT INTO listing_states (product_number, country, sku, status, none_source, publication_state, validating, accepted_values, updated_at)
     VALUES (?, 'fr-fr', ?, ?, ?, ?, ?, ?, ?)`,
  );
  products = 0;
  db.transaction(() => {
    for (const status of STATUSES)
      for (const source of SOURCES)
        for (const state of STATES)
          for (const validating of [0, 1])
            for (const accepted of ACCEPTED)
              for (const quantity of QUANTITIES) {
                if ((status === 'none') !== (source !== null)) continue;
                products += 1;
                const productNumber = `P-${products}`;
                upsertProduct(db, { productNumber, title: productNumber, stock: 1 }, {}, NOW);
                const values = quantity === undefined ? accepted : { ...accepted, quantity };
                insert.run(productNumber, productNumber, status, source, state, validating, JSON.stringify(values), NOW);
              }
    // Without a stored state: one waiting in the outbox (pending), one never marked (not sent).
    upsertProduct(db, { productNumber: 'WAITING', title: 'waiting', stock: 1 }, {}, NOW);
    markPending(db, 'WAITING', 'upsert', ['stock'], NOW);
    upsertProduct(db, { productNumber: 'NEVER', title: 'never', stock: 1 }, {}, NOW);
  })();
});
afterEach(() => database.cleanup());

const page = (query: object) => listings(database.db, listingQuerySchema.parse({ limit: 1000, ...query }), COUNTRIES);
const allRows = () => {
  const rows = [];
  for (let offset = 0; ; offset += 1000) {
    const next = page({ offset });
    rows.push(...next.rows);
    if (rows.length >= next.total) return rows;
  }
};

describe('the status model in SQL', () => {
  it('filters each standing to exactly the rows whose truth has it', () => {
    const rows = allRows();
    expect(rows).toHaveLength(products + 2);
    for (const standing of OFFER_STANDINGS) {
      const expected = rows.filter((row) => row.truth?.standing === standing).map((row) => row.productNumber).sort();
      const filtered: string[] = [];
      for (let offset = 0; ; offset += 1000) {
        const next = page({ standing, offset });
        filtered.push(...next.rows.map((row) => row.productNumber));
        if (filtered.length >= next.total) break;
      }
      expect(filtered.sort(), standing).toEqual(expected);
    }
    expect(rows.find((row) => row.productNumber === 'WAITING')?.truth).toMatchObject({ standing: 'pending', reason: 'waiting', since: NOW });
    expect(rows.find((row) => row.productNumber === 'NEVER')?.truth?.standing).toBe('not-sent');
  });

  it('counts per country what the rows say, with the reasons not on sale', () => {
    const rows = allRows();
    const [counts] = summary(database.db, COUNTRIES).standings;
    for (const standing of OFFER_STANDINGS) expect(counts?.[STANDING_COUNT_KEY[standing]], standing).toBe(rows.filter((row) => row.truth?.standing === standing).length);
    const reasons: Record<string, number> = {};
    for (const row of rows) if (row.truth?.standing === 'not-on-sale' && row.truth.reason) reasons[row.truth.reason] = (reasons[row.truth.reason] ?? 0) + 1;
    expect(counts?.notOnSaleBy).toEqual(reasons);
    expect(Object.keys(reasons).sort()).toEqual(['deactivated', 'missing-comment', 'missing-price', 'missing-price-and-comment', 'missing-price-or-comment', 'no-stock', 'offline', 'validating']);
    expect(counts?.onSale).toBeGreaterThan(0);
  });
});
