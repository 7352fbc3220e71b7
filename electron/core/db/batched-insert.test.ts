import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDatabase } from '../test/temp-db';
import { batchedInsert } from './batched-insert';
import type { Db } from './connection';

let db: Db;
let cleanup: () => void;

beforeEach(() => {
  ({ db, cleanup } = tempDatabase());
  db.exec('CREATE TABLE offers_written (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, country TEXT NOT NULL, price_cents INTEGER, state TEXT NOT NULL)');
});
afterEach(() => cleanup());

const written = () => db.prepare('SELECT id, sku, country, price_cents, state FROM offers_written ORDER BY id').raw().all();

describe('batchedInsert', () => {
  it('writes every row added, in order, over full statements and the rest, with literals in the row', () => {
    const insert = batchedInsert(db, 'INSERT INTO offers_written (sku, country, price_cents, state) VALUES', "(?, ?, ?, 'published')", 3);
    const expected: unknown[][] = [];
    // 123 rows: two statements of 50 and one of 23; a NULL price is bound as NULL.
    for (let at = 1; at <= 123; at += 1) {
      const price = at % 10 === 0 ? null : at * 100;
      insert.pending.push(`IP13-${at}`, at % 2 === 0 ? 'de-de' : 'fr-fr', price);
      expected.push([at, `IP13-${at}`, at % 2 === 0 ? 'de-de' : 'fr-fr', price, 'published']);
    }
    expect(written()).toEqual([]);
    insert.flush();
    expect(written()).toEqual(expected);
    // Flushed rows are not written twice; later rows follow them.
    insert.pending.push('IP13-124', 'en-gb', 999);
    insert.flush();
    insert.flush();
    expect(written()).toHaveLength(124);
    expect(written()[123]).toEqual([124, 'IP13-124', 'en-gb', 999, 'published']);
  });

  it('refuses values that make no whole number of rows, naming how many a row takes, and writes none of them', () => {
    const insert = batchedInsert(db, 'INSERT INTO offers_written (sku, country, price_cents, state) VALUES', "(?, ?, ?, 'published')", 3);
    insert.pending.push('IP13-1', 'fr-fr', 100, 'IP13-2', 'fr-fr');
    expect(() => insert.flush()).toThrow('Rows of 3 values each were expected: 5 values were given, which is no whole number of rows.');
    expect(written()).toEqual([]);
    // The refused values are dropped: the next rows are written as pushed.
    insert.pending.push('IP13-3', 'de-de', 300);
    insert.flush();
    expect(written()).toEqual([[1, 'IP13-3', 'de-de', 300, 'published']]);
  });

  it('writes nothing for a flush with no rows, and rolls back with the transaction it runs in', () => {
    const insert = batchedInsert(db, 'INSERT INTO offers_written (sku, country, price_cents, state) VALUES', "(?, ?, ?, 'published')", 3);
    insert.flush();
    expect(written()).toEqual([]);
    expect(() =>
      db.transaction(() => {
        for (let at = 1; at <= 60; at += 1) insert.pending.push(`IP13-${at}`, 'fr-fr', at);
        insert.flush();
        throw new Error('cancelled');
      })(),
    ).toThrow('cancelled');
    expect(written()).toEqual([]);
  });
});
