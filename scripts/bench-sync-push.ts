// Benchmark: push 10,000 changed offers in 2 countries to the sandbox marketplace with its real rate limits and no task
// delay, through the app's planner, runner and API client, under the `empty` task report profile (the contract's example
// `{}`: every line is settled from the listings). Prints the requests used beside the lower bound (tasks, polls, and the
// listing pages needed to settle them), the 429 answers (target 0, with no Retry-After sent) and the wall time beside the
// minimum the rate limit allows (target within 1.3x).
// The sandbox's hourly SKU-line budget (2,000) is lifted for this run, and so is the app's own: 20,000 lines would
// otherwise take ten hours. Run alone with `npx tsx scripts/bench-sync-push.ts`.
import { pathToFileURL } from 'node:url';
import type { Language } from '../shared/connection';
import { DEFAULT_TRAFFIC_LIMITS, MAX_CSV_LINES, MAX_PAGE_SIZE, RateLimiter, type BackMarketClient } from '../electron/core/backmarket';
import { setField } from '../electron/core/db/products-repo';
import { markPending } from '../electron/core/db/outbox-repo';
import { EventBus } from '../electron/core/events';
import { phone, plannerKit, type PlannerKit } from '../electron/core/sync/plan/plan-test-kit';
import { createSyncService } from '../electron/core/sync/sync-service';
import { DEFAULT_PROFILES, startSandbox, type RunningSandbox, type SandboxProfiles } from '../electron/sandbox';
import { benchClient } from './bench-client';

export interface SyncPushFigures {
  offers: number;
  countries: number;
  /** HTTP requests the push made, retries included, and the least it could make. */
  requests: number;
  lowerBound: number;
  tasks: number;
  polls: number;
  reconcilePages: number;
  rateLimited: number;
  wallMs: number;
  /** Of the wall time, what passed before the first request: planning and recording the tasks (no rate limit there). */
  localMs: number;
  minimumMs: number;
  published: number;
  /** Offers settled from the listings as Back Market holds them (all of them, under empty reports). */
  publishedStates: number;
}

const OFFERS = 10_000;
const COUNTRIES = [
  { code: 'fr-fr', language: 'fr' as Language },
  { code: 'de-de', language: 'de' as Language },
];
const LIFTED_LINES_PER_HOUR = 1_000_000;
const FAST_POLL = { firstDelayMs: 200, factor: 1.5, maxDelayMs: 2_000 };
/** Empty task reports; the statuses Back Market describes (a 3 or a 7 would add a re-send the bound does not count). */
const PROFILES: SandboxProfiles = { ...DEFAULT_PROFILES, taskReport: 'empty', statuses: 'simple' };
const TARGET_RATIO = 1.3;

async function syncOnce(catalogue: PlannerKit, api: BackMarketClient) {
  const sync = createSyncService({
    database: () => catalogue.db,
    run: (job) => job(api),
    countries: () => COUNTRIES,
    events: new EventBus(),
    now: () => new Date(),
    poll: FAST_POLL,
    linesPerHour: LIFTED_LINES_PER_HOUR,
  });
  sync.start({ importOrders: false });
  const report = await sync.whenIdle();
  sync.close();
  if (report?.outcome !== 'finished') throw new Error(`The bench sync did not finish: ${report?.message ?? 'no report'}`);
  return report;
}

/** The least time `requests` requests take under `perWindow` per window: every full window after the first waits. */
export const rateLimitMinimumMs = (requests: number, perWindow: number = DEFAULT_TRAFFIC_LIMITS.requestsPerWindow, windowMs: number = DEFAULT_TRAFFIC_LIMITS.windowMs) =>
  Math.floor(Math.max(0, requests - 1) / perWindow) * windowMs;

