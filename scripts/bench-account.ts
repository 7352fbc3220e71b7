// Benchmark: an existing account of 10,000 listings in each of 3 markets, read from the sandbox marketplace with its real
// limits (200 requests per 10 s, 429 with a 10 s block beyond) through the app's account service, API client and limiter,
// then imported into the catalogue. Prints the requests beside the lower bound (pages of 50), the 429 answers (target 0),
// the wall time beside the least the limit allows (target within 1.2x), and the import's time beside a raw prepared insert
// of the same rows (target within 2x). Figures only, no asserts. Run alone with `npx tsx scripts/bench-account.ts`
// (BENCH_PER_MARKET=2000 for a quicker look).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AccountImportReport } from '../shared/account';
import type { Language } from '../shared/connection';
import { createAccountService } from '../electron/core/account/account-service';
import { openDatabase } from '../electron/core/db/connection';
import { PAGE_SIZE } from '../electron/core/account/read-job';
import { DEFAULT_TRAFFIC_LIMITS, RateLimiter } from '../electron/core/backmarket';
import { EventBus } from '../electron/core/events';
import { plannerKit } from '../electron/core/sync/plan/plan-test-kit';
import { startSandbox } from '../electron/sandbox';
import { benchClient } from './bench-client';

const PER_MARKET = Number(process.env.BENCH_PER_MARKET ?? 10_000);
const COUNTRIES = [
  { code: 'fr-fr', language: 'fr' as Language },
  { code: 'de-de', language: 'de' as Language },
  { code: 'en-gb', language: 'en' as Language },
];
const NOW = '2026-12-06T10:00:00.000Z';
/** Imports (and raw inserts) measured: the medians are compared. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export interface AccountFigures {
  listings: number;
  requests: number;
  lowerBound: number;
  rateLimited: number;
  readMs: number;
  minimumMs: number;
  imported: number;
  importMs: number;
  rawMs: number;
  /** The process's CPU time over the import and over the raw insert: steadier than wall time on a shared machine. */
  importCpuMs: number;
  rawCpuMs: number;
}

/** The least time `requests` calls take at `perWindow` a window: every full window after the first batch waits. */
export const windowMinimumMs = (requests: number, perWindow: number, windowMs: number) => Math.floor(Math.max(0, requests - 1) / perWindow) * windowMs;

/** The median of the runs (the lower middle of an even count). */
const middle = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

