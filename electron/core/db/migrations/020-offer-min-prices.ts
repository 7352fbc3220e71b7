// Migration 20: per offer, the min_price (the floor of Back Market's own repricer) Refurb Desk sent and Back Market
// accepted, what Back Market answered holding, and a value it refused (not sent again until the floor changes).
// Its own table, so listing_states and the plan's three hashes stay as they are.
import type { Migration } from './types';

export const offerMinPrices: Migration = {
  version: 20,
  name: 'offer-min-prices',
  up: (db) => {
    db.exec(`
      CREATE TABLE offer_min_prices (
        product_number TEXT NOT NULL,
        country        TEXT NOT NULL,
        -- The min_price Back Market accepted from Refurb Desk ('160.99'); NULL: none sent, or cleared.
        sent           TEXT,
        -- The min_price Back Market's answer said it holds after that update (it may differ: BackPricer off).
        held           TEXT,
        -- A min_price Back Market refused, and its words: not sent again while the wish is the same.
        refused        TEXT,
        refused_message TEXT NOT NULL DEFAULT '',
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (product_number, country)
      ) STRICT;
    `);
  },
};
