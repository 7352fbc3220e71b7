// The BackBox entries of the contract (refresh, standings, win rates, settings, Price to win) and the events they push;
// shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import {
  backboxRefreshSchema,
  backboxSettingsSchema,
  offerRefsSchema,
  type BackboxRefreshState,
  type BackboxSettings,
  type BackboxStandingPage,
  type PriceChange,
  type PriceToWinPreview,
  type WinRate,
} from '../backbox';
import type { MinPriceStatus } from '../min-price';
import { listingRefSchema } from '../sync';

const returns = <T>() => undefined as unknown as T;
const empty = z.object({}).strict();

export const backboxCalls = {
  /** Reads the BackBox of the listings on sale (all, a selection, or those whose price changed) in the background. */
  'backbox:refresh': { input: backboxRefreshSchema, result: returns<BackboxRefreshState>() },
  /** Stops after the calls in flight; what was read stays. */
  'backbox:cancel': { input: empty, result: returns<BackboxRefreshState>() },
  'backbox:refreshState': { input: empty, result: returns<BackboxRefreshState>() },
  /** The last standing of each offer asked for, with when it was read; reads SQLite only. */
  'backbox:standings': { input: offerRefsSchema, result: returns<BackboxStandingPage>() },
  /** Winning N of M offers read, per country, over the offers on sale. */
  'backbox:winRates': { input: empty, result: returns<WinRate[]>() },
  'backbox:settings': { input: empty, result: returns<BackboxSettings>() },
  'backbox:saveSettings': { input: backboxSettingsSchema, result: returns<BackboxSettings>() },
  /** What Price to win would set for each offer and why it leaves the others; changes nothing. */
  'backbox:previewPriceToWin': { input: offerRefsSchema, result: returns<PriceToWinPreview>() },
  /** Sets the new prices in the price matrix and the outbox (the next sync sends them), each change recorded. */
  'backbox:applyPriceToWin': { input: offerRefsSchema, result: returns<PriceToWinPreview & { applied: number }>() },
  'backbox:history': { input: z.object({ productNumber: z.string().min(1).max(200) }).strict(), result: returns<PriceChange[]>() },
  /** One offer's min_price (the floor sent for Back Market's repricer): sent, waiting, or why none; reads SQLite only. */
  'backbox:minPrice': { input: listingRefSchema, result: returns<MinPriceStatus>() },
} as const;

export interface BackboxEventMap {
  'backbox:progress': BackboxRefreshState;
  /** Standings were written: the grid, summary and Home read them again. */
  'backbox:changed': { count: number };
}
export const BACKBOX_EVENT_NAMES: (keyof BackboxEventMap)[] = ['backbox:progress', 'backbox:changed'];
