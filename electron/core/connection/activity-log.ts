// The activity log: the Back Market calls (time, method, path, country, status, duration, lines sent, requestId, cf-ray),
// filterable, and exported in a support bundle. Kept in the current catalogue's SQLite file (activity_log), so it
// survives a quit or a crash and the export covers the days before; retention is 30 days or 50,000 calls. Calls made
// while no catalogue is writable (setup, a read-only file) wait in memory and are written once one is.
// It never holds a header or a body, so never the token.
import type { ActivityEntry, ActivityPage, ActivityQuery } from '../../../shared/connection';
import { activityQuerySchema } from '../../../shared/connection';
import { isWritable, type Db } from '../db/connection';
import type { ActivityReport } from './marketplace-client';

/** How long, and how many calls, the log keeps. */
export const ACTIVITY_RETENTION_DAYS = 30;
export const ACTIVITY_RETENTION_CALLS = 50_000;
/** Calls kept in memory while no catalogue can be written. */
const MEMORY_CAPACITY = 5_000;
/** Retention runs every this many calls written (and when a catalogue is first written to). */
const PRUNE_EVERY = 500;

export interface ActivityLogDeps {
  database?: () => Db | undefined;
  now?: () => Date;
  onAdded?: (count: number) => void;
  log?: { error(message: string, detail?: unknown): void };
}

interface Row {
  id: number;
  time: string;
  method: string;
  path: string;
  country: string;
  status: number;
  duration_ms: number;
  lines_sent: number;
  request_id: string | null;
  cf_ray: string | null;
}

const entryOf = (row: Row): ActivityEntry => ({
  id: row.id,
  time: row.time,
  method: row.method,
  path: row.path,
  country: row.country,
  status: row.status,
  durationMs: row.duration_ms,
  linesSent: row.lines_sent,
  ...(row.request_id ? { requestId: row.request_id } : {}),
  ...(row.cf_ray ? { cfRay: row.cf_ray } : {}),
});

function matches(entry: ActivityEntry, query: ReturnType<typeof activityQuerySchema.parse>): boolean {
  const failed = entry.status === 0 || entry.status >= 400;
  if (query.outcome === 'failed' && !failed) return false;
  if (query.outcome === 'succeeded' && failed) return false;
  if (query.country && entry.country !== query.country) return false;
  const needle = query.search?.trim().toLowerCase();
  if (!needle) return true;
  return [entry.method, entry.path, String(entry.status), entry.requestId ?? '', entry.cfRay ?? ''].some((text) => text.toLowerCase().includes(needle));
}

