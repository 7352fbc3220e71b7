// Migration 23: the review rows of a catalogue from before keep their values and decisions, with no earlier decision.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { reviewPrevious } from './023-review-previous';

it('adds the earlier decision to the review rows, empty for the rows already there, and refuses a decision that is none', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < reviewPrevious.version));
  db.prepare("INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at) VALUES ('P-1', 'fr-fr', 'price', '499.90', '459.00', 'mine', '2026-12-06T00:00:00.000Z')").run();
  expect(migrate(db)).toContain(reviewPrevious.version);
  expect(db.prepare('SELECT backmarket, mine, decision, previous_backmarket, previous_mine, previous_decision FROM account_reviews').get()).toEqual({
    backmarket: '499.90',
    mine: '459.00',
    decision: 'mine',
    previous_backmarket: null,
    previous_mine: null,
    previous_decision: null,
  });
  expect(() => db.prepare("UPDATE account_reviews SET previous_decision = 'maybe'").run()).toThrow(/CHECK/);
  db.close();
});
