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
      insert.add(`IP13-${at}`, at % 2 === 0 ? 'de-de' : 'fr-fr', price);
      expected.push([at, `IP13-${at}`, at % 2 === 0 ? 'de-de' : 'fr-fr', price, 'published']);
    }
    expect(written()).toEqual([]);
    insert.flush();
    expect(written()).toEqual(expected);
    // Flushed rows are not written twice; later rows follow them.
    insert.add('IP13-124', 'en-gb', 999);
    insert.flush();
    insert.flush();
    expect(written()).toHaveLength(124);
    expect(written()[123]).toEqual([124, 'IP13-124', 'en-gb', 999, 'published']);
  });

  it('refuses a row of the wrong number of values, naming how many it takes', () => {
    const insert = batchedInsert(db, 'INSERT INTO offers_written (sku, country, price_cents, state) VALUES', "(?, ?, ?, 'published')", 3);
    expect(() => insert.add('IP13-1', 'fr-fr')).toThrow('A row of 3 values was expected, 2 were given.');
  });

  it('writes nothing for a flush with no rows, and rolls back with the transaction it runs in', () => {
    const insert = batchedInsert(db, 'INSERT INTO offers_written (sku, country, price_cents, state) VALUES', "(?, ?, ?, 'published')", 3);
    insert.flush();
    expect(written()).toEqual([]);
    expect(() =>
      db.transaction(() => {
        for (let at = 1; at <= 60; at += 1) insert.add(`IP13-${at}`, 'fr-fr', at);
        insert.flush();
        throw new Error('cancelled');
      })(),
    ).toThrow('cancelled');
    expect(written()).toEqual([]);
  });
});