/** Only this log's columns are written: a report carrying anything else (a header by mistake) loses it here. */
function insert(db: Db, report: ActivityReport): void {
  db.prepare(
    'INSERT INTO activity_log (time, method, path, country, status, duration_ms, lines_sent, request_id, cf_ray) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(report.time, report.method, report.path, report.country, report.status, Math.round(report.durationMs), report.linesSent, report.requestId ?? null, report.cfRay ?? null);
}

export function prune(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - ACTIVITY_RETENTION_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const byAge = db.prepare('DELETE FROM activity_log WHERE time < ?').run(cutoff).changes;
  const byCount = db.prepare('DELETE FROM activity_log WHERE id <= (SELECT max(id) FROM activity_log) - ?').run(ACTIVITY_RETENTION_CALLS).changes;
  return byAge + byCount;
}

export function createActivityLog(deps: ActivityLogDeps = {}) {
  const { now = () => new Date(), onAdded, log = console } = deps;
  /** Calls not yet in SQLite (no writable catalogue yet), oldest first. */
  const pending: ActivityEntry[] = [];
  let nextMemoryId = 1;
  let writtenSincePrune = PRUNE_EVERY;
  const prunedDatabases = new WeakSet<Db>();

  const writableDb = (): Db | undefined => {
    const db = deps.database?.();
    return db && isWritable(db) ? db : undefined;
  };
  const readableDb = (): Db | undefined => {
    const db = deps.database?.();
    return db?.open ? db : undefined;
  };

  /** Writes the calls held in memory, oldest first, then applies the retention when due. */
  function flush(): Db | undefined {
    const db = writableDb();
    if (!db) return undefined;
    try {
      if (pending.length > 0) {
        db.transaction(() => pending.forEach(({ id: _id, ...report }) => insert(db, report)))();
        writtenSincePrune += pending.length;
        pending.splice(0);
      }
      if (writtenSincePrune >= PRUNE_EVERY || !prunedDatabases.has(db)) {
        prune(db, now());
        prunedDatabases.add(db);
        writtenSincePrune = 0;
      }
      return db;
    } catch (error) {
      // A full disk: the calls stay in memory and are written with the next one.
      log.error('The activity log could not be written', error);
      return undefined;
    }
  }

  const count = (): number => {
    const db = readableDb();
    return pending.length + (db ? (db.prepare('SELECT count(*) FROM activity_log').pluck().get() as number) : 0);
  };

  return {
    add(report: ActivityReport): void {
      pending.push({ ...report, id: nextMemoryId++ });
      if (pending.length > MEMORY_CAPACITY) pending.splice(0, pending.length - MEMORY_CAPACITY);
      flush();
      onAdded?.(count());
    },

    /** Newest first. The filters run in SQL over the stored calls, and in memory over the few not yet written. */
    list(query: ActivityQuery = {}): ActivityPage {
      const parsed = activityQuerySchema.parse(query);
      flush();
      const db = readableDb();
      const memory = withIdsAfter(db, pending).filter((entry) => matches(entry, parsed)).reverse();
      if (!db) return { entries: memory.slice(0, parsed.limit), total: memory.length };
      const { where, values } = whereOf(parsed);
      const stored = db.prepare(`SELECT count(*) FROM activity_log ${where}`).pluck().get(...values) as number;
      const rows = db.prepare(`SELECT * FROM activity_log ${where} ORDER BY id DESC LIMIT ?`).all(...values, Math.max(0, parsed.limit - memory.length)) as Row[];
      return { entries: [...memory, ...rows.map(entryOf)].slice(0, parsed.limit), total: stored + memory.length };
    },

    /** Every call kept (30 days or 50,000 calls), oldest first: the support bundle's activity. */
    all(): readonly ActivityEntry[] {
      flush();
      const db = readableDb();
      const stored = db ? (db.prepare('SELECT * FROM activity_log ORDER BY id').all() as Row[]).map(entryOf) : [];
      return [...stored, ...withIdsAfter(db, pending)];
    },
  };
}

/** Calls still in memory are newer than any stored one: their ids continue after the stored ones. */
function withIdsAfter(db: Db | undefined, entries: readonly ActivityEntry[]): ActivityEntry[] {
  const lastId = db ? ((db.prepare('SELECT max(id) FROM activity_log').pluck().get() as number | null) ?? 0) : 0;
  return entries.map((entry, index) => ({ ...entry, id: lastId + index + 1 }));
}

function whereOf(query: ReturnType<typeof activityQuerySchema.parse>): { where: string; values: (string | number)[] } {
  const clauses: string[] = [];
  const values: (string | number)[] = [];
  if (query.outcome === 'failed') clauses.push('(status = 0 OR status >= 400)');
  if (query.outcome === 'succeeded') clauses.push('(status > 0 AND status < 400)');
  if (query.country) {
    clauses.push('country = ?');
    values.push(query.country);
  }
  const needle = query.search?.trim().toLowerCase();
  if (needle) {
    const columns = ['lower(method)', 'lower(path)', 'CAST(status AS TEXT)', "lower(coalesce(request_id, ''))", "lower(coalesce(cf_ray, ''))"];
    clauses.push(`(${columns.map((column) => `instr(${column}, ?) > 0`).join(' OR ')})`);
    values.push(...columns.map(() => needle));
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', values };
}

export type ActivityLog = ReturnType<typeof createActivityLog>;

/** Belt and braces for anything that leaves the app: replaces every known secret, wherever it hides, before export. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 8) redacted = redacted.split(secret).join('[redacted]');
  }
  return redacted;
}
