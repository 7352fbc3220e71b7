// Migration 24: what a second CSV over offers already synced needs to know. A price-grid box Refurb Desk filled itself
// (a price kept in the existing-account review, Back Market's price of a listing imported) remembers the price it wrote
// (copied_cents): while the box still holds it, the box is a copy, and a new catalogue price (a CSV, the product form)
// replaces it; a box the merchant set in the Prices screen holds another price, or none was copied (NULL), and stays.
// A listing whose stock Refurb Desk sent in real time remembers it (stock_sent_at), as sync_task_lines remembers every
// line of a task: an offer of a listing Refurb Desk has sent to is the merchant's, never "taken over, never sent".
// Boxes filled before this migration are taken as the merchant's: the import report then names them.
import type { Migration } from './types';

export const copiedPrices: Migration = {
  version: 24,
  name: 'copied-prices',
  up: (db) => {
    db.exec(`
      ALTER TABLE country_prices ADD COLUMN copied_cents INTEGER;
      ALTER TABLE listing_states ADD COLUMN stock_sent_at TEXT;
    `);
  },
};
