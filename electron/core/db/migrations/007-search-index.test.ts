// Migration 7 on files that already hold products (an upgrade, a restored older backup), and the search index across an
// "export everything" round trip, which leaves the index out and must build it again.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDatabase } from '../../backup/export-all';
import { writeExportInto } from '../../backup/import-all';
import { tempDir } from '../../test/temp-db';
import { openDatabase, type Db } from '../connection';
import { listProducts, upsertProduct } from '../products-repo';
import { searchIndex } from './007-search-index';
import { migrate, MIGRATIONS } from './index';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function folder(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

/** What the index alone finds for a term, without the search's own update of it. */
const indexed = (db: Database.Database, term: string) =>
  db.prepare('SELECT rowid FROM products_search WHERE products_search MATCH ? ORDER BY rowid').pluck().all(`"${term}"`);

/** A file as version 6 wrote it: products with their search text, no index. */
function version6File(file: string): void {
  const older = new Database(file);
  older.pragma('journal_mode = WAL');
  migrate(older, MIGRATIONS.slice(0, searchIndex.version - 1));
  const insert = older.prepare("INSERT INTO products (product_number, parent_number, title, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, 'then', 'then')");
  insert.run('IP13', null, 'iPhone 13', 'ip13 iphone 13 apple');
  insert.run('IP13-BLU', 'IP13', 'iPhone 13 bleu nuit', 'ip13-blu iphone 13 bleu nuit apple');
  insert.run('MBA', null, 'MacBook Air', 'mba macbook air apple');
  older.prepare("UPDATE products SET parent_id = (SELECT id FROM products WHERE product_number = 'IP13') WHERE product_number = 'IP13-BLU'").run();
  older.close();
}

describe('007 search-index', () => {
  it('indexes the products a file already holds when it is upgraded', () => {
    const file = path.join(folder(), 'catalogue.sqlite');
    version6File(file);
    const db = openDatabase(file);
    cleanups.push(() => db.close());
    expect(indexed(db, 'bleu nuit')).toEqual([2]);
    expect(indexed(db, 'apple')).toEqual([1, 2, 3]);
    expect(db.prepare('SELECT count(*) FROM products WHERE search_indexed = 0').pluck().get()).toBe(0);
    expect(listProducts(db, { search: 'Bleu Nuit' }).rows.map((row) => row.productNumber)).toEqual(['IP13']);
    expect(() => db.prepare("INSERT INTO products_search (products_search) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('notes a product written after the upgrade as not indexed until the next search', () => {
    const db = new Database(':memory:');
    migrate(db);
    upsertProduct(db, { productNumber: 'PX7', title: 'Pixel 7' }, {}, 'now');
    expect(db.prepare("SELECT search_indexed FROM products WHERE product_number = 'PX7'").pluck().get()).toBe(0);
    expect(indexed(db, 'pixel')).toEqual([]);
    expect(listProducts(db, { search: 'pixel' }).total).toBe(1);
    expect(indexed(db, 'pixel')).toHaveLength(1);
    db.close();
  });

  it('maps each match to the product the grid shows from an index, without reading the rows', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT coalesce(m.parent_id, m.id) FROM products_search s CROSS JOIN products m INDEXED BY products_id_parent ON m.id = s.rowid
          WHERE products_search MATCH '"abc"'`,
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' | ')).toMatch(/VIRTUAL TABLE.*\| SEARCH m USING COVERING INDEX products_id_parent/);
    db.close();
  });
});

describe('the search index across "export everything"', () => {
  const exportOf = (db: Db) => exportDatabase(db, { mode: 'sandbox', appVersion: 'test', now: new Date(0) });

  it('is built again on import, and the imported catalogue is found by search', () => {
    const dir = folder();
    const source = openDatabase(path.join(dir, 'source.sqlite'));
    cleanups.push(() => source.close());
    upsertProduct(source, { productNumber: 'GS23', title: 'Galaxy S23', brand: 'Samsung' }, {}, 'now');
    upsertProduct(source, { productNumber: 'GS23-256', parentNumber: 'GS23', title: 'Galaxy S23 256 GB lavande' }, {}, 'now');
    upsertProduct(source, { productNumber: 'PS5', title: 'PlayStation 5' }, {}, 'now');
    source.prepare("UPDATE products SET parent_id = (SELECT id FROM products WHERE product_number = 'GS23') WHERE product_number = 'GS23-256'").run();
    expect(listProducts(source, { search: 'galaxy' }).total).toBe(1);
    // Written after the last search: exported with search_indexed = 0.
    upsertProduct(source, { productNumber: 'TP14', title: 'ThinkPad T14' }, {}, 'now');
    const exported = exportOf(source);
    expect(Object.keys(exported.tables).filter((table) => table.startsWith('products_search'))).toEqual([]);

    const file = path.join(dir, 'imported.sqlite');
    writeExportInto(file, exported);
    const imported = openDatabase(file);
    cleanups.push(() => imported.close());
    // The rows are as exported, the index aside.
    expect(exportOf(imported).tables).toEqual(exported.tables);
    expect(indexed(imported, 'galaxy')).toHaveLength(2);
    expect(indexed(imported, 'thinkpad')).toHaveLength(1);
    expect(listProducts(imported, { search: 'Lavande' }).rows.map((row) => row.productNumber)).toEqual(['GS23']);
    expect(listProducts(imported, { search: 'station' }).rows.map((row) => row.productNumber)).toEqual(['PS5']);
    expect(listProducts(imported, { search: 'thinkpad' }).total).toBe(1);
  });

  it('is built by the migration when the export is from before it', () => {
    const dir = folder();
    const file = path.join(dir, 'old.sqlite');
    version6File(file);
    const old = new Database(file);
    const exported = exportOf(old);
    old.close();
    expect(exported.schemaVersion).toBe(searchIndex.version - 1);

    const target = path.join(dir, 'imported.sqlite');
    writeExportInto(target, exported);
    const imported = openDatabase(target);
    cleanups.push(() => imported.close());
    expect(indexed(imported, 'macbook')).toEqual([3]);
    expect(listProducts(imported, { search: 'bleu' }).rows.map((row) => row.productNumber)).toEqual(['IP13']);
  });
});
