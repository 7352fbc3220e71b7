// The runs and catalog tasks a sync records: a task row is written before its CSV is posted and its task id before the
// first poll, so a crash or a quit never loses a task and never resubmits one.
import { isWritable, type Db } from '../../db/connection';
import type { OfferHashes, PlannedTask } from '../plan-types';

/**
 * 'uncertain': settled from Back Market's listings (read-back.ts). Without a task id the post may have reached Back
 * Market and be waiting there, so its lines are waited for up to the polling deadline; with one, Back Market finished it
 * (or the deadline passed) without a report that says what became of some lines.
 */
export type TaskState = 'submitting' | 'submitted' | 'applied' | 'failed' | 'uncertain';

export interface TaskRow {
  id: number;
  runId: number;
  country: string;
  taskId: number | null;
  state: TaskState;
  lines: number;
  polls: number;
  createdAt: string;
  submittedAt: string | null;
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
  created_at: string;
  submitted_at: string | null;
}

const toTask = (row: RawTask): TaskRow => ({
  id: row.id,
  runId: row.run_id,
  country: row.country,
  taskId: row.task_id,
  state: row.state,
  lines: row.lines,
  polls: row.polls,
  createdAt: row.created_at,
  submittedAt: row.submitted_at,
});
const TASK_COLUMNS = 'id, run_id, country, task_id, state, lines, polls, created_at, submitted_at';

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
  return (db.prepare(`SELECT ${TASK_COLUMNS} FROM sync_tasks WHERE state = ? ORDER BY id`).all(state) as RawTask[]).map(toTask);
}

/** Back Market finished the task (or the polling deadline passed) and some lines are to be read back from its listings. */
export function markToReadBack(db: Db, id: number, message: string, now: string): void {
  db.prepare("UPDATE sync_tasks SET state = 'uncertain', message = ?, next_poll_at = NULL, updated_at = ? WHERE id = ?").run(message, now, id);
}

/** The lines of an open task still waiting to be settled (their offers still point at the task). */
export function unsettledLines(db: Db, id: number): TaskLineRow[] {
  const pointed = new Set(
    (db.prepare('SELECT product_number || char(0) || country FROM listing_states WHERE task = ?').pluck().all(id) as string[]),
  );
  return taskLines(db, id).filter((line) => pointed.has(`${line.productNumber}\u0000${line.country}`));
}

/** One offer of an open task is settled: it no longer points at the task. */
export function releaseLine(db: Db, id: number, line: Pick<TaskLineRow, 'productNumber' | 'country'>): void {
  db.prepare('UPDATE listing_states SET task = NULL WHERE task = ? AND product_number = ? AND country = ?').run(id, line.productNumber, line.country);
}

/** Whether this very line (same offer, same values) went to Back Market in an earlier task: a re-send is allowed once. */
export function sentBefore(db: Db, id: number, line: TaskLineRow): boolean {
  return (
    db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM sync_task_lines WHERE task < ? AND product_number = ? AND country = ? AND stock_hash = ? AND price_hash = ? AND content_hash = ?)`,
      )
      .pluck()
      .get(id, line.productNumber, line.country, line.hashes.stock, line.hashes.price, line.hashes.content) === 1
  );
}

/** The last line sent for an offer with these hashes (what a read-back compares the listing with). */
export function lastSentLine(db: Db, productNumber: string, country: string, hashes: { stock: string; price: string; content: string }): TaskLineRow | undefined {
  const task = db
    .prepare('SELECT max(task) FROM sync_task_lines WHERE product_number = ? AND country = ? AND stock_hash = ? AND price_hash = ? AND content_hash = ?')
    .pluck()
    .get(productNumber, country, hashes.stock, hashes.price, hashes.content) as number | null;
  if (task === null) return undefined;
  return taskLines(db, task).find((line) => line.productNumber === productNumber && line.country === country);
}

/** Offers carried by a task whose answer was lost, still waited for (their lines are not sent meanwhile). */
export function waitingLines(db: Db): number {
  return db.prepare("SELECT count(*) FROM listing_states WHERE task IN (SELECT id FROM sync_tasks WHERE state = 'uncertain' AND task_id IS NULL)").pluck().get() as number;
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
