// Migration 14: each sale's margin and devices stored with the sale (issue 16's 30-day report reads these rows instead of pricing
// every line on each read). Lines already imported are priced once here, with the merchant's current settings.
import { recordSaleMargins } from '../../units/sale-margins';
import type { Migration } from './types';

export const saleMargins: Migration = {
  version: 14,
  name: 'sale-margins',
  up: (db) => {
    db.exec(`
      -- One row per orderline. paid: the order and line are still paid for (to accept, to ship, shipped; line state
      -- 1 to 3). known: every device of the line is recorded with a purchase cost in the sale's currency; the sums are
      -- null otherwise. date_creation is the order's, the report's window.
      CREATE TABLE sale_margins (
        orderline_id     INTEGER PRIMARY KEY,
        order_id         INTEGER NOT NULL,
        country_code     TEXT    NOT NULL,
        currency         TEXT    NOT NULL,
        date_creation    TEXT    NOT NULL,
        paid             INTEGER NOT NULL CHECK (paid IN (0, 1)),
        known            INTEGER NOT NULL CHECK (known IN (0, 1)),
        revenue_cents    INTEGER,
        commission_cents INTEGER,
        shipping_cents   INTEGER,
        cost_cents       INTEGER,
        vat_cents        INTEGER,
        margin_cents     INTEGER
      ) STRICT;
      CREATE INDEX sale_margins_order ON sale_margins(order_id);
      -- The report's window, covering every column it sums.
      CREATE INDEX sale_margins_window ON sale_margins(paid, date_creation, country_code, currency, known, revenue_cents,
        commission_cents, shipping_cents, cost_cents, vat_cents, margin_cents);

      -- The devices sold on each line, with the model and grade the returns rates group by: shipped when the line was
      -- (state 3, or 6 refunded after shipping), returned when it was refunded after shipping.
      CREATE TABLE sale_devices (
        orderline_id INTEGER NOT NULL,
        unit_id      INTEGER NOT NULL,
        order_id     INTEGER NOT NULL,
        sku          TEXT    NOT NULL,
        grade        TEXT    NOT NULL,
        label        TEXT    NOT NULL,
        shipped      INTEGER NOT NULL CHECK (shipped IN (0, 1)),
        returned     INTEGER NOT NULL CHECK (returned IN (0, 1)),
        PRIMARY KEY (orderline_id, unit_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sale_devices_order ON sale_devices(order_id);
      CREATE INDEX sale_devices_rates ON sale_devices(shipped, sku, grade, returned, label);
    `);
    recordSaleMargins(db, { all: true });
  },
};
