// The BackBox: per product, grade and market, the lowest price wins (a tie goes to the offer on sale the longest).
// The merchant's listings compete with each other and with other merchants' offers, set through the control API.
import type { Grade, SandboxCompetitor, SandboxListing, SandboxState } from '../state/types';
import { publicationState } from './listing-view';
import { market as marketOf } from './markets';
import { amountOf, centsOf } from './values';

/** One offer in a BackBox contest: one of the merchant's listings or another merchant's offer. */
interface Contender {
  listingId: string | null;
  cents: number;
  since: string;
}

export interface CompetitorInput {
  product_id: string;
  grade: Grade;
  market: string;
  price: string;
  min_price: string | null;
  merchant: string;
  since: string;
}

export const competitorsOf = (state: SandboxState): SandboxCompetitor[] => (state.competitors ??= []);

export function addCompetitor(state: SandboxState, input: CompetitorInput): SandboxCompetitor {
  const list = competitorsOf(state);
  const competitor: SandboxCompetitor = { id: (list.at(-1)?.id ?? 0) + 1, ...input };
  list.push(competitor);
  return competitor;
}

/** Offers on sale in one market for a product and grade: the merchant's online listings and the others' offers. */
function contenders(state: SandboxState, productId: string, grade: Grade, code: string): Contender[] {
  const own = state.listings
    .filter((listing) => listing.product_id === productId && listing.grade === grade && publicationState(state, listing, code) === 2)
    .map((listing) => ({ listingId: listing.id, cents: centsOf(listing.markets[code]?.price ?? '0'), since: listing.date_creation }));
  const others = competitorsOf(state)
    .filter((offer) => offer.product_id === productId && offer.grade === grade && offer.market === code)
    .map((offer) => ({ listingId: null, cents: centsOf(offer.price), since: offer.since }));
  return [...own, ...others];
}

const beats = (a: Contender, b: Contender): boolean => a.cents < b.cents || (a.cents === b.cents && a.since < b.since);

/** The contract's Competitor for one listing in each market it is on sale in. */
export function competitorView(state: SandboxState, listing: SandboxListing) {
  const answer = [];
  for (const [code, fields] of Object.entries(listing.markets)) {
    if (fields.price === null || publicationState(state, listing, code) !== 2) continue;
    const everyone = contenders(state, listing.product_id, listing.grade, code);
    const winner = everyone.reduce<Contender | undefined>((best, offer) => (best === undefined || beats(offer, best) ? offer : best), undefined);
    const self = everyone.find((offer) => offer.listingId === listing.id);
    if (!winner || !self) continue;
    const rivals = everyone.filter((offer) => offer !== self);
    const best = rivals.reduce<Contender | undefined>((found, offer) => (found === undefined || beats(offer, found) ? offer : found), undefined);
    // To win: the best rival's price where a tie would go to this listing, one cent less otherwise (never below a cent).
    const toWin = best === undefined ? self.cents : Math.max(1, self.since < best.since ? best.cents : best.cents - 1);
    const currency = fields.currency;
    const money = (cents: number) => ({ amount: amountOf(cents), currency });
    answer.push({
      listing_id: listing.id,
      product_id: listing.product_id,
      price: money(self.cents),
      min_price: fields.min_price === null ? null : { amount: fields.min_price, currency },
      price_to_win: money(winner === self ? self.cents : toWin),
      winner_price: money(winner.cents),
      is_winning: winner === self,
      market: marketOf(code).country,
    });
  }
  return answer;
}
