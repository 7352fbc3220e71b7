// Migration 5 on an in-memory database: the orders tables and their constraints, and the Orders screen's tab query
// walking an index rather than sorting.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';

const upToOrders = () => MIGRATIONS.slice(0, MIGRATIONS.findIndex((migration) => migration.name === 'orders') + 1);

describe('005 orders', () => {
  it('creates the orders tables; a stock move per orderline and kind, and one unsettled shipment per order', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, upToOrders()).at(-1)).toBe(5);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['orders', 'order_addresses', 'orderlines', 'order_stock_moves', 'order_actions', 'order_import_state']));

    const move = db.prepare("INSERT INTO order_stock_moves (orderline_id, kind, sku, delta, applied_at) VALUES (1, ?, 'SKU', -1, 'now')");
    move.run('sold');
    expect(() => move.run('sold')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => move.run('lost')).toThrow(/CHECK/);

    const action = db.prepare("INSERT INTO order_actions (order_id, kind, request, status, created_at) VALUES (7, 'ship', '{}', ?, 'now')");
    action.run('sending');
    expect(() => action.run('sending')).toThrow(/UNIQUE/);
    action.run('done');

    expect(() => db.prepare("INSERT INTO orderlines (id, order_id, sku, quantity, state) VALUES (1, 404, 'SKU', 1, 1)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('lets a tab page ordered by deadline walk an index', () => {
    const db = new Database(':memory:');
    migrate(db, upToOrders());
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM orders WHERE place = ? ORDER BY expected_dispatch_date, order_id LIMIT 50")
      .all('to-ship') as { detail: string }[];
    const steps = plan.map((step) => step.detail).join(' | ');
    expect(steps).toMatch(/INDEX orders_place_deadline/);
    expect(steps).not.toMatch(/TEMP B-TREE/);
    const newest = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM orders WHERE place = ? ORDER BY date_creation DESC, order_id DESC LIMIT 50').all('shipped') as { detail: string }[];
    expect(newest.map((step) => step.detail).join(' | ')).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
