// Migration sale-margins on a file with sales already imported: each line's margin is priced once, with the merchant's
// VAT rate, and its device recorded for the returns rates.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { saleMargins } from './014-sale-margins';
import { migrate, MIGRATIONS } from './index';

const opened: Database.Database[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('sale margins migration', () => {
  it('prices the sales already imported', () => {
    const db = new Database(':memory:');
    opened.push(db);
    migrate(db, MIGRATIONS.slice(0, saleMargins.version - 1));
    db.prepare("INSERT INTO orders (order_id, state, place, country_code, currency, price, date_creation, content_hash, imported_at, updated_at) VALUES (7, 9, 'shipped', 'fr-fr', 'EUR', '300.00', '2026-11-01T10:00:00Z', '', 'then', 'then')").run();
    db.prepare("INSERT INTO orderlines (id, order_id, sku, quantity, price, orderline_fee, currency, state, product) VALUES (70, 7, 'IP13', 1, '300.00', '30.00', 'EUR', 3, 'iPhone 13')").run();
    db.prepare("INSERT INTO units (id, serial_number, sku, grade, purchase_cost_cents, currency, vat_regime, status, created_at, updated_at) VALUES (1, 'SN1', 'IP13', 'GOOD', 18000, 'EUR', 'margin', 'shipped', 'then', 'then')").run();
    db.prepare("INSERT INTO unit_sales (orderline_id, unit_id, linked_at) VALUES (70, 1, 'then')").run();
    db.prepare("INSERT INTO vat_rates (country_code, basis_points) VALUES ('fr-fr', 1000)").run();

    expect(migrate(db)).toContain(saleMargins.version);
    // 300.00 − 30.00 fee − 180.00 − VAT at 10 % on 120.00 (10.91) = 79.09.
    expect(db.prepare('SELECT paid, known, revenue_cents, commission_cents, cost_cents, vat_cents, margin_cents FROM sale_margins WHERE orderline_id = 70').get()).toEqual({
      paid: 1, known: 1, revenue_cents: 30_000, commission_cents: 3000, cost_cents: 18_000, vat_cents: 1091, margin_cents: 7909,
    });
    expect(db.prepare('SELECT sku, grade, label, shipped, returned FROM sale_devices').all()).toEqual([{ sku: 'IP13', grade: 'GOOD', label: 'iPhone 13', shipped: 1, returned: 0 }]);
  });
});
