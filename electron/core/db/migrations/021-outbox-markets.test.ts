// Migration 21: the changes already waiting in an outbox concern every market, as they did; new ones may name theirs.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { markPending, pendingEntries } from '../outbox-repo';
import { migrate, MIGRATIONS } from './index';
import { outboxMarkets } from './021-outbox-markets';

it('keeps every waiting change as every market’s, and merges a later one-market change into it as every market’s', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.filter((migration) => migration.version < outboxMarkets.version));
  const insert = db.prepare("INSERT INTO outbox (product_number, change, fields, first_changed_at, last_changed_at) VALUES (?, ?, ?, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')");
  insert.run('P-1', 'upsert', '["title"]');
  insert.run('P-2', 'delete', '[]');
  expect(migrate(db)).toContain(outboxMarkets.version);
  expect(pendingEntries(db).map((entry) => [entry.productNumber, entry.change, entry.fields, entry.countries])).toEqual([
    ['P-1', 'upsert', ['title'], null],
    ['P-2', 'delete', [], null],
  ]);
  markPending(db, 'P-1', 'upsert', ['price'], '2026-12-06T00:00:00.000Z', ['de-de']);
  markPending(db, 'P-3', 'upsert', ['price'], '2026-12-06T00:00:00.000Z', ['de-de']);
  expect(pendingEntries(db).map((entry) => [entry.productNumber, entry.countries, entry.firstChangedAt])).toEqual([
    ['P-1', null, '2026-12-01T00:00:00.000Z'],
    ['P-2', null, '2026-12-01T00:00:00.000Z'],
    ['P-3', ['de-de'], '2026-12-06T00:00:00.000Z'],
  ]);
  db.close();
});
