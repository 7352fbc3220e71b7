// Migration 19: the review also asks, for a product imported from the account, whether to publish it in an enabled market
// where Back Market held no listing of it (field 'market': 'backmarket' keeps it off there, 'mine' publishes it).
// SQLite cannot widen a CHECK: the table is rebuilt with its rows.
import type { Migration } from './types';

export const marketReviews: Migration = {
  version: 19,
  name: 'market-reviews',
  up: (db) => {
    db.exec(`
      CREATE TABLE account_reviews_new (
        product_number TEXT NOT NULL,
        country        TEXT NOT NULL,
        field          TEXT NOT NULL CHECK (field IN ('price', 'quantity', 'comment', 'warranty_delay', 'grade', 'market')),
        backmarket     TEXT NOT NULL,
        mine           TEXT NOT NULL,
        decision       TEXT CHECK (decision IN ('backmarket', 'mine')),
        decided_at     TEXT,
        PRIMARY KEY (product_number, country, field)
      ) STRICT;
      INSERT INTO account_reviews_new SELECT product_number, country, field, backmarket, mine, decision, decided_at FROM account_reviews;
      DROP TABLE account_reviews;
      ALTER TABLE account_reviews_new RENAME TO account_reviews;
      CREATE INDEX account_reviews_open ON account_reviews(product_number, country) WHERE decision IS NULL;
    `);
  },
};
