// The truth about one offer in one country: the one status model every place the merchant reads a state uses (the
// Listings grid, the product drawer, Home, the header, notifications, the headless sync's summary and exit code).
// Published and None stay the top-level words (the channel guide's); the standing beside them is always shown.
// Facts come from what the sync recorded and from what Back Market's listings API showed — never from a screen.
import type { NoneSource, OfferStatus, PublicationState } from './sync';

/**
 * Where an offer stands in a country:
 * - on-sale: Published · on sale — accepted, publication_state 2, quantity above 0: a customer can buy it;
 * - not-on-sale: Published · not on sale, with the reason (missing price or comment, validating, offline, deactivated);
 * - unconfirmed: Published, but Back Market's listings have not been read since it was accepted: not known yet;
 * - pending: sent with no answer yet, not sent because Back Market did not answer, or a change waits for the next sync;
 * - held-back: None · held back — the pre-flight check found a problem, nothing was sent, Back Market holds no listing of it;
 * - refused: None · refused — Back Market refused the line (its message and the CSV line);
 * - not-sent: never synced, nothing waiting.
 */
export type OfferStanding = 'on-sale' | 'not-on-sale' | 'unconfirmed' | 'pending' | 'held-back' | 'refused' | 'not-sent';
export const OFFER_STANDINGS: readonly OfferStanding[] = ['on-sale', 'not-on-sale', 'unconfirmed', 'pending', 'held-back', 'refused', 'not-sent'];

/** Why a published offer cannot be bought, each with a fix the merchant can make. */
export type NotOnSaleReason =
  | 'missing-comment'
  | 'missing-price'
  | 'missing-price-and-comment'
  /** publication_state 0 with values we cannot tell apart (read back before anything was accepted). */
  | 'missing-price-or-comment'
  | 'validating'
  /** Quantity 0 on Back Market: offline until stock comes back. */
  | 'no-stock'
  /** publication_state 3 with stock: taken offline on Back Market. */
  | 'offline'
  | 'deactivated';
export const NOT_ON_SALE_REASONS: readonly NotOnSaleReason[] = [
  'missing-comment',
  'missing-price',
  'missing-price-and-comment',
  'missing-price-or-comment',
  'validating',
  'no-stock',
  'offline',
  'deactivated',
];

/**
 * Why an offer is pending:
 * - waiting: a change waits in the outbox for the next sync;
 * - sent: a catalog task carrying it was sent and Back Market has not answered yet;
 * - no-answer: not sent because Back Market did not answer; it goes with the next sync.
 */
export type PendingReason = 'waiting' | 'sent' | 'no-answer';
export const PENDING_REASONS: readonly PendingReason[] = ['waiting', 'sent', 'no-answer'];

/** Why an offer is not sent: kept-off — the merchant chose not to publish this imported product in this market (the review's "Keep off"). */
export type NotSentReason = 'kept-off';

export type OfferReason = NotOnSaleReason | PendingReason | NotSentReason;

/** What is known about an offer in a country, as the sync recorded it. */
export interface OfferFacts {
  /** The status stored by the sync (or pending / not sent when nothing is stored). */
  status: OfferStatus;
  noneSource: NoneSource | null;
  /** Back Market's publication_state as last read from its listings; null when never read. */
  publicationState: PublicationState | null;
  /** Back Market is validating new product content this offer created. */
  validating: boolean;
  /** The quantity Back Market holds (accepted, or lowered by a sale), null when not known. */
  backMarketQuantity: number | null;
  /** Whether the line Back Market accepted carried a price / a comment; null when nothing was accepted yet. */
  sentPrice: boolean | null;
  sentComment: boolean | null;
  /** When a catalog task carrying it was sent and is still unanswered (ISO), null otherwise. */
  sentAt: string | null;
  /** The call carrying it got no answer from Back Market: not sent, it goes with the next sync. */
  notAnswered: boolean;
  /** When the oldest change waiting in the outbox was made (ISO), null when nothing waits. */
  changedAt: string | null;
  /**
   * Published, and the merchant's change is held back by the pre-flight check or the account's review (listing_states
   * .change_held): Back Market keeps what it holds, so the standing stays Back Market's. Left out: false.
   */
  changeHeld?: boolean;
  /**
   * A change of the catalogue's waits in the outbox for the next sync of this offer, which Back Market holds or refused
   * (published or None, no task carrying it): the offers the header, Home and the grid's "Pending" filter count as
   * waiting. Left out: false.
   */
  changeWaiting?: boolean;
  /** Not sent because the merchant chose "Keep off" for this market in the review. Left out: false. */
  keptOff?: boolean;
}

