// Migration 8 on a file that already holds an imported order: the e-mail column appears empty, the order is marked to be
// stored again and the import cursor is dropped (so the next import reads every order), the baseline mark is kept.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { orderAddressEmail } from './008-order-address-email';
import { migrate, MIGRATIONS } from './index';

describe('008 order-address-email', () => {
  it('adds the e-mail, clears the fingerprints and the cursor, keeps the orders and the first-import mark', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, orderAddressEmail.version - 1));
    db.prepare("INSERT INTO orders (order_id, state, place, customer_name, content_hash, imported_at, updated_at) VALUES (41, 1, 'to-accept', '', 'abc', 'then', 'then')").run();
    db.prepare("INSERT INTO order_addresses (order_id, kind, city) VALUES (41, 'shipping', 'Lyon')").run();
    const state = db.prepare('INSERT INTO order_import_state (key, value) VALUES (?, ?)');
    state.run('last_date_modification', '2026-12-01T10:00:00Z');
    state.run('first_import_at', '2026-11-01T10:00:00Z');

    expect(migrate(db, MIGRATIONS.slice(0, orderAddressEmail.version))).toEqual([orderAddressEmail.version]);

    expect(db.prepare("SELECT city, email FROM order_addresses WHERE order_id = 41").get()).toEqual({ city: 'Lyon', email: '' });
    expect(db.prepare('SELECT content_hash FROM orders WHERE order_id = 41').pluck().get()).toBe('');
    expect(db.prepare('SELECT key FROM order_import_state ORDER BY key').pluck().all()).toEqual(['first_import_at']);
    db.close();
  });
});
