// Migration 14: an existing Back Market account. What GET /ws/listings showed of every listing per market when the
// account was last read (a snapshot per listing & market), and the merchant's review of the matched offers whose values
// differ between Back Market and the catalogue (field by field: keep Back Market's or keep mine).
import type { Migration } from './types';

export const existingAccount: Migration = {
  version: 16,
  name: 'existing-account',
  up: (db) => {
    db.exec(`
      CREATE TABLE account_listings (
        country           TEXT    NOT NULL,
        sku               TEXT    NOT NULL,
        listing_id        INTEGER,
        listing_uuid      TEXT    NOT NULL,
        product_id        TEXT    NOT NULL DEFAULT '',
        title             TEXT    NOT NULL DEFAULT '',
        grade             TEXT    NOT NULL DEFAULT '',
        quantity          INTEGER NOT NULL,
        price             TEXT    NOT NULL,
        currency          TEXT    NOT NULL DEFAULT '',
        comment           TEXT    NOT NULL DEFAULT '',
        warranty_delay    INTEGER,
        publication_state INTEGER,
        read_at           TEXT    NOT NULL,
        PRIMARY KEY (country, sku)
      ) STRICT;
      CREATE INDEX account_listings_sku ON account_listings(sku);

      -- One row per differing field of a matched offer; decision NULL while the merchant has not chosen.
      CREATE TABLE account_reviews (
        product_number TEXT NOT NULL,
        country        TEXT NOT NULL,
        field          TEXT NOT NULL CHECK (field IN ('price', 'quantity', 'comment', 'warranty_delay', 'grade')),
        backmarket     TEXT NOT NULL,
        mine           TEXT NOT NULL,
        decision       TEXT CHECK (decision IN ('backmarket', 'mine')),
        decided_at     TEXT,
        PRIMARY KEY (product_number, country, field)
      ) STRICT;
      CREATE INDEX account_reviews_open ON account_reviews(product_number, country) WHERE decision IS NULL;

      -- When each market was last read in full (a cancelled read leaves the previous snapshot of the markets it did not finish).
      CREATE TABLE account_reads (
        country  TEXT PRIMARY KEY,
        read_at  TEXT NOT NULL,
        listings INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