export async function benchAccount(print: (line: string) => void = console.log): Promise<AccountFigures> {
  const sandbox = await startSandbox({
    seed: 'empty',
    taskDelayMs: 0,
    validationDelayMs: 0,
    existingAccount: { listingsPerMarket: PER_MARKET, markets: COUNTRIES.map((country) => country.code), matchingSkus: 0 },
  });
  const catalogue = plannerKit();
  try {
    const statuses: number[] = [];
    const api = benchClient(sandbox, new RateLimiter(), (entry) => statuses.push(entry.status));
    const account = createAccountService({ database: () => catalogue.db, run: (job) => job(api), countries: () => COUNTRIES, events: new EventBus(), now: () => new Date() });

    // The read: every page of every market, as the app does it on connecting.
    const readStarted = performance.now();
    account.read();
    const end = await account.settled();
    const readMs = performance.now() - readStarted;
    if (end.outcome !== 'finished') throw new Error(`The read ended ${end.outcome ?? 'running'}: ${end.message}`);
    const listings = catalogue.db.prepare('SELECT count(*) FROM account_listings').pluck().get() as number;
    const lowerBound = COUNTRIES.length * Math.ceil(PER_MARKET / PAGE_SIZE);

    // The import of every listing, in one transaction, products adopted (listing_states written) as the app does it: run
    // RUNS times, each on a copy of the catalogue as the read left it, beside the floor on a fresh catalogue, interleaved
    // so both meet the same machine; the medians are compared (one run of each swung 1.3x-2.2x on this shared machine).
    const template = path.join(os.tmpdir(), `bench-account-${process.pid}.sqlite`);
    await catalogue.db.backup(template);
    const importTimes: number[] = [];
    const importCpu: number[] = [];
    const rawTimes: number[] = [];
    const rawCpu: number[] = [];
    let report: AccountImportReport | undefined;
    let written: { products: unknown[][]; prices: unknown[][]; states: unknown[][]; reviews: unknown[][] } | undefined;
    for (let run = 0; run < RUNS; run += 1) {
      const copy = `${template}.${run}`;
      fs.copyFileSync(template, copy);
      const db = openDatabase(copy);
      const importer = createAccountService({ database: () => db, run: (job) => job(api), countries: () => COUNTRIES, events: new EventBus(), now: () => new Date() });
      let started = performance.now();
      let cpu = process.cpuUsage();
      report = importer.import({ scope: 'all' });
      importTimes.push(performance.now() - started);
      importCpu.push(cpuMsSince(cpu));
      importer.close();
      // The floor: the same rows the import wrote (products, their price per market, their listing states, the review
      // rows of matched SKUs whose values differ), already in memory as column values, through prepared INSERTs in one
      // transaction, on a fresh catalogue.
      written ??= {
        products: db.prepare('SELECT product_number, title, backmarket_id, condition, stock, price_cents, attributes, search_text FROM products').raw().all() as unknown[][],
        prices: db.prepare('SELECT p.product_number, c.country, c.price_cents, c.copied_cents FROM country_prices c JOIN products p ON p.id = c.product_id').raw().all() as unknown[][],
        states: db
          .prepare('SELECT product_number, country, sku, status, accepted_values, stock_hash, price_hash, content_hash, listing_id, listing_uuid, bm_product_id, publication_state FROM listing_states')
          .raw()
          .all() as unknown[][],
        reviews: db.prepare('SELECT product_number, country, field, backmarket, mine, decision, decided_at FROM account_reviews').raw().all() as unknown[][],
      };
      db.close();
      for (const file of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(file, { force: true });
      const floor = plannerKit();
      try {
        const insertProduct = floor.db.prepare(
          'INSERT INTO products (product_number, title, backmarket_id, condition, stock, price_cents, attributes, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        const insertPrice = floor.db.prepare('INSERT INTO country_prices (product_id, country, price_cents, copied_cents) VALUES ((SELECT id FROM products WHERE product_number = ?), ?, ?, ?)');
        const insertState = floor.db.prepare(
          `INSERT INTO listing_states (product_number, country, sku, status, accepted_values, stock_hash, price_hash, content_hash, listing_id, listing_uuid, bm_product_id, publication_state, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const insertReview = floor.db.prepare('INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
        const rows = written;
        started = performance.now();
        cpu = process.cpuUsage();
        floor.db.transaction(() => {
          for (const row of rows.products) insertProduct.run(...row, NOW, NOW);
          for (const row of rows.prices) insertPrice.run(...row);
          for (const row of rows.states) insertState.run(...row, NOW);
          for (const row of rows.reviews) insertReview.run(...row);
        })();
        rawTimes.push(performance.now() - started);
        rawCpu.push(cpuMsSince(cpu));
      } finally {
          }
    }
    fs.rmSync(template, { force: true });
    account.close();
    if (!report || !written) throw new Error('No import ran.');
    const { products, prices, states, reviews } = written;
    const importMs = middle(importTimes);
    const rawMs = middle(rawTimes);
    const importCpuMs = middle(importCpu);
    const rawCpuMs = middle(rawCpu);

    const figures: AccountFigures = {
      listings,
      requests: statuses.length,
      lowerBound,
      rateLimited: statuses.filter((status) => status === 429).length,
      readMs,
      minimumMs: windowMinimumMs(statuses.length, DEFAULT_TRAFFIC_LIMITS.requestsPerWindow, DEFAULT_TRAFFIC_LIMITS.windowMs),
      imported: report.imported,
      importMs,
      rawMs,
      importCpuMs,
      rawCpuMs,
    };
    const readRatio = readMs / Math.max(1, figures.minimumMs);
    const importRatio = importMs / Math.max(1, rawMs);
    print(`account: ${PER_MARKET} listings x ${COUNTRIES.length} markets on the sandbox, its real limits (200 requests / 10 s)`);
    print(`account: the import wrote ${products.length} products, ${prices.length} prices, ${states.length} listing states, ${reviews.length} review rows`);
    print(`account: read ${listings} listings in ${figures.requests} requests (lower bound ${lowerBound}, pages of ${PAGE_SIZE})`);
    print(`account: 429 answers ${figures.rateLimited} (target 0) ${figures.rateLimited === 0 ? 'PASS' : 'MISS'}`);
    print(`account: read wall time ${(readMs / 1000).toFixed(1)} s vs ${(figures.minimumMs / 1000).toFixed(1)} s the limit allows: ${readRatio.toFixed(2)}x (target within 1.2x) ${readRatio <= 1.2 ? 'PASS' : 'MISS'}`);
    print(
      `account: import of ${report.imported} products (${report.adopted} offers adopted), median of ${RUNS}, ${(importMs / 1000).toFixed(2)} s vs raw insert of the same rows ${(rawMs / 1000).toFixed(2)} s (runs: import ${importTimes.map((ms) => (ms / 1000).toFixed(2)).join(' ')}, raw ${rawTimes.map((ms) => (ms / 1000).toFixed(2)).join(' ')}): ${importRatio.toFixed(2)}x (target within 2x) ${importRatio <= 2 ? 'PASS' : 'MISS'}`,
    );
    print(
      `account: the same in CPU time (this process, all its threads), medians: import ${(importCpuMs / 1000).toFixed(2)} s vs raw insert ${(rawCpuMs / 1000).toFixed(2)} s: ${(importCpuMs / Math.max(1, rawCpuMs)).toFixed(2)}x (figure only)`,
    );
    return figures;
  } finally {
    catalogue.cleanup();
    await sandbox.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchAccount();
}
