// Migration 4: the Back Market category tree kept offline, the merchant's mappings (categories, fields, value maps),
// per-country prices, and the cached readiness of every product per country so the catalogue filters by it with a join.
import type { Migration } from './types';

export const mapping: Migration = {
  version: 4,
  name: 'mapping',
  up: (db) => {
    db.exec(`
      -- One row per node of the tree as last fetched; path and search_text are precomputed so the type-ahead is one scan.
      CREATE TABLE bm_categories (
        category_id             INTEGER PRIMARY KEY,
        parent_id               INTEGER,
        marketplace_category_id INTEGER NOT NULL,
        name                    TEXT    NOT NULL,
        path                    TEXT    NOT NULL,
        gloss                   TEXT    NOT NULL DEFAULT '',
        search_text             TEXT    NOT NULL,
        is_leaf                 INTEGER NOT NULL CHECK (is_leaf IN (0, 1)),
        attributes              TEXT    NOT NULL DEFAULT '[]',
        position                INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX bm_categories_marketplace ON bm_categories(marketplace_category_id);

      -- When the tree was fetched and from which marketplace (sandbox or account), shown next to the refresh button.
      CREATE TABLE bm_category_tree_meta (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        fetched_at TEXT    NOT NULL,
        node_count INTEGER NOT NULL
      ) STRICT;

      -- The merchant's category (products.category) -> a Back Market leaf.
      CREATE TABLE category_mappings (
        merchant_category       TEXT    PRIMARY KEY,
        marketplace_category_id INTEGER NOT NULL,
        updated_at              TEXT    NOT NULL
      ) STRICT;

      -- Where each Back Market field takes its value from; country '' is the default for every country.
      CREATE TABLE field_mappings (
        bm_field   TEXT NOT NULL,
        country    TEXT NOT NULL DEFAULT '',
        source     TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (bm_field, country)
      ) STRICT, WITHOUT ROWID;

      -- Value maps: 'condition', 'carrier', 'attribute:<marketplace_category_id>:<field>'.
      CREATE TABLE value_maps (
        map            TEXT NOT NULL,
        merchant_value TEXT NOT NULL,
        target         TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (map, merchant_value)
      ) STRICT, WITHOUT ROWID;

      -- The price matrix: one stored price per product and country, in the country's currency, in cents.
      CREATE TABLE country_prices (
        product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        country     TEXT    NOT NULL,
        price_cents INTEGER NOT NULL,
        PRIMARY KEY (product_id, country)
      ) STRICT, WITHOUT ROWID;

      -- The validation engine's last answer, one row per product with one bit per country: a row per product and country
      -- made the bulk recompute of 100,000 products x 8 countries write 800,000 rows (~1.6 s) instead of 100,000 (~0.1 s).
      -- Each country gets its bit the first time it is checked, so the bits never depend on the order of a list in code.
      CREATE TABLE readiness_countries (
        country TEXT    PRIMARY KEY,
        bit     INTEGER NOT NULL UNIQUE CHECK (bit BETWEEN 0 AND 61)
      ) STRICT;
      -- checked_version is the product's updated_at when it was checked: a product edited since differs, whatever the clock did.
      CREATE TABLE product_readiness (
        product_id      INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
        checked_mask    INTEGER NOT NULL,
        ready_mask      INTEGER NOT NULL CHECK ((ready_mask & ~checked_mask) = 0),
        checked_version TEXT    NOT NULL
      ) STRICT;
      -- When every product was last checked and for which countries and rule set (signature): a restart with the same
      -- signature rechecks only the products edited since.
      CREATE TABLE readiness_meta (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        computed_at TEXT    NOT NULL,
        signature   TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
