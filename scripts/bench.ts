// Benchmarks the catalogue at merchant scale: a 100,000-row CSV import against a raw insert of the same rows, and the grid's page query.
// Prints figures and PASS/MISS per target; it never fails the run, since timings depend on the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRODUCT_FIELDS } from '../shared/catalogue';
import { importCsv } from '../electron/core/catalogue/csv/import';
import { EXPORT_HEADERS } from '../electron/core/catalogue/csv/export-headers';
import { suggestMapping } from '../electron/core/catalogue/csv/suggest-mapping';
import { openDatabase, type Db } from '../electron/core/db/connection';
import { FIELD_COLUMNS, searchTextOf, toColumnValue, type FieldValues } from '../electron/core/db/product-columns';
import { listProducts, updateSearchIndex } from '../electron/core/db/products-repo';
import { benchProduct, type BenchProduct } from './bench-catalogue';
import { benchMapping } from './bench-mapping';
import { benchSyncPlan } from './bench-sync-plan';
import { benchSyncPush } from './bench-sync-push';
import { benchUnits, printUnitFigures } from './bench-units';
import { benchBackbox } from './bench-backbox';
import { benchAccount } from './bench-account';
import { benchExistingAccount } from './bench-existing-account';

const ROWS = 100_000;
const PAGE_RUNS = 50;
const RUNS = 3;
const NOW = '2026-11-27T10:00:00.000Z';
const ATTRIBUTE_HEADERS = ['Model', 'Battery health'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-desk-bench-'));
try {
  const products = Array.from({ length: ROWS }, (_, index) => benchProduct(index));
  const csvFile = path.join(dir, 'catalogue.csv');
  writeCsv(csvFile, products);
  const sizeMb = fs.statSync(csvFile).size / 1e6;

  // Each side runs three times into a fresh database and the medians are compared: one run is at the mercy of
  // whatever else the machine is doing, and the two sides must see the same conditions.
  const headers = [...PRODUCT_FIELDS.map((field) => EXPORT_HEADERS[field]), ...ATTRIBUTE_HEADERS];
  const columns = [...PRODUCT_FIELDS.map((field) => FIELD_COLUMNS[field]), 'attributes', 'search_text', 'created_at', 'updated_at'];
  const rows = products.map((product) => rawRow(product));
  const importTimes: number[] = [];
  const rawTimes: number[] = [];
  let imported: Db | undefined;
  for (let run = 0; run < RUNS; run += 1) {
    // The import path the app runs, end to end: stream, parse, validate, upsert, outbox, variations.
    imported?.close();
    imported = openDatabase(path.join(dir, `import-${run}.sqlite`));
    let started = performance.now();
    const report = await importCsv(imported, csvFile, { options: { delimiter: ';', encoding: 'utf-8' }, mapping: suggestMapping(headers), now: NOW });
    importTimes.push(performance.now() - started);
    if (report.inserted !== ROWS) throw new Error(`The import inserted ${report.inserted} of ${ROWS} rows (${report.rejectedTotal} rejected).`);

    // The floor: the same rows, already in memory as column values, through one prepared INSERT in one transaction.
    const raw = openDatabase(path.join(dir, `raw-${run}.sqlite`));
    const insert = raw.prepare(`INSERT INTO products (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    started = performance.now();
    raw.transaction(() => {
      for (const row of rows) insert.run(row);
    })();
    rawTimes.push(performance.now() - started);
    raw.close();
  }
  const importMs = middle(importTimes);
  const rawMs = middle(rawTimes);
  if (!imported) throw new Error('No import ran.');
  const ratio = importMs / rawMs;
  const pageMs = median(PAGE_RUNS, () => listProducts(imported, { category: 'Phones > Smartphones', sort: { column: 'price', direction: 'desc' }, limit: 100 }));
  // The import leaves its products out of the full-text index; the first search after it indexes them, once.
  const indexStarted = performance.now();
  const indexed = updateSearchIndex(imported);
  const searchIndexMs = performance.now() - indexStarted;
  const searchMs = median(PAGE_RUNS, () => listProducts(imported, { search: 'iphone 13', sort: { column: 'price', direction: 'desc' }, limit: 100 }));
  const mapping = benchMapping(imported);
  imported.close();

  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  console.log(`Refurb Desk benchmark — ${ROWS.toLocaleString('en')} products, CSV ${sizeMb.toFixed(1)} MB\n`);
  console.log(`  CSV import (importCsv), median of ${RUNS}    ${fmt(importMs)}`);
  console.log(`  raw prepared INSERT, median of ${RUNS}      ${fmt(rawMs)}`);
  console.log(`  ratio import / raw                      ${ratio.toFixed(2).padStart(9)}      target ≤ 2      ${verdict(ratio <= 2)}`);
  console.log(`  page: category + price desc (median)    ${fmt(pageMs)}   target < 20 ms  ${verdict(pageMs < 20)}`);
  console.log(`  search index after the import, once     ${fmt(searchIndexMs)}   (${indexed.toLocaleString('en')} products, at the first search)`);
  console.log(`  page: search "iphone 13" (median)       ${fmt(searchMs)}   target < 20 ms  ${verdict(searchMs < 20)}`);
  const validated = `${(mapping.products / 1000).toFixed(0)}k × ${mapping.countries} countries`;
  console.log(`  validation engine, ${validated.padEnd(20)}${fmt(mapping.engineMs)}   target < 2 s    ${verdict(mapping.engineMs < 2000)}`);
  console.log(`  readiness recompute (read+check+write)  ${fmt(mapping.recomputeMs)}   target < 2 s    ${verdict(mapping.recomputeMs < 2000)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Sync (issue 6): planning 100,000 products' offers, then pushing 10,000 changed offers in 2 countries to the sandbox.
console.log('\nSync');
benchSyncPlan();
await benchSyncPush();

// Unit ledger (issue 16): a 100,000-device import beside a raw insert, and the 30-day margin report over 100,000 sales.
console.log('\nUnit ledger');
printUnitFigures(await benchUnits());
// BackBox (issue 17): reading 500 listings' competitors within the BackBox's own limit, scaled up.
console.log('\nBackBox');
await benchBackbox();
// Existing account (issue 20), the sandbox's side: seeding 10,000 listings x 3 markets, and the cost of one page.
console.log('\nExisting account (sandbox)');
await benchExistingAccount();
// An existing account (issue 20), the app's side: reading 10,000 listings x 3 markets within the real limits, and importing them.
console.log('\nExisting account');
await benchAccount();

function fmt(ms: number): string {
  return `${ms.toFixed(1).padStart(9)} ms`;
}

function median(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return middle(times);
}

function middle(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function writeCsv(file: string, products: readonly BenchProduct[]): void {
  const cell = (value: string | number | null | undefined) => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
    return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const header = [...PRODUCT_FIELDS.map((field) => EXPORT_HEADERS[field]), ...ATTRIBUTE_HEADERS].join(';');
  const lines = products.map((product) =>
    [...PRODUCT_FIELDS.map((field) => cell(product.values[field])), ...ATTRIBUTE_HEADERS.map((name) => cell(product.attributes[name]))].join(';'),
  );
  fs.writeFileSync(file, `\ufeff${header}\r\n${lines.join('\r\n')}\r\n`);
}

function rawRow(product: BenchProduct): (string | number | null)[] {
  const values: FieldValues = product.values;
  return [
    ...PRODUCT_FIELDS.map((field) => toColumnValue(field, values[field])),
    JSON.stringify(product.attributes),
    searchTextOf(values),
    NOW,
    NOW,
  ];
}
