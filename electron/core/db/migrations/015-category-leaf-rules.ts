// Migration 14: one merchant category sent to several Back Market leaves. A brand rule sends the category's products of
// one brand to their own leaf (the category's mapping takes the other brands); a product's own leaf wins over both.
import type { Migration } from './types';

export const categoryLeafRules: Migration = {
  version: 15,
  name: 'category-leaf-rules',
  up: (db) => {
    db.exec(`
      -- The brand as the merchant typed it (trimmed); matched without letter case, as the engine does in memory.
      CREATE TABLE category_brand_rules (
        merchant_category       TEXT    NOT NULL,
        brand                   TEXT    NOT NULL COLLATE NOCASE,
        marketplace_category_id INTEGER NOT NULL,
        updated_at              TEXT    NOT NULL,
        PRIMARY KEY (merchant_category, brand)
      ) STRICT;

      -- Keyed by product number, which survives a re-import of the catalogue (the row id may not).
      CREATE TABLE product_leaf_overrides (
        product_number          TEXT    PRIMARY KEY,
        marketplace_category_id INTEGER NOT NULL,
        updated_at              TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
