// The BackBox service: refreshes (all, a selection, or the offers whose price changed) in the background with progress
// and Cancel, an optional schedule, the standings and win rates the screens read, and Price to win's preview and apply.
import {
  backboxSettingsSchema,
  winRates,
  type BackboxRefreshRequest,
  type BackboxRefreshState,
  type BackboxSettings,
  type BackboxStandingPage,
  type PriceChange,
  type PriceToWinPreview,
  type WinRate,
} from '../../../shared/backbox';
import type { CountrySetting } from '../../../shared/connection';
import type { MinPriceStatus } from '../../../shared/min-price';
import type { ApiRunner } from '../connection/api-runner';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import type { EventBus } from '../events';
import { createJobSlot } from '../jobs/job-slot';
import { marketCountries } from '../mapping/snapshot';
import { listingsOnSale, listingsWithNewPrice, loadSettings, priceChangesOf, saveSettings, standingsOf, standingsOnSale } from './backbox-repo';
import { minPriceStatus } from './min-price-status';
import { applyPriceToWin, previewPriceToWin } from './price-to-win';
import { startRefreshJob } from './refresh-job';

export interface BackboxDeps {
  database: () => Db | undefined;
  run: ApiRunner;
  countries: () => readonly CountrySetting[];
  events: EventBus;
  now: () => Date;
  /** Calls queued at once in the limiter (see refresh-job); the bench raises it with the limit. */
  concurrency?: number;
}

export function createBackboxService({ database, run, countries, events, now, concurrency }: BackboxDeps) {
  const job = createJobSlot<BackboxRefreshState>({ total: 0, done: 0, failed: 0 });
  let timer: ReturnType<typeof setInterval> | undefined;

  const requireDb = (): Db => {
    const db = database();
    if (!db) throw saidError('unavailable', said('setup.notSetUp'));
    return db;
  };
  const codes = () => countries().map((country) => country.code);

  function refreshState(): BackboxRefreshState {
    return job.state();
  }

  function refresh(request: BackboxRefreshRequest): BackboxRefreshState {
    const db = requireDb();
    return job.start(() => {
      const listings =
        request.scope === 'all' ? listingsOnSale(db, codes()) : request.scope === 'price-changed' ? listingsWithNewPrice(db, codes()) : listingsOnSale(db, codes(), request.offers);
      return startRefreshJob(listings, {
        db,
        run,
        now,
        ...(concurrency ? { concurrency } : {}),
        onProgress: (state) => {
          events.emit('backbox:progress', state);
          if (state.done > 0 || !state.running) events.emit('backbox:changed', { count: state.done });
        },
      });
    });
  }

  /** Reschedules the automatic refresh of every offer on sale (nothing when the setting is 0). */
  function schedule(minutes: number): void {
    if (timer) clearInterval(timer);
    timer = undefined;
    if (minutes <= 0) return;
    timer = setInterval(() => {
      try {
        if (database() && !job.running()) refresh({ scope: 'all' });
      } catch (error) {
        console.error('Refurb Desk: the scheduled BackBox refresh could not start', error);
      }
    }, minutes * 60_000);
    timer.unref?.();
  }

  // Another catalogue (sandbox or account) may have another schedule: follow the one now open.
  events.subscribe((name) => {
    if (name !== 'connection:changed') return;
    const db = database();
    schedule(db?.open ? loadSettings(db).refreshEveryMinutes : 0);
  });

  return {
    refresh,
    refreshState,
    /** Stops after the calls in flight; what was read stays. */
    cancel: (): BackboxRefreshState => job.cancel(),
    /** Resolves when the refresh running now ends (at once when none runs). */
    settled: (): Promise<BackboxRefreshState> => job.settled(),
    standings(offers: readonly { productId: number; country: string }[]): BackboxStandingPage {
      const standings = standingsOf(requireDb(), offers);
      return { standings: Object.fromEntries(standings.map((standing) => [`${standing.productId}|${standing.country}`, standing])) };
    },
    winRates(): WinRate[] {
      const db = database();
      return db ? winRates(standingsOnSale(db, codes())) : [];
    },
    settings: (): BackboxSettings => loadSettings(requireDb()),
    saveSettings(input: BackboxSettings): BackboxSettings {
      const parsed = backboxSettingsSchema.parse(input);
      saveSettings(requireDb(), parsed);
      schedule(parsed.refreshEveryMinutes);
      return parsed;
    },
    /** Starts the schedule the open catalogue has saved (after a catalogue is opened). */
    resumeSchedule(): void {
      const db = database();
      schedule(db ? loadSettings(db).refreshEveryMinutes : 0);
    },
    preview(offers: readonly { productId: number; country: string }[]): PriceToWinPreview {
      const db = requireDb();
      return previewPriceToWin(db, marketCountries(countries()), offers, loadSettings(db));
    },
    /** Recomputes the plan now (never trusting an older preview) and writes its new prices. */
    apply(offers: readonly { productId: number; country: string }[]): PriceToWinPreview & { applied: number } {
      const db = requireDb();
      const preview = previewPriceToWin(db, marketCountries(countries()), offers, loadSettings(db));
      const { applied } = applyPriceToWin(db, preview, 'merchant', now().toISOString());
      if (applied > 0) events.emit('catalogue:changed', { reason: 'edit' });
      return { ...preview, applied };
    },
    history: (productNumber: string): PriceChange[] => priceChangesOf(requireDb(), productNumber),
    /** One offer's min_price: the country's switch, what the next sync would send (or why none), what Back Market holds. */
    minPrice: (offer: { productId: number; country: string }): MinPriceStatus => minPriceStatus(requireDb(), marketCountries(countries()), offer.productId, offer.country),
    close(): void {
      job.cancel();
      schedule(0);
    },
  };
}

export type BackboxService = ReturnType<typeof createBackboxService>;
