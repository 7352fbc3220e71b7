import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { tempDir } from '../../test/temp-db';
import { assertMigrationsOrdered, DatabaseTooNewError, LATEST_VERSION, migrate, MIGRATIONS, userVersion } from './index';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('migrations', () => {
  it('are numbered 1, 2, 3... in order', () => {
    expect(() => assertMigrationsOrdered(MIGRATIONS)).not.toThrow();
    expect(() => assertMigrationsOrdered([{ version: 2, name: 'skips one', up: () => undefined }])).toThrow(/expected 1/);
  });

  it('001 catalogue creates products and the outbox with their constraints', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['outbox', 'products']));
    const insert = db.prepare("INSERT INTO products (product_number, created_at, updated_at) VALUES (?, 'now', 'now')");
    insert.run('SKU-1');
    expect(() => insert.run('SKU-1')).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO outbox (product_number, change, first_changed_at, last_changed_at) VALUES ('x', 'rename', 'a', 'a')").run()).toThrow(/CHECK/);
    db.close();
  });

  it('003 top-level-price lets a price-sorted page of top-level products walk an index instead of sorting', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toEqual([1, 2, 3]);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM products INDEXED BY products_top_price WHERE parent_id IS NULL ORDER BY price_cents DESC NULLS LAST, id DESC LIMIT 100')
      .all() as { detail: string }[];
    const steps = plan.map((step) => step.detail).join(' | ');
    expect(steps).toMatch(/INDEX products_top_price/);
    expect(steps).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('004 mapping keeps the category tree, mappings, country prices and readiness, and filters readiness from its index', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toEqual([1, 2, 3, 4]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['bm_categories', 'bm_category_tree_meta', 'category_mappings', 'field_mappings', 'value_maps', 'country_prices', 'product_readiness']),
    );
    const id = db.prepare("INSERT INTO products (product_number, created_at, updated_at) VALUES ('SKU-1', 'now', 'now')").run().lastInsertRowid;
    db.prepare("INSERT INTO readiness_countries (country, bit) VALUES ('fr-fr', 0)").run();
    db.prepare("INSERT INTO product_readiness (product_id, checked_mask, ready_mask, checked_version) VALUES (?, 1, 1, 'now')").run(id);
    db.prepare("INSERT INTO country_prices (product_id, country, price_cents) VALUES (?, 'fr-fr', 19900)").run(id);
    expect(() => db.prepare('UPDATE product_readiness SET ready_mask = 3 WHERE product_id = ?').run(id)).toThrow(/CHECK/);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT p.id FROM products p WHERE EXISTS (SELECT 1 FROM product_readiness r WHERE r.product_id = p.id AND r.ready_mask & 1 != 0)')
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' | ')).toMatch(/SEARCH r .*USING INTEGER PRIMARY KEY/);
    // A deleted product takes its cached readiness and its prices with it.
    db.prepare('DELETE FROM products WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM product_readiness').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM country_prices').pluck().get()).toBe(0);
    db.close();
  });

  it('brings a new file to the latest version and does nothing the second time', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('rolls back every step of an upgrade when one step fails', () => {
    const db = new Database(':memory:');
    const failing = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: () => { throw new Error('boom'); } }];
    expect(() => migrate(db, failing)).toThrow('boom');
    expect(userVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'products'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a file from a newer app with a clear message and leaves the file untouched', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'future.sqlite');
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.exec('CREATE TABLE precious (x)');
    future.close();
    const before = fs.readFileSync(file);

    let error: unknown;
    try {
      openDatabase(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(/newer version of Refurb Desk.*Install the latest/);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('opens files in WAL mode with foreign keys on', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const db = openDatabase(path.join(dir, 'c.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