export interface OfferTruth {
  /** The guide's word: Published, None, Pending or Not sent. */
  word: OfferStatus;
  standing: OfferStanding;
  /** The reason for not on sale or pending; null otherwise. */
  reason: OfferReason | null;
  /** Since when it is pending (ISO), null when not known or not pending. */
  since: string | null;
  /** A customer can buy it: the number "on sale" counts these. */
  buyable: boolean;
  /** On sale, or offline because its stock is 0: nothing for the merchant to do (the headless sync exits 0). */
  settled: boolean;
  /** Published as Back Market holds it, but the merchant's change is held back (the reasons say why and what to do). */
  changeHeld: boolean;
  /** Published or None as Back Market holds it (or refused it), with a change of the catalogue's waiting for the next sync. */
  changeWaiting: boolean;
}

function missingReason(facts: OfferFacts): NotOnSaleReason {
  const noPrice = facts.sentPrice === false;
  const noComment = facts.sentComment === false;
  if (noPrice && noComment) return 'missing-price-and-comment';
  if (noComment) return 'missing-comment';
  if (noPrice) return 'missing-price';
  return 'missing-price-or-comment';
}

/** Why a published offer is not on sale, or null when a customer can buy it (or it was never read back). */
function notOnSaleReason(facts: OfferFacts): NotOnSaleReason | null {
  switch (facts.publicationState) {
    case 4:
      return 'deactivated';
    case 0:
      return missingReason(facts);
    case 1:
      return 'validating';
    case 3:
      return facts.backMarketQuantity !== null && facts.backMarketQuantity > 0 ? 'offline' : 'no-stock';
    case 2:
      return facts.backMarketQuantity !== null && facts.backMarketQuantity <= 0 ? 'no-stock' : null;
    default:
      return facts.validating ? 'validating' : null;
  }
}

const truth = (word: OfferStatus, standing: OfferStanding, reason: OfferReason | null = null, since: string | null = null): OfferTruth => ({
  word,
  standing,
  reason,
  since,
  buyable: standing === 'on-sale',
  settled: standing === 'on-sale' || reason === 'no-stock',
  changeHeld: false,
  changeWaiting: false,
});

/** Back Market's standing stays; a change waiting beside it is said (one held back is said by changeHeld and its reasons). */
const withWaiting = (standing: OfferTruth, facts: OfferFacts): OfferTruth => (facts.changeWaiting && !standing.changeHeld ? { ...standing, changeWaiting: true } : standing);

