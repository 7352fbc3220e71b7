// Migration 20: a catalogue from before opens with an empty min_price table, and its listing states are kept.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { offerMinPrices } from './020-offer-min-prices';

it('adds offer_min_prices, empty, keyed by offer, without touching the listing states', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < offerMinPrices.version));
  const before = db.prepare('SELECT count(*) FROM listing_states').pluck().get();
  expect(migrate(db)).toContain(offerMinPrices.version);
  expect(db.prepare('SELECT count(*) FROM offer_min_prices').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM listing_states').pluck().get()).toBe(before);
  const insert = db.prepare("INSERT INTO offer_min_prices (product_number, country, sent, updated_at) VALUES (?, ?, ?, '2026-12-06T00:00:00.000Z')");
  insert.run('P-1', 'fr-fr', '317.00');
  insert.run('P-1', 'de-de', null);
  expect(() => insert.run('P-1', 'fr-fr', '320.00')).toThrow(/UNIQUE|PRIMARY/);
  db.close();
});
