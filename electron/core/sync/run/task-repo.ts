// The runs and catalog tasks a sync records: a task row is written before its CSV is posted and its task id before the
// first poll, so a crash or a quit never loses a task and never resubmits one.
import { isWritable, type Db } from '../../db/connection';
import type { OfferHashes, PlannedTask } from '../plan-types';

export type TaskState = 'submitting' | 'submitted' | 'applied' | 'failed' | 'uncertain';

export interface TaskRow {
  id: number;
  runId: number;
  country: string;
  taskId: number | null;
  state: TaskState;
  lines: number;
  polls: number;
}

/** One data line of a recorded task: which offer it carries and what to store once Back Market accepts it. */
export interface TaskLineRow {
  line: number;
  productNumber: string;
  country: string;
  sku: string;
  kind: string;
  csvLine: string;
  values: Record<string, string>;
  hashes: OfferHashes;
}

interface RawTask {
  id: number;
  run_id: number;
  country: string;
  task_id: number | null;
  state: TaskState;
  lines: number;
  polls: number;
}

const toTask = (row: RawTask): TaskRow => ({ id: row.id, runId: row.run_id, country: row.country, taskId: row.task_id, state: row.state, lines: row.lines, polls: row.polls });

export function createRun(db: Db, startedAt: string): number {
  return Number(db.prepare('INSERT INTO sync_runs (started_at) VALUES (?)').run(startedAt).lastInsertRowid);
}

export function finishRun(db: Db, runId: number, outcome: 'finished' | 'cancelled' | 'failed', finishedAt: string, report: unknown): void {
  db.prepare('UPDATE sync_runs SET finished_at = ?, outcome = ?, report = ? WHERE id = ?').run(finishedAt, outcome, JSON.stringify(report), runId);
}

export function lastReport<T>(db: Db): T | null {
  const report = db.prepare("SELECT report FROM sync_runs WHERE outcome IS NOT NULL ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined;
  return report === undefined ? null : (JSON.parse(report) as T);
}

/** Records the task and its lines before anything is posted, and points each offer at it; one transaction. */
export function recordSubmitting(db: Db, runId: number, task: PlannedTask, now: string): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare("INSERT INTO sync_tasks (run_id, country, state, lines, csv, created_at, updated_at) VALUES (?, ?, 'submitting', ?, ?, ?, ?)")
        .run(runId, task.country, task.lines.length, task.csv, now, now).lastInsertRowid,
    );
    const insertLine = db.prepare(
      `INSERT INTO sync_task_lines (task, line, product_number, country, sku, kind, csv_line, "values", stock_hash, price_hash, content_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const pointOffer = db.prepare(
      `INSERT INTO listing_states (product_number, country, sku, status, task, updated_at) VALUES (?, ?, ?, 'pending', ?, ?)
       ON CONFLICT(product_number, country) DO UPDATE SET sku = excluded.sku, task = excluded.task, updated_at = excluded.updated_at`,
    );
    task.lines.forEach((line, index) => {
      insertLine.run(id, index + 1, line.productNumber, line.country, line.sku, line.kind, task.csvLines[index] ?? '', JSON.stringify(line.values), line.hashes.stock, line.hashes.price, line.hashes.content);
      pointOffer.run(line.productNumber, line.country, line.sku, id, now);
    });
    return id;
  })();
}

export function markSubmitted(db: Db, id: number, taskId: number, now: string): void {
  db.prepare("UPDATE sync_tasks SET task_id = ?, state = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?").run(taskId, now, now, id);
}

export function markUncertain(db: Db, id: number, message: string, now: string): void {
  db.prepare("UPDATE sync_tasks SET state = 'uncertain', message = ?, updated_at = ? WHERE id = ?").run(message, now, id);
}

/** The post certainly did not reach Back Market (refused before sending, 401, 429): the task never existed. */
export function forgetUnsent(db: Db, id: number): void {
  db.transaction(() => {
    db.prepare('UPDATE listing_states SET task = NULL WHERE task = ?').run(id);
    db.prepare('DELETE FROM sync_tasks WHERE id = ?').run(id);
  })();
}

export function closeTask(db: Db, id: number, state: 'applied' | 'failed', message: string, now: string): void {
  db.transaction(() => {
    db.prepare('UPDATE sync_tasks SET state = ?, message = ?, next_poll_at = NULL, updated_at = ? WHERE id = ?').run(state, message, now, id);
    db.prepare('UPDATE listing_states SET task = NULL WHERE task = ?').run(id);
  })();
}

export function recordPoll(db: Db, id: number, nextPollAt: string | null, now: string): void {
  db.prepare('UPDATE sync_tasks SET polls = polls + 1, next_poll_at = ?, updated_at = ? WHERE id = ?').run(nextPollAt, now, id);
}

/** A 'submitting' row found when the database is opened was left by a crash mid-post: nobody knows whether it arrived. */
export function markCrashedUncertain(db: Db, now: string): number {
  // A catalogue opened read-only (or whose file went away) is never written; its 'submitting' rows wait for a writable open.
  if (!isWritable(db)) return 0;
  return db
    .prepare("UPDATE sync_tasks SET state = 'uncertain', message = 'Refurb Desk stopped while this task was being sent.', updated_at = ? WHERE state = 'submitting'")
    .run(now).changes;
}

export function openTasks(db: Db, state: 'submitted' | 'uncertain'): TaskRow[] {
  return (db.prepare('SELECT id, run_id, country, task_id, state, lines, polls FROM sync_tasks WHERE state = ? ORDER BY id').all(state) as RawTask[]).map(toTask);
}

export function openTaskCount(db: Db): number {
  return db.prepare("SELECT count(*) FROM sync_tasks WHERE state IN ('submitting', 'submitted', 'uncertain')").pluck().get() as number;
}

export function taskLines(db: Db, id: number): TaskLineRow[] {
  const rows = db.prepare('SELECT * FROM sync_task_lines WHERE task = ? ORDER BY line').all(id) as {
    line: number;
    product_number: string;
    country: string;
    sku: string;
    kind: string;
    csv_line: string;
    values: string;
    stock_hash: string;
    price_hash: string;
    content_hash: string;
  }[];
  return rows.map((row) => ({
    line: row.line,
    productNumber: row.product_number,
    country: row.country,
    sku: row.sku,
    kind: row.kind,
    csvLine: row.csv_line,
    values: JSON.parse(row.values) as Record<string, string>,
    hashes: { stock: row.stock_hash, price: row.price_hash, content: row.content_hash },
  }));
}

/** The header of a recorded task's CSV: shown above a rejected line so the merchant can read it. */
export function taskHeader(db: Db, id: number): string {
  const csv = db.prepare('SELECT csv FROM sync_tasks WHERE id = ?').pluck().get(id) as string | undefined;
  return csv === undefined ? '' : (csv.split(/\r?\n/, 1)[0] ?? '');
}
