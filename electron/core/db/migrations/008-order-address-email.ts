// Migration 8: the customer's e-mail on an order's addresses, and every imported order read again once. Orders imported
// before the client read the GET /ws/orders table's snake_case spelling (first_name, postal_code, phone, email) may have
// been stored without the customer's name, postcode or phone: their fingerprints are cleared and the import cursor is
// dropped, so the next import asks Back Market for every order and stores each one again. Stock is not moved twice:
// each orderline's stock change is recorded once in order_stock_moves, whatever reads it again.
import type { Migration } from './types';

export const orderAddressEmail: Migration = {
  version: 8,
  name: 'order-address-email',
  up: (db) => {
    db.exec(`
      ALTER TABLE order_addresses ADD COLUMN email TEXT NOT NULL DEFAULT '';
      UPDATE orders SET content_hash = '';
      DELETE FROM order_import_state WHERE key = 'last_date_modification';
    `);
  },
};
