// Migration 5: Back Market orders as last imported (orders, their addresses and orderlines), the ledger that applies each
// orderline's stock change exactly once, the merchant's moves recorded before they are sent, and the import cursor.
import type { Migration } from './types';

export const orders: Migration = {
  version: 5,
  name: 'orders',
  up: (db) => {
    db.exec(`
      -- Amounts stay the decimal strings Back Market sends, in the order's currency: no rounding on the way.
      CREATE TABLE orders (
        order_id               INTEGER PRIMARY KEY,
        state                  INTEGER NOT NULL,
        place                  TEXT    NOT NULL CHECK (place IN ('to-accept', 'to-ship', 'shipped', 'cancelled-refunded', 'waiting')),
        country_code           TEXT    NOT NULL DEFAULT '',
        currency               TEXT    NOT NULL DEFAULT '',
        price                  TEXT    NOT NULL DEFAULT '',
        shipping_price         TEXT    NOT NULL DEFAULT '',
        sales_taxes            TEXT    NOT NULL DEFAULT '',
        customer_name          TEXT    NOT NULL DEFAULT '',
        delivery_note          TEXT    NOT NULL DEFAULT '',
        expected_dispatch_date TEXT    NOT NULL DEFAULT '',
        tracking_number        TEXT    NOT NULL DEFAULT '',
        tracking_url           TEXT    NOT NULL DEFAULT '',
        shipper_display        TEXT    NOT NULL DEFAULT '',
        payment_method         TEXT    NOT NULL DEFAULT '',
        date_creation          TEXT    NOT NULL DEFAULT '',
        date_modification      TEXT    NOT NULL DEFAULT '',
        date_payment           TEXT    NOT NULL DEFAULT '',
        date_shipping          TEXT    NOT NULL DEFAULT '',
        search_text            TEXT    NOT NULL DEFAULT '',
        -- The imported order's fingerprint: an identical order imported again writes nothing.
        content_hash           TEXT    NOT NULL,
        -- Set once the merchant has been told this order waits to be accepted.
        notified_at            TEXT,
        imported_at            TEXT    NOT NULL,
        updated_at             TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX orders_place_deadline ON orders(place, expected_dispatch_date, order_id);
      CREATE INDEX orders_place_created ON orders(place, date_creation DESC, order_id DESC);

      CREATE TABLE order_addresses (
        order_id    INTEGER NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
        kind        TEXT    NOT NULL CHECK (kind IN ('shipping', 'billing')),
        first_name  TEXT    NOT NULL DEFAULT '',
        last_name   TEXT    NOT NULL DEFAULT '',
        company     TEXT    NOT NULL DEFAULT '',
        street      TEXT    NOT NULL DEFAULT '',
        street2     TEXT    NOT NULL DEFAULT '',
        postal_code TEXT    NOT NULL DEFAULT '',
        city        TEXT    NOT NULL DEFAULT '',
        state       TEXT    NOT NULL DEFAULT '',
        country     TEXT    NOT NULL DEFAULT '',
        phone       TEXT    NOT NULL DEFAULT '',
        PRIMARY KEY (order_id, kind)
      ) STRICT;

      CREATE TABLE orderlines (
        id             INTEGER PRIMARY KEY,
        order_id       INTEGER NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
        sku            TEXT    NOT NULL,
        listing_id     INTEGER,
        product        TEXT    NOT NULL DEFAULT '',
        brand          TEXT    NOT NULL DEFAULT '',
        condition      INTEGER,
        quantity       INTEGER NOT NULL,
        price          TEXT    NOT NULL DEFAULT '',
        shipping_price TEXT    NOT NULL DEFAULT '',
        orderline_fee  TEXT    NOT NULL DEFAULT '',
        sales_taxes    TEXT    NOT NULL DEFAULT '',
        currency       TEXT    NOT NULL DEFAULT '',
        state          INTEGER NOT NULL,
        return_reason  INTEGER,
        return_message TEXT    NOT NULL DEFAULT '',
        imei           TEXT    NOT NULL DEFAULT '',
        serial_number  TEXT    NOT NULL DEFAULT '',
        date_creation  TEXT    NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX orderlines_order ON orderlines(order_id);
      CREATE INDEX orderlines_sku ON orderlines(sku);

      -- One row per orderline and kind of change: the primary key is what makes a change happen once, however often
      -- the order is imported. delta is what products.stock actually moved (0 with no such product, or stock set to 0).
      CREATE TABLE order_stock_moves (
        orderline_id INTEGER NOT NULL,
        kind         TEXT    NOT NULL CHECK (kind IN ('sold', 'restored')),
        sku          TEXT    NOT NULL,
        delta        INTEGER NOT NULL,
        note         TEXT    NOT NULL DEFAULT '',
        applied_at   TEXT    NOT NULL,
        PRIMARY KEY (orderline_id, kind)
      ) STRICT;

      -- Each move is written here before it is sent, so a move whose answer never came (the app stopped, the connection
      -- broke) is checked against the order on Back Market before anything is sent again.
      CREATE TABLE order_actions (
        id           INTEGER PRIMARY KEY,
        order_id     INTEGER NOT NULL,
        orderline_id INTEGER,
        kind         TEXT    NOT NULL CHECK (kind IN ('accept', 'cancel', 'ship', 'refund', 'care-refund')),
        request      TEXT    NOT NULL,
        status       TEXT    NOT NULL CHECK (status IN ('sending', 'done', 'refused', 'not-applied')),
        outcome      TEXT    NOT NULL DEFAULT '',
        created_at   TEXT    NOT NULL,
        finished_at  TEXT
      ) STRICT;
      CREATE INDEX order_actions_unresolved ON order_actions(order_id) WHERE status = 'sending';
      -- At most one shipment of an order may be in flight or unconfirmed.
      CREATE UNIQUE INDEX order_actions_one_shipment ON order_actions(order_id) WHERE kind = 'ship' AND status = 'sending';

      CREATE TABLE order_import_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
