// The BackBox: per product, grade and market, the lowest price wins (a tie goes to the offer on sale the longest).
// The merchant's listings compete with each other and with other merchants' offers, set through the control API.
// Back Market's repricer (the BackPricer) works for every offer with a min_price: it may sell below its price, down to
// its min_price, to win. So the offer with the lowest floor (min_price, else price) wins, and sells at the price that
// just beats the best other floor (never above its own price); to win, an offer must beat the others' floors.
import type { Grade, SandboxCompetitor, SandboxListing, SandboxState } from '../state/types';
import { publicationState } from './listing-view';
import { market as marketOf } from './markets';
import { amountOf, centsOf } from './values';

/** One offer in a BackBox contest: one of the merchant's listings or another merchant's offer. */
interface Contender {
  listingId: string | null;
  cents: number;
  /** The lowest its repricer may go: its min_price (never above its price), else its price. */
  floor: number;
  since: string;
}

const floorOf = (cents: number, minPrice: string | null | undefined): number => (minPrice === null || minPrice === undefined ? cents : Math.min(cents, centsOf(minPrice)));

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
    .map((listing) => {
      const cents = centsOf(listing.markets[code]?.price ?? '0');
      return { listingId: listing.id, cents, floor: floorOf(cents, listing.markets[code]?.min_price), since: listing.date_creation };
    });
  const others = competitorsOf(state)
    .filter((offer) => offer.product_id === productId && offer.grade === grade && offer.market === code)
    .map((offer) => ({ listingId: null, cents: centsOf(offer.price), floor: floorOf(centsOf(offer.price), offer.min_price), since: offer.since }));
  return [...own, ...others];
}

/** At their floors (each repricer going as low as it may), whether `a` takes the BackBox from `b`. */
const beats = (a: Contender, b: Contender): boolean => a.floor < b.floor || (a.floor === b.floor && a.since < b.since);

/** The price `offer` must sell at to beat `rival` at its floor: the rival's floor where a tie goes to `offer`, a cent less otherwise. */
const priceBeating = (offer: Contender, rival: Contender): number => Math.max(1, offer.since < rival.since ? rival.floor : rival.floor - 1);

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
    // To win: beat the best rival at its floor (its repricer follows down to it), never below a cent.
    const toWin = best === undefined ? self.cents : priceBeating(self, best);
    // The winner sells at its price, or lower (never below its floor) where its repricer needs to beat the runner-up.
    const runnerUp = everyone.filter((offer) => offer !== winner).reduce<Contender | undefined>((found, offer) => (found === undefined || beats(offer, found) ? offer : found), undefined);
    const winnerSells = runnerUp === undefined ? winner.cents : Math.max(winner.floor, Math.min(winner.cents, priceBeating(winner, runnerUp)));
    const currency = fields.currency;
    const money = (cents: number) => ({ amount: amountOf(cents), currency });
    answer.push({
      listing_id: listing.id,
      product_id: listing.product_id,
      price: money(self.cents),
      min_price: fields.min_price === null ? null : { amount: fields.min_price, currency },
      price_to_win: money(winner === self ? self.cents : toWin),
      winner_price: money(winnerSells),
      is_winning: winner === self,
      market: marketOf(code).country,
    });
  }
  return answer;
}
