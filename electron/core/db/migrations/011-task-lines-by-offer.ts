// Migration 11: sync_task_lines by offer, so the read-back finds the line last sent for an offer (and whether the same
// line was sent before) from an index instead of every line of every task ever sent; and the offers Back Market never
// confirmed (read-back.ts, UNCONFIRMED_FINAL), found at each sync from a partial index instead of every listing state.
import type { Migration } from './types';

export const taskLinesByOffer: Migration = {
  version: 11,
  name: 'task-lines-by-offer',
  up: (db) => {
    db.exec(`
      CREATE INDEX sync_task_lines_offer ON sync_task_lines(product_number, country, task);
      CREATE INDEX listing_states_unconfirmed ON listing_states(country) WHERE rejected_hash <> '' AND error LIKE 'Back Market did not confirm%';
    `);
  },
};
