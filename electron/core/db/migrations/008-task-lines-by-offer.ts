// Migration 8: sync_task_lines by offer, so the read-back finds the line last sent for an offer (and whether the same
// line was sent before) from an index instead of every line of every task ever sent.
import type { Migration } from './types';

export const taskLinesByOffer: Migration = {
  version: 8,
  name: 'task-lines-by-offer',
  up: (db) => {
    db.exec('CREATE INDEX sync_task_lines_offer ON sync_task_lines(product_number, country, task)');
  },
};
