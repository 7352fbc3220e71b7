// Migration 1: the merchant's catalogue (products with free attributes and variations) and the outbox of pending changes.
import type { Migration } from './types';

export const catalogue: Migration = {
  version: 1,
  name: 'catalogue',
  up: (db) => {
    db.exec(`
      CREATE TABLE products (
        id             INTEGER PRIMARY KEY,
        product_number TEXT    NOT NULL UNIQUE,
        parent_number  TEXT,
        parent_id      INTEGER REFERENCES products(id) ON DELETE SET NULL,
        title          TEXT,
        description    TEXT,
        ean            TEXT,
        backmarket_id  TEXT,
        brand          TEXT,
        category       TEXT,
        condition      TEXT,
        stock          INTEGER,
        price_cents    INTEGER,
        weight_grams   REAL,
        colour         TEXT,
        storage        TEXT,
        size           TEXT,
        width_cm       REAL,
        height_cm      REAL,
        depth_cm       REAL,
        image1 TEXT, image2 TEXT, image3 TEXT, image4 TEXT, image5 TEXT, image6 TEXT,
        attributes     TEXT    NOT NULL DEFAULT '{}',
        search_text    TEXT    NOT NULL DEFAULT '',
        created_at     TEXT    NOT NULL,
        updated_at     TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX products_parent    ON products(parent_id);
      CREATE INDEX products_parent_number ON products(parent_number);
      CREATE INDEX products_category  ON products(category);
      CREATE INDEX products_brand     ON products(brand);
      CREATE INDEX products_condition ON products(condition);
      CREATE INDEX products_ean       ON products(ean);

      -- Keyed by product number, not id, so that a deleted product's change is still there to sync.
      CREATE TABLE outbox (
        product_number   TEXT PRIMARY KEY,
        change           TEXT NOT NULL CHECK (change IN ('upsert', 'delete')),
        fields           TEXT NOT NULL DEFAULT '[]',
        first_changed_at TEXT NOT NULL,
        last_changed_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
