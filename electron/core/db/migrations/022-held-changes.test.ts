// Migration 22: an offer recorded as None · held back although Back Market holds its listing becomes published with its
// change held back (reasons kept); one Back Market does not hold stays None · held back.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { heldChanges } from './022-held-changes';

it('keeps what Back Market holds for a held offer it lists, and None · held back for one it does not', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < heldChanges.version));
  const insert = db.prepare(
    `INSERT INTO listing_states (product_number, country, sku, status, none_source, error, error_said, listing_id, publication_state, accepted_values, updated_at)
     VALUES (?, 'fr-fr', ?, 'none', ?, ?, ?, ?, ?, ?, '2026-12-06T00:00:00.000Z')`,
  );
  const reasons = JSON.stringify([{ code: 'problem.noPrice', values: { country: 'fr-fr' } }]);
  insert.run('ADOPTED', 'ADOPTED', 'preflight', 'No price (France)', reasons, 5301, 2, JSON.stringify({ price: '289.00', quantity: '8' }));
  insert.run('NEW', 'NEW', 'preflight', 'Grade Z', '', null, null, '{}');
  // Back Market's one listing of the SKU, read back for a market where it does not sell it: still None · held back.
  insert.run('OTHER-MARKET', 'OTHER-MARKET', 'preflight', 'No German value', '', 5303, 2, '{}');
  insert.run('REFUSED', 'REFUSED', 'backmarket', 'Refused', '', 5302, 2, '{}');
  expect(migrate(db)).toContain(heldChanges.version);
  const row = (productNumber: string) => db.prepare('SELECT status, none_source, change_held, error, error_said, publication_state FROM listing_states WHERE product_number = ?').get(productNumber);
  expect(row('ADOPTED')).toEqual({ status: 'published', none_source: null, change_held: 1, error: 'No price (France)', error_said: reasons, publication_state: 2 });
  expect(row('NEW')).toMatchObject({ status: 'none', none_source: 'preflight', change_held: 0 });
  expect(row('OTHER-MARKET')).toMatchObject({ status: 'none', none_source: 'preflight', change_held: 0 });
  expect(row('REFUSED')).toMatchObject({ status: 'none', none_source: 'backmarket', change_held: 0 });
  expect(() => db.prepare("UPDATE listing_states SET change_held = 2 WHERE product_number = 'NEW'").run()).toThrow(/CHECK/);
  db.close();
});
