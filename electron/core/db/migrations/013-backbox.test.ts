// Migration 13 on a file an older version wrote: the BackBox tables appear empty, the catalogue is untouched, and a read
// is refused unless it says winning or losing.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backbox } from './013-backbox';
import { migrate, MIGRATIONS } from './index';

const opened: Database.Database[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('008 backbox', () => {
  it('adds the BackBox tables to a file with products, and checks what a read holds', () => {
    const db = new Database(':memory:');
    opened.push(db);
    migrate(db, MIGRATIONS.slice(0, backbox.version - 1));
    db.prepare("INSERT INTO products (product_number, title, search_text, created_at, updated_at) VALUES ('IP13', 'iPhone 13', 'ip13', 'then', 'then')").run();
    expect(migrate(db)).toContain(backbox.version);
    expect(db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(1);
    for (const table of ['backbox_reads', 'backbox_price_changes', 'backbox_settings']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    const insert = db.prepare(
      "INSERT INTO backbox_reads (product_number, country, listing_uuid, is_winning, price_cents, price_to_win_cents, currency, read_at) VALUES ('IP13', 'fr-fr', 'u', ?, 100, 90, 'EUR', 'now')",
    );
    expect(() => insert.run(2)).toThrow(/CHECK constraint failed/);
    insert.run(0);
    expect(db.prepare('SELECT is_winning FROM backbox_reads').pluck().get()).toBe(0);
  });
});
