// Migration 13: the BackBox. What GET /ws/backbox/v1/competitors said of each offer (product x country) and when it was
// read, the price-to-win settings, and every price the app changed to win (when, from, to, why).
import type { Migration } from './types';

export const backbox: Migration = {
  version: 13,
  name: 'backbox',
  up: (db) => {
    db.exec(`
      -- One row per offer read; keyed like listing_states, so a grid row finds its standing by (product_number, country).
      CREATE TABLE backbox_reads (
        product_number     TEXT    NOT NULL,
        country            TEXT    NOT NULL,
        listing_uuid       TEXT    NOT NULL,
        is_winning         INTEGER NOT NULL CHECK (is_winning IN (0, 1)),
        price_cents        INTEGER NOT NULL,
        min_price_cents    INTEGER,
        price_to_win_cents INTEGER NOT NULL,
        winner_price_cents INTEGER,
        currency           TEXT    NOT NULL,
        -- listing_states.price_hash when read: a different hash now means the price Back Market holds changed since.
        price_hash         TEXT    NOT NULL DEFAULT '',
        read_at            TEXT    NOT NULL,
        PRIMARY KEY (product_number, country)
      ) STRICT;
      CREATE INDEX backbox_reads_country ON backbox_reads(country, is_winning);

      CREATE TABLE backbox_price_changes (
        id             INTEGER PRIMARY KEY,
        product_number TEXT    NOT NULL,
        country        TEXT    NOT NULL,
        from_cents     INTEGER NOT NULL,
        to_cents       INTEGER NOT NULL,
        -- A code the renderer words: 'price-to-win'.
        reason         TEXT    NOT NULL,
        -- What the change was measured against: the price to win, the floor and the maximum at the time (JSON).
        detail         TEXT    NOT NULL DEFAULT '{}',
        changed_by     TEXT    NOT NULL,
        changed_at     TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX backbox_price_changes_product ON backbox_price_changes(product_number, changed_at);

      CREATE TABLE backbox_settings (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        settings TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
