// "Never sent twice" in every crash window: Refurb Desk stops (its process frozen for good, then started again on the
// same catalogue file) before the catalog post, after it left, after Back Market answered, and after the task id was
// written. A task whose post may have reached Back Market is waited for (up to the polling deadline) and settled from
// its listings before any of its lines is sent again; each line reaches Back Market at most once per intended change.
import { afterEach, describe, expect, it } from 'vitest';
import type { BackMarketClient } from '../backmarket';
import { openDatabase } from '../db/connection';
import { phone } from './plan/plan-test-kit';
import { TASK_DEADLINE_MS } from './run/run-context';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
afterEach(async () => {
  await kit.close();
});

type CrashPoint = 'before the post' | 'after the post left' | 'after the answer' | 'after the task id is written';

/** A promise that never settles: the process stopped there. */
const stopped = () => new Promise<never>(() => undefined);

/** The client of a process that stops for good at one point of its first catalog task; `reached` resolves then. */
function stoppingAt(client: BackMarketClient, point: CrashPoint, reached: () => void): BackMarketClient {
  const market = (country: string): BackMarketClient => {
    const calls = client.forCountry(country);
    return new Proxy(calls, {
      get(target, name, receiver) {
        if (name === 'forCountry') return market;
        if (name === 'postCatalog') {
          return async (...args: Parameters<BackMarketClient['postCatalog']>) => {
            if (point === 'before the post') {
              reached();
              return stopped();
            }
            const answer = await target.postCatalog(...args);
            if (point === 'after the task id is written') return answer;
            reached();
            return stopped();
          };
        }
        if (name === 'getTask' && point === 'after the task id is written') {
          return () => {
            reached();
            return stopped();
          };
        }
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
  };
  return market('fr-fr');
}

const PRODUCTS = 3;

describe.each<CrashPoint>(['before the post', 'after the post left', 'after the answer', 'after the task id is written'])('stopped %s', (point) => {
  it('sends each line once, settled from the listings before anything is sent again', async () => {
    kit = await startSyncKit();
    // After the post left, Back Market is still processing when Refurb Desk starts again.
    if (point === 'after the post left') await kit.market.control('PUT', '/config', { taskDelayMs: 3_600_000 });
    for (let index = 1; index <= PRODUCTS; index += 1) kit.catalogue.save(phone(index));

    let reached!: () => void;
    const stop = new Promise<void>((resolve) => (reached = resolve));
    const doomed = kit.makeService({ run: (job) => job(stoppingAt(kit.client, point, reached)) });
    doomed.start({ importOrders: false });
    await stop;
    // Tasks posted from now on are processed at once; the one that left before the stop still takes its hour.
    if (point === 'after the post left') await kit.market.control('PUT', '/config', { taskDelayMs: 0 });

    // Refurb Desk starts again on the same file.
    const reopened = openDatabase(kit.catalogue.db.name);
    let later = 0;
    try {
      const restarted = kit.makeService({ database: () => reopened, now: () => new Date(Date.now() + later) });
      await restarted.whenIdle();
      restarted.start({ importOrders: false });
      await restarted.whenIdle();
      const sentOnce = () => {
        const times = new Map<string, number>();
        for (const line of kit.sentLines()) times.set(line, (times.get(line) ?? 0) + 1);
        return times;
      };
      // Whatever may have reached Back Market is not sent again while it may still be processed.
      expect([...sentOnce().values()].every((count) => count === 1)).toBe(true);

      if (point === 'after the post left') {
        // Back Market finishes; the next sync reads its listings and settles the task without sending anything.
        await kit.market.control('POST', '/tasks/flush');
      }
      if (point === 'before the post') later = TASK_DEADLINE_MS + 60_000;
      restarted.start({ importOrders: false });
      expect(await restarted.whenIdle()).toMatchObject({ outcome: 'finished' });
      restarted.start({ importOrders: false });
      expect(await restarted.whenIdle()).toMatchObject({ outcome: 'finished', waiting: 0 });

      const times = sentOnce();
      expect(times.size).toBe(PRODUCTS * 3);
      expect([...times.values()].every((count) => count === 1)).toBe(true);
      expect(reopened.prepare("SELECT count(*) FROM listing_states WHERE status = 'published'").pluck().get()).toBe(PRODUCTS * 3);
      expect(restarted.state()).toMatchObject({ openTasks: 0, pendingChanges: 0 });
      expect(new Set(kit.market.sandbox.state.listings.map((listing) => listing.sku)).size).toBe(kit.market.sandbox.state.listings.length);
    } finally {
      reopened.close();
    }
  });
});
