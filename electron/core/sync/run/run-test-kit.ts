// Test support for the runner and the sync service: the planner kit's catalogue and mapping (phones in fr-fr, de-de and
// en-gb) on a real SQLite file, the sandbox marketplace behind the recording proxy, the real API client, and a sync
// service with fast polls and retries whose events are recorded.
import { startTestMarketplace, testClient, type TestMarketplace } from '../../backmarket/sandbox-test-kit';
import type { SandboxProfiles } from '../../../sandbox';
import { RateLimiter, type BackMarketClient } from '../../backmarket';
import type { Db } from '../../db/connection';
import { EventBus } from '../../events';
import type { ApiRunner } from '../../connection/api-runner';
import { KIT_COUNTRIES, plannerKit, type PlannerKit } from '../plan/plan-test-kit';
import type { Language } from '../../../../shared/connection';
import type { SyncReport } from '../../../../shared/sync';
import { createSyncService, type SyncService, type SyncServiceDeps } from '../sync-service';

export interface RecordedEvent {
  name: string;
  payload: unknown;
}

export interface SyncKit {
  catalogue: PlannerKit;
  market: TestMarketplace;
  client: BackMarketClient;
  bus: EventBus;
  events: RecordedEvent[];
  service: SyncService;
  /** A sync service over this database (or another connection to the same file), as after a restart. */
  makeService(overrides?: Partial<SyncServiceDeps>): SyncService;
  /** Starts a sync and waits for its report. */
  sync(service?: SyncService): Promise<SyncReport>;
  /** POST /ws/listings (catalog tasks) and POST /ws/listings/{id} (real-time) that reached the marketplace. */
  listingWrites(): { tasks: number; realtime: number };
  /** Every data line of every catalog task the marketplace took (answered 200, whether or not the answer came back), as `country|line`. */
  sentLines(): string[];
  state(productNumber: string, country: string): Record<string, unknown> | undefined;
  close(): Promise<void>;
}

export const FAST_POLL = { firstDelayMs: 5, factor: 2, maxDelayMs: 80 };
export const FAST_RETRY = { firstDelayMs: 20, maxDelayMs: 200 };

export interface SyncKitOptions {
  /** The sandbox's answers where the contract is silent (default: the detailed ones). */
  profiles?: Partial<SandboxProfiles>;
}

export async function startSyncKit(options: SyncKitOptions = {}): Promise<SyncKit> {
  const market = await startTestMarketplace({ seed: 'empty', limits: { windowMs: 1_000, blockMs: 200 }, ...(options.profiles ? { profiles: options.profiles } : {}) });
  const { client } = testClient(market, { limiter: new RateLimiter({ windowMs: 1_000, blockMs: 200 }) });
  const catalogue = plannerKit();
  const bus = new EventBus();
  const events: RecordedEvent[] = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  const run: ApiRunner = (job) => job(client);
  const services: SyncService[] = [];
  const makeService = (overrides: Partial<SyncServiceDeps> = {}): SyncService => {
    const service = createSyncService({
      database: () => catalogue.db,
      run,
      countries: () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language })),
      events: bus,
      now: () => new Date(),
      poll: FAST_POLL,
      // Every sync reads the listings back, so back-office changes show at once; the interval has its own test.
      reconcileEveryMs: 0,
      offlineRetry: FAST_RETRY,
      log: { error: (message, detail) => (process.env.SYNC_KIT_LOG ? console.error(message, detail) : undefined) },
      ...overrides,
    });
    services.push(service);
    return service;
  };
  const service = makeService();
  const db = (): Db => catalogue.db;
  return {
    catalogue,
    market,
    client,
    bus,
    events,
    service,
    makeService,
    async sync(target = service) {
      target.start({ importOrders: false });
      const report = await target.whenIdle();
      if (!report) throw new Error('No sync ran.');
      return report;
    },
    listingWrites: () => ({
      tasks: market.seen.filter((request) => request.method === 'POST' && request.path === '/ws/listings').length,
      realtime: market.seen.filter((request) => request.method === 'POST' && /^\/ws\/listings\/[^/?]+$/.test(request.path)).length,
    }),
    sentLines: () =>
      market.seen
        .filter((request) => request.method === 'POST' && request.path === '/ws/listings' && request.body && request.status === 200)
        .flatMap((request) => {
          const country = String(request.headers['accept-language'] ?? '');
          const csv = (JSON.parse(request.body as string) as { catalog: string }).catalog;
          return csv.split(/\r?\n/).slice(1).filter((line) => line !== '').map((line) => `${country}|${line}`);
        }),
    state: (productNumber, country) =>
      db().prepare('SELECT * FROM listing_states WHERE product_number = ? AND country = ?').get(productNumber, country) as Record<string, unknown> | undefined,
    async close() {
      for (const each of services) each.close();
      await market.close();
      catalogue.cleanup();
    },
  };
}
