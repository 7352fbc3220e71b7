// Benchmark: read the BackBox of 500 listings on sale from the sandbox marketplace through the app's BackBox service,
// API client and limiter, with the BackBox's 2-calls-per-second limit scaled up by FACTOR on both sides (the sandbox's
// and the app's), so the run takes seconds, not four minutes. Prints the requests made, the 429 answers (target 0) and
// the wall time beside the least the scaled limit allows (target within 1.2x). Run alone with `npx tsx scripts/bench-backbox.ts`.
import { pathToFileURL } from 'node:url';
import type { Language } from '../shared/connection';
import { RateLimiter, type BackMarketClient } from '../electron/core/backmarket';
import { createBackboxService } from '../electron/core/backbox/backbox-service';
import { EventBus } from '../electron/core/events';
import { phone, plannerKit, type PlannerKit } from '../electron/core/sync/plan/plan-test-kit';
import { createSyncService } from '../electron/core/sync/sync-service';
import { startSandbox } from '../electron/sandbox';
import { benchClient } from './bench-client';

const LISTINGS = 500;
/** The contract's 2 calls per second, times FACTOR. */
const FACTOR = 10;
const CONTRACT_PER_SECOND = 2;
const PER_SECOND = CONTRACT_PER_SECOND * FACTOR;
const COUNTRIES = [
  { code: 'fr-fr', language: 'fr' as Language },
  { code: 'de-de', language: 'de' as Language },
];

export interface BackboxFigures {
  listings: number;
  requests: number;
  rateLimited: number;
  wallMs: number;
  minimumMs: number;
}

async function publish(catalogue: PlannerKit, api: BackMarketClient): Promise<void> {
  const sync = createSyncService({ database: () => catalogue.db, run: (job) => job(api), countries: () => COUNTRIES, events: new EventBus(), now: () => new Date(), poll: { firstDelayMs: 50, factor: 1.5, maxDelayMs: 500 } });
  sync.start({ importOrders: false });
  const report = await sync.whenIdle();
  sync.close();
  if (report?.outcome !== 'finished') throw new Error(`The bench's setup sync did not finish: ${report?.message ?? 'no report'}`);
}

/** The least time `requests` calls take at `perSecond` a second: every full second after the first batch waits. */
export const backboxMinimumMs = (requests: number, perSecond: number) => Math.floor(Math.max(0, requests - 1) / perSecond) * 1_000;

export async function benchBackbox(print: (line: string) => void = console.log): Promise<BackboxFigures> {
  const sandbox = await startSandbox({ seed: 'empty', taskDelayMs: 0, validationDelayMs: 0, limits: { backboxRequestsPerSecond: PER_SECOND } });
  const catalogue = plannerKit();
  try {
    // Setup, not measured: 500 offers published in 2 countries, with the overall limit lifted so it takes seconds.
    for (let index = 1; index <= LISTINGS; index += 1) catalogue.save(phone(index));
    await publish(catalogue, benchClient(sandbox, new RateLimiter({ requestsPerWindow: 1_000_000, windowMs: 1_000 })));
    const configured = await fetch(`${sandbox.url}/__sandbox/config`, { method: 'PUT', headers: { 'X-Sandbox-Secret': sandbox.controlSecret, 'Content-Type': 'application/json' }, body: JSON.stringify({ limits: { requestsPerWindow: 200, windowMs: 10_000 } }) });
    if (!configured.ok) throw new Error(`The sandbox refused its limits: ${configured.status}`);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const statuses: number[] = [];
    const api = benchClient(sandbox, new RateLimiter({ backboxRequestsPerSecond: PER_SECOND }), (entry) => statuses.push(entry.status));
    const backbox = createBackboxService({ database: () => catalogue.db, run: (job) => job(api), countries: () => COUNTRIES, events: new EventBus(), now: () => new Date(), concurrency: PER_SECOND });
    const started = performance.now();
    backbox.refresh({ scope: 'all' });
    const end = await backbox.settled();
    const wallMs = performance.now() - started;
    backbox.close();
    if (end.outcome !== 'finished' || end.done !== LISTINGS) throw new Error(`The refresh read ${end.done} of ${LISTINGS} listings (${end.outcome ?? 'running'}): ${end.message}`);

    const figures: BackboxFigures = { listings: LISTINGS, requests: statuses.length, rateLimited: statuses.filter((status) => status === 429).length, wallMs, minimumMs: backboxMinimumMs(LISTINGS, PER_SECOND) };
    const ratio = wallMs / Math.max(1, figures.minimumMs);
    print(`backbox: limit scaled ${FACTOR}x, from the contract's ${CONTRACT_PER_SECOND} to ${PER_SECOND} calls per second (sandbox and app alike); the overall 200 requests / 10 s stays`);
    print(`backbox: ${LISTINGS} listings on sale read (2 countries each), ${figures.requests} requests (lower bound ${LISTINGS})`);
    print(`backbox: 429 answers ${figures.rateLimited} (target 0) ${figures.rateLimited === 0 ? 'PASS' : 'MISS'}`);
    print(`backbox: wall time ${(wallMs / 1000).toFixed(1)} s vs ${(figures.minimumMs / 1000).toFixed(1)} s the scaled limit allows: ${ratio.toFixed(2)}x (target within 1.2x) ${ratio <= 1.2 ? 'PASS' : 'MISS'}`);
    return figures;
  } finally {
    catalogue.cleanup();
    await sandbox.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchBackbox();
}
