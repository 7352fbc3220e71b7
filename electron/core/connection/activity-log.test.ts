// The activity log in SQLite (issue 14, failure 9: it was lost when the app stopped, and empty after a crash).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection';
import { startSandboxCore, type SandboxCore } from '../test/core-sandbox-kit';
import { tempDatabase } from '../test/temp-db';
import { createCore } from '../app';
import { ACTIVITY_RETENTION_CALLS, ACTIVITY_RETENTION_DAYS, createActivityLog } from './activity-log';

const call = (time: string, status = 200, path = '/ws/listings') => ({ time, method: 'GET', path, country: 'fr-fr', status, durationMs: 12, linesSent: 0 });

describe('the activity log across stops and crashes', () => {
  let kit: SandboxCore;
  beforeEach(async () => {
    kit = await startSandboxCore();
  });
  afterEach(async () => {
    await kit.close();
  });

  it('is still there after a quit and after a crash, and its export covers the calls before', async () => {
    const { core } = kit;
    await core.handlers['orders:import']({});
    const before = await core.handlers['activity:list']({ outcome: 'all', limit: 5000 });
    expect(before.total).toBeGreaterThan(1);
    const dataDir = (await core.handlers['backup:status']({})).file!.replace(/[\\/][^\\/]+$/, '');

    // A crash: the process dies without closing anything; the next start opens the same files.
    const afterCrash = await createCore({ dataDir, shell: 'preview' });
    try {
      const listed = await afterCrash.handlers['activity:list']({ outcome: 'all', limit: 5000 });
      expect(listed.entries.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual(before.entries.map((entry) => `${entry.method} ${entry.path} ${entry.status}`));
      const bundle = JSON.parse((await afterCrash.handlers['activity:export']({})).content) as { activity: { path: string }[] };
      expect(bundle.activity.length).toBe(before.total);
      expect(bundle.activity.some((entry) => entry.path.includes('/ws/orders'))).toBe(true);
    } finally {
      await afterCrash.close();
    }
  });
});

describe('the activity log table', () => {
  let temp: { db: Db; cleanup: () => void };
  let clock: Date;
  beforeEach(() => {
    temp = tempDatabase();
    clock = new Date('2026-12-06T10:00:00.000Z');
  });
  afterEach(() => temp.cleanup());

  it(`keeps ${ACTIVITY_RETENTION_DAYS} days: older calls are deleted, the days before within them are exported`, () => {
    const log = createActivityLog({ database: () => temp.db, now: () => clock });
    log.add(call('2026-10-01T10:00:00.000Z')); // 66 days ago
    log.add(call('2026-11-08T09:00:00.000Z', 429)); // 28 days ago
    log.add(call('2026-12-03T10:00:00.000Z', 0));
    clock = new Date('2026-12-06T10:00:01.000Z');
    log.add(call('2026-12-06T10:00:00.000Z'));
    expect(log.all().map((entry) => entry.time)).toEqual(['2026-11-08T09:00:00.000Z', '2026-12-03T10:00:00.000Z', '2026-12-06T10:00:00.000Z']);
    expect(log.list({ outcome: 'failed' }).entries.map((entry) => entry.status)).toEqual([0, 429]);
    expect(log.list({ search: '429' }).total).toBe(1);
  });

  it(`keeps at most ${ACTIVITY_RETENTION_CALLS.toLocaleString('en')} calls`, () => {
    const insert = temp.db.prepare("INSERT INTO activity_log (time, method, path, country, status, duration_ms, lines_sent) VALUES (?, 'GET', '/ws/orders', 'fr-fr', 200, 5, 0)");
    temp.db.transaction(() => {
      for (let index = 0; index < ACTIVITY_RETENTION_CALLS + 700; index += 1) insert.run('2026-12-06T09:00:00.000Z');
    })();
    const log = createActivityLog({ database: () => temp.db, now: () => clock });
    log.add(call('2026-12-06T10:00:00.000Z'));
    expect(temp.db.prepare('SELECT count(*) FROM activity_log').pluck().get()).toBe(ACTIVITY_RETENTION_CALLS);
    expect(log.list({ limit: 1 }).entries[0]?.time).toBe('2026-12-06T10:00:00.000Z');
  });

  it('holds calls made before a catalogue is open in memory and writes them, in order, once one is', () => {
    const holder: { db?: Db } = {};
    const log = createActivityLog({ database: () => holder.db, now: () => clock });
    log.add(call('2026-12-06T09:59:00.000Z', 401));
    log.add(call('2026-12-06T09:59:30.000Z', 200));
    expect(log.list().entries.map((entry) => entry.status)).toEqual([200, 401]);
    holder.db = temp.db;
    log.add(call('2026-12-06T10:00:00.000Z', 201));
    expect(temp.db.prepare('SELECT status FROM activity_log ORDER BY id').pluck().all()).toEqual([401, 200, 201]);
    expect(log.list().entries.map((entry) => entry.status)).toEqual([201, 200, 401]);
  });

  it('stores only its own columns: a report carrying a header by mistake leaves no trace of it', () => {
    const log = createActivityLog({ database: () => temp.db, now: () => clock });
    log.add({ ...call('2026-12-06T10:00:00.000Z'), headers: { Authorization: 'Basic SENTINEL-TOKEN-77' } } as never);
    const stored = JSON.stringify(temp.db.prepare('SELECT * FROM activity_log').all());
    expect(stored).toContain('/ws/listings');
    expect(stored).not.toContain('SENTINEL-TOKEN-77');
  });
});
