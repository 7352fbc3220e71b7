// What the renderer remembers of the account read beyond main's last state: the read as the last progress event gave
// it (the header follows it on every screen), how many listings the market being read had when its reading began (so a
// count per market can be said, main's count being for the whole read), when an import last changed the counts, and
// which read the merchant asked to cancel.
import { create } from 'zustand';
import type { AccountReadState } from '../../shared/account';

interface MarketStart {
  startedAt: string | null;
  country: string;
  /** Listings read in this run before this market's first page. */
  before: number;
}

interface AccountReadStore {
  read: AccountReadState | null;
  market: MarketStart | null;
  /** When an import last changed the account's counts (ISO). */
  importedAt: string | null;
  /** The start of the read the merchant asked to cancel. */
  cancelAskedFor: string | null;
  follow(read: AccountReadState): void;
  imported(): void;
  askedToCancel(read: AccountReadState): void;
  reset(): void;
}

const INITIAL = { read: null, market: null, importedAt: null, cancelAskedFor: null };

export const useAccountReadStore = create<AccountReadStore>((set) => ({
  ...INITIAL,
  follow: (read) =>
    set((state) => ({
      read,
      // Main says a market begins (its first page not asked yet): what was read before it is the other markets'.
      market: read.running && read.country && read.page === 0 ? { startedAt: read.startedAt, country: read.country, before: read.listings } : state.market,
    })),
  imported: () => set({ importedAt: new Date().toISOString() }),
  askedToCancel: (read) => set({ cancelAskedFor: read.startedAt }),
  reset: () => set(INITIAL),
}));

/** Listings read so far in the market being read; null when the renderer did not see that market begin. */
export function listingsOfMarket(market: MarketStart | null, read: AccountReadState): number | null {
  if (!market || !read.running || market.country !== read.country || market.startedAt !== read.startedAt) return null;
  return read.listings - market.before;
}

/** A read that stopped is old news once an import changed the counts after it. */
export const importedSince = (importedAt: string | null, read: AccountReadState): boolean =>
  importedAt !== null && read.finishedAt !== null && importedAt > read.finishedAt;
