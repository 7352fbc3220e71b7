// Migration 11: the read-back's questions about an offer's sent lines are answered from the index.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate } from './index';
import { taskLinesByOffer } from './011-task-lines-by-offer';

it('finds the lines sent for an offer, and the offers never confirmed, through indexes', () => {
  const db = new Database(':memory:');
  migrate(db);
  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' ');
  expect(plan("SELECT max(task) FROM sync_task_lines WHERE product_number = 'P' AND country = 'fr-fr' AND stock_hash = 'a'")).toContain('sync_task_lines_offer');
  expect(plan("SELECT 1 FROM sync_task_lines WHERE task < 3 AND product_number = 'P' AND country = 'fr-fr'")).toContain('sync_task_lines_offer');
  expect(plan("SELECT 1 FROM listing_states WHERE rejected_hash <> '' AND error LIKE 'Back Market did not confirm%'")).toContain('listing_states_unconfirmed');
  expect(taskLinesByOffer.name).toBe('task-lines-by-offer');
  db.close();
});