export async function benchSyncPush(print: (line: string) => void = console.log): Promise<SyncPushFigures> {
  const sandbox = await startSandbox({ seed: 'empty', taskDelayMs: 0, validationDelayMs: 0, limits: { skuLinesPerHour: LIFTED_LINES_PER_HOUR }, profiles: PROFILES });
  const catalogue = plannerKit();
  try {
    print(`sync push: the sandbox's hourly SKU-line budget is lifted to ${LIFTED_LINES_PER_HOUR.toLocaleString('en')} lines for this run (Back Market allows about 2,000).`);
    print(`sync push: sandbox profiles ${Object.entries(PROFILES).map(([name, choice]) => `${name}=${choice}`).join(', ')} (task reports say nothing: every line is read back).`);
    // Setup, not measured: the offers are published once, with the rate limits lifted so it does not take minutes.
    for (let index = 1; index <= OFFERS; index += 1) catalogue.save(phone(index));
    const setupLimits = { requestsPerWindow: 1_000_000, windowMs: 1_000 };
    await sandboxConfig(sandbox, { limits: setupLimits });
    await syncOnce(catalogue, benchClient(sandbox, new RateLimiter(setupLimits)));
    await sandboxConfig(sandbox, { limits: { requestsPerWindow: DEFAULT_TRAFFIC_LIMITS.requestsPerWindow, windowMs: DEFAULT_TRAFFIC_LIMITS.windowMs, blockMs: DEFAULT_TRAFFIC_LIMITS.blockMs } });
    // The setup's requests must leave the sandbox's window before the measured push starts with a fresh limiter.
    await new Promise((resolve) => setTimeout(resolve, DEFAULT_TRAFFIC_LIMITS.windowMs + 500));

    // Every offer changes its price: 10,000 lines per country.
    const at = new Date().toISOString();
    const ids = catalogue.db.prepare('SELECT id FROM products ORDER BY id').pluck().all() as number[];
    catalogue.db.transaction(() => {
      for (const productNumber of setField(catalogue.db, ids, 'price', 459.9, at)) markPending(catalogue.db, productNumber, 'upsert', ['price'], at);
    })();

    const statuses: number[] = [];
    let firstSentAt = Infinity;
    let lastAnsweredAt = 0;
    const startedAt = Date.now();
    const started = performance.now();
    const report = await syncOnce(
      catalogue,
      benchClient(sandbox, new RateLimiter(), (entry) => {
        const sentAt = Date.parse(entry.at);
        statuses.push(entry.status);
        firstSentAt = Math.min(firstSentAt, sentAt);
        lastAnsweredAt = Math.max(lastAnsweredAt, sentAt + entry.durationMs);
      }),
    );
    const wallMs = performance.now() - started;
    const localMs = firstSentAt - startedAt;
    const tailMs = startedAt + wallMs - lastAnsweredAt;

    const lines = OFFERS;
    const tasksPerCountry = Math.ceil(lines / (MAX_CSV_LINES - 1));
    const tasks = tasksPerCountry * COUNTRIES.length;
    const listings = sandbox.state.listings.length;
    const reconcilePages = Math.ceil(listings / MAX_PAGE_SIZE) * COUNTRIES.length;
    const polls = (catalogue.db.prepare('SELECT sum(polls) FROM sync_tasks WHERE run_id = ?').pluck().get(report.runId) as number | null) ?? 0;
    const lowerBound = tasks + tasks + reconcilePages;
    const figures: SyncPushFigures = {
      offers: OFFERS,
      countries: COUNTRIES.length,
      requests: statuses.length,
      lowerBound,
      tasks,
      polls,
      reconcilePages,
      rateLimited: statuses.filter((status) => status === 429).length,
      wallMs,
      localMs,
      minimumMs: rateLimitMinimumMs(lowerBound),
      published: report.published,
      publishedStates: catalogue.db.prepare("SELECT count(*) FROM listing_states WHERE status = 'published' AND price_hash <> '' AND error = ''").pluck().get() as number,
    };
    const ratio = figures.wallMs / Math.max(1, figures.minimumMs);
    print(
      `sync push: ${OFFERS.toLocaleString('en')} changed offers x ${COUNTRIES.length} countries, ${figures.published.toLocaleString('en')} lines accepted; ` +
        `${figures.requests} requests vs lower bound ${lowerBound} (${tasks} CSV tasks + ${tasks} polls + ${reconcilePages} listing pages to read back and reconcile; ${polls} polls made)`,
    );
    print(`sync push: ${figures.publishedStates.toLocaleString('en')} of ${(OFFERS * COUNTRIES.length).toLocaleString('en')} offers published with the values sent, settled from the listings`);
    print(`sync push: 429 answers ${figures.rateLimited} (target 0) ${figures.rateLimited === 0 ? 'PASS' : 'MISS'}`);
    print(
      `sync push: wall time ${(wallMs / 1000).toFixed(1)} s (${(localMs / 1000).toFixed(1)} s of it planning and recording before the first request, ${(tailMs / 1000).toFixed(1)} s settling after the last answer) vs ${(figures.minimumMs / 1000).toFixed(1)} s the rate limit allows (${DEFAULT_TRAFFIC_LIMITS.requestsPerWindow} requests / ${DEFAULT_TRAFFIC_LIMITS.windowMs / 1000} s): ` +
        `${ratio.toFixed(2)}x (target within ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'PASS' : 'MISS'}`,
    );
    return figures;
  } finally {
    catalogue.cleanup();
    await sandbox.close();
  }
}

async function sandboxConfig(sandbox: RunningSandbox, body: unknown): Promise<void> {
  const response = await fetch(`${sandbox.url}/__sandbox/config`, { method: 'PUT', headers: { 'X-Sandbox-Secret': sandbox.controlSecret, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`The sandbox refused its configuration: ${response.status} ${await response.text()}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchSyncPush();
}
