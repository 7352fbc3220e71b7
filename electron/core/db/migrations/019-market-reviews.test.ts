// Migration 19: the review rows written before are kept, and a 'market' row (publish an imported product there?) is accepted.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { marketReviews } from './019-market-reviews';

it('keeps every review row and its decision, and takes market rows from now on', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < marketReviews.version));
  const insert = db.prepare('INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  insert.run('P-1', 'fr-fr', 'price', '499.90', '459.00', 'mine', '2026-12-01T00:00:00.000Z');
  expect(() => insert.run('P-1', 'de-de', 'market', '', '', null, null)).toThrow(/CHECK/);
  expect(migrate(db)).toContain(marketReviews.version);
  expect(db.prepare('SELECT product_number, country, field, decision FROM account_reviews').all()).toEqual([{ product_number: 'P-1', country: 'fr-fr', field: 'price', decision: 'mine' }]);
  insert.run('P-1', 'de-de', 'market', '', '', null, null);
  expect(() => insert.run('P-1', 'de-de', 'title', '', '', null, null)).toThrow(/CHECK/);
  expect(db.prepare("SELECT count(*) FROM account_reviews WHERE decision IS NULL").pluck().get()).toBe(1);
  db.close();
});
