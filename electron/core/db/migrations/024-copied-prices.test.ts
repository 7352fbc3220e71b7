// Migration 24: the price-grid boxes and listings already there stay as they were: no box is taken for a copy (a new
// catalogue price leaves it, and the import report names it), no listing for one whose stock Refurb Desk sent.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { copiedPrices } from './024-copied-prices';

it('adds the copied price to the boxes, empty for those already there, and when stock was sent to the listings, never for those already there', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < copiedPrices.version));
  db.prepare("INSERT INTO products (product_number, created_at, updated_at) VALUES ('P-1', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z')").run();
  db.prepare("INSERT INTO country_prices (product_id, country, price_cents) VALUES (1, 'fr-fr', 27900)").run();
  db.prepare("INSERT INTO listing_states (product_number, country, sku, status, updated_at) VALUES ('P-1', 'fr-fr', 'P-1', 'published', '2026-12-06T00:00:00.000Z')").run();
  expect(migrate(db)).toContain(copiedPrices.version);
  expect(db.prepare('SELECT price_cents, copied_cents FROM country_prices').get()).toEqual({ price_cents: 27900, copied_cents: null });
  expect(db.prepare('SELECT stock_sent_at FROM listing_states').get()).toEqual({ stock_sent_at: null });
  db.close();
});
