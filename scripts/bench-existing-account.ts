// Benchmark, sandbox side of issue 20: seeding an existing account of 10,000 listings in each of 3 markets, and what one
// GET /ws/listings page of 50 costs the sandbox at that size (with and without a publication_state filter), so reading
// the account is bound by the rate limit (200 requests per 10 s: 50 ms per request), never by the sandbox. The app's
// reading and import benchmark sits beside it. Run alone with `npx tsx scripts/bench-existing-account.ts`.
import { pathToFileURL } from 'node:url';
import { startSandbox, type RunningSandbox } from '../electron/sandbox';

const PER_MARKET = 10_000;
const PAGES = 40;
/** The contract's 200 requests per 10 s: the time each request has on average. */
const REQUEST_BUDGET_MS = 10_000 / 200;

async function pageMs(sandbox: RunningSandbox, query: string): Promise<number> {
  const headers = { Authorization: `Basic ${sandbox.token}`, 'User-Agent': 'BM-RefurbDesk-Bench;bench@refurb-desk.invalid', 'Accept-Language': 'en-gb' };
  const times: number[] = [];
  for (let page = 1; page <= PAGES; page += 1) {
    const started = performance.now();
    const answer = await fetch(`${sandbox.url}/ws/listings?page-size=50&page=${page * 4}${query}`, { headers });
    await answer.json();
    if (answer.status !== 200) throw new Error(`GET /ws/listings answered ${answer.status}`);
    times.push(performance.now() - started);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

export async function benchExistingAccount(): Promise<void> {
  const started = performance.now();
  const sandbox = await startSandbox({ seed: 'empty', existingAccount: { listingsPerMarket: PER_MARKET }, limits: { requestsPerWindow: 1_000_000 } });
  const seedMs = performance.now() - started;
  try {
    const all = await pageMs(sandbox, '');
    const online = await pageMs(sandbox, '&publication_state=2');
    const fmt = (ms: number) => `${ms.toFixed(1).padStart(9)} ms`;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log(`  seed ${PER_MARKET.toLocaleString('en')} listings x 3 markets (start)   ${fmt(seedMs)}   target < 2 s    ${verdict(seedMs < 2000)}`);
    console.log(`  one page of 50 (median of ${PAGES})            ${fmt(all)}   target < ${REQUEST_BUDGET_MS} ms  ${verdict(all < REQUEST_BUDGET_MS)}`);
    console.log(`  one page, publication_state=2 (median)  ${fmt(online)}   target < ${REQUEST_BUDGET_MS} ms  ${verdict(online < REQUEST_BUDGET_MS)}`);
  } finally {
    await sandbox.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchExistingAccount();
