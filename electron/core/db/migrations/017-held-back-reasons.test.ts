// Migration 14: an offer held back before it keeps its English reason, with no codes; the next sync stores codes.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { heldBackReasons } from './017-held-back-reasons';

it('adds an empty reason code list to every offer, keeping the English reason written before', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < heldBackReasons.version));
  db.prepare(
    "INSERT INTO listing_states (product_number, country, sku, status, none_source, error, updated_at) VALUES ('P-1', 'fr-fr', 'P-1', 'none', 'preflight', 'This product has no category.', '2026-12-01T00:00:00.000Z')",
  ).run();
  expect(migrate(db)).toContain(heldBackReasons.version);
  expect(db.prepare("SELECT error, error_said AS errorSaid FROM listing_states WHERE product_number = 'P-1'").get()).toEqual({ error: 'This product has no category.', errorSaid: '' });
  db.close();
});
