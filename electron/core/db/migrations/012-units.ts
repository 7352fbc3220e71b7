// Migration 12: the unit ledger. One row per device with its identifiers, grade, battery, cost and VAT regime; the
// history of its status changes; which orderlines it was sold on; which products count their stock from units; and
// the per-country VAT rates and minimum margin the margin arithmetic reads.
import type { Migration } from './types';

export const units: Migration = {
  version: 12,
  name: 'units',
  up: (db) => {
    db.exec(`
      -- sku is the product number the device is sold as, kept as text (not a foreign key) so a product deleted from
      -- the catalogue never takes the record of a device bought with it.
      CREATE TABLE units (
        id                  INTEGER PRIMARY KEY,
        imei                TEXT CHECK (imei IS NULL OR length(imei) = 15),
        imei2               TEXT CHECK (imei2 IS NULL OR length(imei2) = 15),
        serial_number       TEXT    NOT NULL DEFAULT '',
        sku                 TEXT    NOT NULL,
        merchant_grade      TEXT    NOT NULL DEFAULT '',
        grade               TEXT CHECK (grade IS NULL OR grade IN ('PREMIUM', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'STALLONE')),
        battery_health      INTEGER CHECK (battery_health IS NULL OR battery_health BETWEEN 0 AND 100),
        colour              TEXT    NOT NULL DEFAULT '',
        storage             TEXT    NOT NULL DEFAULT '',
        purchase_date       TEXT,
        supplier            TEXT    NOT NULL DEFAULT '',
        purchase_cost_cents INTEGER CHECK (purchase_cost_cents IS NULL OR purchase_cost_cents >= 0),
        repair_cost_cents   INTEGER NOT NULL DEFAULT 0 CHECK (repair_cost_cents >= 0),
        currency            TEXT    NOT NULL DEFAULT 'EUR',
        vat_regime          TEXT    NOT NULL CHECK (vat_regime IN ('margin', 'regular')),
        notes               TEXT    NOT NULL DEFAULT '',
        status              TEXT    NOT NULL CHECK (status IN ('in-stock', 'reserved', 'shipped', 'returned', 'in-repair', 'written-off')),
        returns             INTEGER NOT NULL DEFAULT 0,
        created_at          TEXT    NOT NULL,
        updated_at          TEXT    NOT NULL,
        CHECK (imei IS NOT NULL OR serial_number <> '')
      ) STRICT;
      CREATE UNIQUE INDEX units_imei ON units(imei) WHERE imei IS NOT NULL;
      CREATE UNIQUE INDEX units_imei2 ON units(imei2) WHERE imei2 IS NOT NULL;
      CREATE INDEX units_serial ON units(serial_number) WHERE serial_number <> '';
      -- The ship dialog and an order's reservation: a SKU's units of one status, oldest purchase first.
      CREATE INDEX units_sku_status ON units(sku, status, purchase_date, id);
      CREATE INDEX units_status ON units(status, id);

      CREATE TABLE unit_status_history (
        id           INTEGER PRIMARY KEY,
        unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        status       TEXT    NOT NULL,
        cause        TEXT    NOT NULL CHECK (cause IN ('order', 'return', 'manual')),
        orderline_id INTEGER,
        note         TEXT    NOT NULL DEFAULT '',
        changed_at   TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX unit_status_history_unit ON unit_status_history(unit_id, id);

      -- A device sold on an orderline; it stays linked after a return, so the sale's margin keeps its cost.
      CREATE TABLE unit_sales (
        orderline_id INTEGER NOT NULL,
        unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        linked_at    TEXT    NOT NULL,
        PRIMARY KEY (orderline_id, unit_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX unit_sales_unit ON unit_sales(unit_id);

      -- Products whose stock is the number of their units in stock.
      CREATE TABLE unit_tracked_products (
        product_number TEXT PRIMARY KEY,
        since          TEXT NOT NULL
      ) STRICT;

      -- The merchant's VAT rates per market (basis points, 2000 = 20 %); a market without a row uses the default.
      CREATE TABLE vat_rates (
        country_code TEXT PRIMARY KEY,
        basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000)
      ) STRICT;

      CREATE TABLE unit_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