/** The offer's standing from its facts: the only place a state the merchant reads is derived. */
export function offerTruth(facts: OfferFacts): OfferTruth {
  switch (facts.status) {
    case 'none':
      return withWaiting(truth('none', facts.noneSource === 'preflight' ? 'held-back' : 'refused'), facts);
    case 'published': {
      const reason = notOnSaleReason(facts);
      const standing = reason ? truth('published', 'not-on-sale', reason) : facts.publicationState === null ? truth('published', 'unconfirmed') : truth('published', 'on-sale');
      return withWaiting(facts.changeHeld ? { ...standing, settled: false, changeHeld: true } : standing, facts);
    }
    case 'pending':
      if (facts.notAnswered) return truth('pending', 'pending', 'no-answer', facts.changedAt);
      if (facts.sentAt) return truth('pending', 'pending', 'sent', facts.sentAt);
      return truth('pending', 'pending', 'waiting', facts.changedAt);
    default:
      return facts.keptOff ? truth('not-sent', 'not-sent', 'kept-off') : truth('not-sent', 'not-sent');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Counts per country

/** One country's offers by standing, and the published ones not on sale by reason. */
export interface StandingCounts {
  country: string;
  /** Offers a customer can buy in this country. */
  onSale: number;
  notOnSale: number;
  unconfirmed: number;
  pending: number;
  heldBack: number;
  refused: number;
  notSent: number;
  notOnSaleBy: Partial<Record<NotOnSaleReason, number>>;
  /**
   * Published offers (counted in onSale, notOnSale or unconfirmed) whose change is held back: with heldBack, the offers
   * the header counts as held back and the Listings grid's "held back" filter shows.
   */
  changeHeld: number;
}

export const STANDING_COUNT_KEY: Record<OfferStanding, keyof Omit<StandingCounts, 'country' | 'notOnSaleBy'>> = {
  'on-sale': 'onSale',
  'not-on-sale': 'notOnSale',
  unconfirmed: 'unconfirmed',
  pending: 'pending',
  'held-back': 'heldBack',
  refused: 'refused',
  'not-sent': 'notSent',
};

/** Every offer on sale or offline for lack of stock (deliberately offline): nothing for the merchant to do there. */
export function everyOfferSettled(counts: readonly StandingCounts[]): boolean {
  return counts.every((entry) => entry.notOnSale === (entry.notOnSaleBy['no-stock'] ?? 0) && entry.unconfirmed + entry.pending + entry.heldBack + entry.changeHeld + entry.refused + entry.notSent === 0);
}

export const emptyStandingCounts = (country: string): StandingCounts => ({ country, onSale: 0, notOnSale: 0, unconfirmed: 0, pending: 0, heldBack: 0, refused: 0, notSent: 0, notOnSaleBy: {}, changeHeld: 0 });

/** The offers held back in a country: None · held back, and published ones whose change is held back. */
export const heldBackIn = (entry: StandingCounts): number => entry.heldBack + entry.changeHeld;

// ---------------------------------------------------------------------------------------------------------------
// What the header, the sync's outcome line and the headless summary say

/** What differs between the app and Back Market, all countries together. */
export interface SyncTruth {
  /** Offers a change in the outbox waits for, each in the markets the change concerns (the Listings grid's Pending filter). */
  pendingChanges: number;
  /**
   * Offers held back by the pre-flight check or the account's review (None · held back, or published with the change held
   * back: the dry run's "held back"), refused by Back Market.
   */
  heldBack: number;
  refused: number;
  /** SKU lines waiting for the hourly budget, and when the first of them fits again (ISO), from the last run. */
  deferred: number;
  deferredUntil: string | null;
  /** Offers sent and not answered yet, or not sent because Back Market did not answer. */
  unanswered: number;
}

/** Nothing differs (no catalogue open yet, or everything synced). */
export const NOTHING_DIFFERS: SyncTruth = { pendingChanges: 0, heldBack: 0, refused: 0, deferred: 0, deferredUntil: null, unanswered: 0 };

/** One part of "n not synced: …", with the Listings filter it links to. */
export interface SyncTruthPart {
  kind: 'pending' | 'held-back' | 'refused' | 'deferred' | 'unanswered';
  count: number;
  /** The Listings grid's filter showing those offers. */
  filter: { standing?: OfferStanding; status?: OfferStatus };
}

/** "All changes synced" holds only when this is empty. */
export function syncTruthParts(state: SyncTruth): SyncTruthPart[] {
  const parts: SyncTruthPart[] = [
    { kind: 'pending', count: state.pendingChanges, filter: { status: 'pending' } },
    { kind: 'held-back', count: state.heldBack, filter: { standing: 'held-back' } },
    { kind: 'refused', count: state.refused, filter: { standing: 'refused' } },
    { kind: 'deferred', count: state.deferred, filter: { status: 'pending' } },
    { kind: 'unanswered', count: state.unanswered, filter: { standing: 'pending' } },
  ];
  return parts.filter((part) => part.count > 0);
}

/**
 * Offers not synced: held back, refused, or without an answer from Back Market ("16 not synced: 14 held back, 2 refused").
 * Offers a change waits for (the outbox) and lines waiting for the budget (SKU lines) are told apart, not added in.
 */
export const notSyncedCount = (state: SyncTruth): number => state.heldBack + state.refused + state.unanswered;

/** Whether the header may say "All changes synced". */
export const allSynced = (state: SyncTruth): boolean => syncTruthParts(state).length === 0;
