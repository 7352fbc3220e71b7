// Benchmark of the unit ledger (issue 16): a 100,000-device CSV import beside a raw prepared INSERT of the same rows
// (target ≤ 2×), and the 30-day margin report over 100,000 sold devices (target < 200 ms).
// Run alone with `npx tsx scripts/bench-units.ts`; `npm run bench` runs it after the others.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_VAT_BASIS_POINTS } from '../shared/margin';
import { luhnCheckDigit } from '../shared/device-units';
import { openDatabase, type Db } from '../electron/core/db/connection';
import { suggestUnitMapping } from '../electron/core/units/import/unit-header-aliases';
import { importUnitsCsv } from '../electron/core/units/import/unit-import';
import { marginReport } from '../electron/core/units/margin-report';
import { recordSaleMargins } from '../electron/core/units/sale-margins';

const UNITS = Number(process.env.BENCH_UNITS ?? 100_000);
const SKUS = 200;
const RUNS = 3;
const NOW = '2026-11-27T10:00:00.000Z';
const COUNTRIES = Object.keys(DEFAULT_VAT_BASIS_POINTS);

const imeiOf = (n: number) => {
  const body = `35${String(n).padStart(12, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
};
const skuOf = (n: number) => `BENCH-${n % SKUS}`;

function addProducts(db: Db): void {
  const insert = db.prepare('INSERT INTO products (product_number, title, stock, created_at, updated_at) VALUES (?, ?, 0, ?, ?)');
  db.transaction(() => {
    for (let n = 0; n < SKUS; n += 1) insert.run(`BENCH-${n}`, `Bench phone ${n}`, NOW, NOW);
  })();
}

interface UnitFigures {
  importMs: number;
  rawMs: number;
  reportMs: number;
  soldLines: number;
}

export async function benchUnits(): Promise<UnitFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-desk-bench-units-'));
  try {
    const header = 'IMEI;Serial;SKU;Grade;Battery Health;Cost;Supplier;Purchase date';
    const rows = Array.from({ length: UNITS }, (_, n) => [imeiOf(n), `SN${n}`, skuOf(n), ['A', 'B', 'C'][n % 3] as string, 80 + (n % 20), 15_000 + (n % 500) * 10, n % 2 ? 'Recommerce' : 'Foxway', `2026-${String(1 + (n % 12)).padStart(2, '0')}-15`] as const);
    const csvFile = path.join(dir, 'units.csv');
    fs.writeFileSync(csvFile, `${header}\n${rows.map((row) => [row[0], row[1], row[2], row[3], `${row[4]}%`, (row[5] / 100).toFixed(2).replace('.', ','), row[6], row[7]].join(';')).join('\n')}\n`);

    const importTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const db = openDatabase(path.join(dir, `import-${run}.sqlite`));
      addProducts(db);
      let started = performance.now();
      const report = await importUnitsCsv(db, csvFile, { options: { delimiter: ';', encoding: 'utf-8' }, mapping: suggestUnitMapping(header.split(';')), defaults: { vatRegime: 'margin', currency: 'EUR' }, now: NOW });
      importTimes.push(performance.now() - started);
      if (report.added !== UNITS) throw new Error(`The import added ${report.added} of ${UNITS} units (${report.rejectedTotal} rejected: ${report.rejected[0]?.reason}).`);
      db.close();

      // The floor: the same rows, already as column values, through one prepared INSERT in one transaction.
      const raw = openDatabase(path.join(dir, `raw-${run}.sqlite`));
      const insert = raw.prepare(`INSERT INTO units (imei, serial_number, sku, merchant_grade, battery_health, purchase_cost_cents, supplier, purchase_date, vat_regime, status, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'margin', 'in-stock', ?, ?)`);
      started = performance.now();
      raw.transaction(() => {
        for (const row of rows) insert.run(...row, NOW, NOW);
      })();
      rawTimes.push(performance.now() - started);
      raw.close();
    }

    const sold = openDatabase(path.join(dir, 'sold.sqlite'));
    const soldLines = seedSales(sold, new Date(NOW));
    const reportTimes: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      marginReport(sold, new Date(NOW), 30);
      reportTimes.push(performance.now() - started);
    }
    sold.close();
    return { importMs: middle(importTimes), rawMs: middle(rawTimes), reportMs: middle(reportTimes), soldLines };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 100,000 orders of one line each over the last 30 days in the 13 markets, each with its shipped device. */
export function seedSales(db: Db, now: Date): number {
  const order = db.prepare("INSERT INTO orders (order_id, state, place, country_code, currency, price, date_creation, content_hash, imported_at, updated_at) VALUES (?, 9, 'shipped', ?, ?, ?, ?, '', ?, ?)");
  const line = db.prepare("INSERT INTO orderlines (id, order_id, sku, quantity, price, orderline_fee, currency, state, product) VALUES (?, ?, ?, 1, ?, ?, ?, 3, ?)");
  const unit = db.prepare("INSERT INTO units (id, imei, sku, grade, purchase_cost_cents, repair_cost_cents, currency, vat_regime, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'shipped', ?, ?)");
  const sale = db.prepare('INSERT INTO unit_sales (orderline_id, unit_id, linked_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let n = 1; n <= UNITS; n += 1) {
      const country = COUNTRIES[n % COUNTRIES.length] as string;
      const currency = country === 'en-gb' ? 'GBP' : country === 'sv-se' ? 'SEK' : 'EUR';
      const created = new Date(now.getTime() - (n % (29 * 24)) * 3_600_000).toISOString();
      const price = 200 + (n % 400);
      order.run(n, country, currency, `${price}.00`, created, NOW, NOW);
      line.run(n, n, skuOf(n), `${price}.00`, `${(price / 10).toFixed(2)}`, currency, `Bench phone ${n % SKUS}`);
      unit.run(n, imeiOf(n), skuOf(n), ['EXCELLENT', 'GOOD', 'FAIR'][n % 3], 15_000, n % 5 === 0 ? 2000 : 0, currency, n % 4 === 0 ? 'regular' : 'margin', NOW, NOW);
      sale.run(n, n, NOW);
    }
  })();
  // What the app does as each sale is recorded (absorbing its order): its margin is stored with it.
  recordSaleMargins(db, { all: true });
  return UNITS;
}

function middle(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export function printUnitFigures(figures: UnitFigures): void {
  const fmt = (ms: number) => `${ms.toFixed(1).padStart(9)} ms`;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const ratio = figures.importMs / figures.rawMs;
  console.log(`  units CSV import, ${UNITS.toLocaleString('en')} devices (median of ${RUNS})  ${fmt(figures.importMs)}`);
  console.log(`  raw prepared INSERT of the same rows          ${fmt(figures.rawMs)}`);
  console.log(`  ratio import / raw                            ${ratio.toFixed(2).padStart(9)}      target ≤ 2      ${verdict(ratio <= 2)}`);
  console.log(`  30-day margin report, ${figures.soldLines.toLocaleString('en')} sold devices  ${fmt(figures.reportMs)}   target < 200 ms ${verdict(figures.reportMs < 200)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('Unit ledger');
  printUnitFigures(await benchUnits());
}
