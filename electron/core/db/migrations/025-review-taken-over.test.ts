// Migration 24: the review rows of a catalogue from before keep their earlier decision, as the merchant's.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { reviewTakenOver } from './025-review-taken-over';

it('marks no earlier value of the rows already there as only taken over, and refuses a flag that is neither 0 nor 1', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < reviewTakenOver.version));
  db.prepare(
    "INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at, previous_backmarket, previous_mine, previous_decision) VALUES ('P-1', 'fr-fr', 'price', '499.90', '459.00', NULL, NULL, '499.90', '480.00', 'mine')",
  ).run();
  expect(migrate(db)).toContain(reviewTakenOver.version);
  expect(db.prepare('SELECT previous_decision, previous_taken_over FROM account_reviews').get()).toEqual({ previous_decision: 'mine', previous_taken_over: 0 });
  expect(() => db.prepare('UPDATE account_reviews SET previous_taken_over = 2').run()).toThrow(/CHECK/);
  db.close();
});
