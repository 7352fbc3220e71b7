// Migration 21: the outbox records which markets a change concerns, so a price changed in one market is counted as one
// offer waiting, not one per market the product is sold in. NULL: every market (every entry written before, and any
// product-wide change: title, quantity, grade, a mapping change); else a JSON array of market codes, sorted.
import type { Migration } from './types';

export const outboxMarkets: Migration = {
  version: 21,
  name: 'outbox-markets',
  up: (db) => {
    db.exec('ALTER TABLE outbox ADD COLUMN countries TEXT');
  },
};
