// The status model over every publication_state and every outcome a sync records: what the merchant reads for an offer
// in a country, and what "all changes synced" may claim.
import { describe, expect, it } from 'vitest';
import { allSynced, emptyStandingCounts, everyOfferSettled, notSyncedCount, offerTruth, syncTruthParts, type OfferFacts } from './offer-status';

const accepted: OfferFacts = {
  status: 'published',
  noneSource: null,
  publicationState: 2,
  validating: false,
  backMarketQuantity: 3,
  sentPrice: true,
  sentComment: true,
  sentAt: null,
  notAnswered: false,
  changedAt: null,
};

const brief = (facts: Partial<OfferFacts>) => {
  const result = offerTruth({ ...accepted, ...facts });
  return [result.word, result.standing, result.reason, result.buyable, result.settled];
};

describe('a published offer, by publication_state', () => {
  it('2 with stock: on sale, the only state a customer can buy', () => {
    expect(brief({})).toEqual(['published', 'on-sale', null, true, true]);
    expect(brief({ backMarketQuantity: null })).toEqual(['published', 'on-sale', null, true, true]);
  });

  it('2 with quantity 0 on Back Market: not on sale, offline for lack of stock (deliberate, settled)', () => {
    expect(brief({ backMarketQuantity: 0 })).toEqual(['published', 'not-on-sale', 'no-stock', false, true]);
  });

  it('0: missing price or comment, saying which when the accepted line tells', () => {
    expect(brief({ publicationState: 0, sentComment: false })).toEqual(['published', 'not-on-sale', 'missing-comment', false, false]);
    expect(brief({ publicationState: 0, sentPrice: false })).toEqual(['published', 'not-on-sale', 'missing-price', false, false]);
    expect(brief({ publicationState: 0, sentPrice: false, sentComment: false })).toEqual(['published', 'not-on-sale', 'missing-price-and-comment', false, false]);
    expect(brief({ publicationState: 0, sentPrice: null, sentComment: null })).toEqual(['published', 'not-on-sale', 'missing-price-or-comment', false, false]);
    // Back Market's word wins over ours: a comment was sent, yet it says something is missing.
    expect(brief({ publicationState: 0 })).toEqual(['published', 'not-on-sale', 'missing-price-or-comment', false, false]);
  });

  it('1: Back Market is validating a new product', () => {
    expect(brief({ publicationState: 1, validating: true })).toEqual(['published', 'not-on-sale', 'validating', false, false]);
    expect(brief({ publicationState: 1 })).toEqual(['published', 'not-on-sale', 'validating', false, false]);
  });

  it('3: offline — for lack of stock (settled) or taken offline with stock', () => {
    expect(brief({ publicationState: 3, backMarketQuantity: 0 })).toEqual(['published', 'not-on-sale', 'no-stock', false, true]);
    expect(brief({ publicationState: 3, backMarketQuantity: null })).toEqual(['published', 'not-on-sale', 'no-stock', false, true]);
    expect(brief({ publicationState: 3, backMarketQuantity: 2 })).toEqual(['published', 'not-on-sale', 'offline', false, false]);
  });

  it('4: deactivated', () => {
    expect(brief({ publicationState: 4 })).toEqual(['published', 'not-on-sale', 'deactivated', false, false]);
  });

  it('never read back: published but not known to be on sale; validating when the task said so', () => {
    expect(brief({ publicationState: null })).toEqual(['published', 'unconfirmed', null, false, false]);
    expect(brief({ publicationState: null, validating: true })).toEqual(['published', 'not-on-sale', 'validating', false, false]);
  });
});

describe('offers that are not published', () => {
  it('None from the pre-flight check is held back; from Back Market, refused', () => {
    expect(brief({ status: 'none', noneSource: 'preflight', publicationState: null })).toEqual(['none', 'held-back', null, false, false]);
    expect(brief({ status: 'none', noneSource: 'backmarket', publicationState: null })).toEqual(['none', 'refused', null, false, false]);
    // A refused update of a listing that is online still reads None · refused: the merchant has something to fix.
    expect(brief({ status: 'none', noneSource: 'backmarket' })).toEqual(['none', 'refused', null, false, false]);
  });

  it('pending: sent without an answer (since the task left), not answered, or waiting for the next sync', () => {
    const sent = offerTruth({ ...accepted, status: 'pending', sentAt: '2026-12-06T10:00:00.000Z', changedAt: '2026-12-06T09:00:00.000Z' });
    expect([sent.standing, sent.reason, sent.since, sent.settled]).toEqual(['pending', 'sent', '2026-12-06T10:00:00.000Z', false]);
    const silent = offerTruth({ ...accepted, status: 'pending', notAnswered: true, sentAt: '2026-12-06T10:00:00.000Z', changedAt: '2026-12-06T09:00:00.000Z' });
    expect([silent.standing, silent.reason, silent.since]).toEqual(['pending', 'no-answer', '2026-12-06T09:00:00.000Z']);
    const waiting = offerTruth({ ...accepted, status: 'pending', changedAt: '2026-12-06T09:00:00.000Z' });
    expect([waiting.word, waiting.reason, waiting.since, waiting.buyable]).toEqual(['pending', 'waiting', '2026-12-06T09:00:00.000Z', false]);
  });

  it('not sent: never synced', () => {
    expect(brief({ status: 'not-sent', publicationState: null, sentPrice: null, sentComment: null })).toEqual(['not-sent', 'not-sent', null, false, false]);
  });
});

describe('what the header may say', () => {
  const nothing = { pendingChanges: 0, heldBack: 0, refused: 0, deferred: 0, deferredUntil: null, unanswered: 0 };

  it('"All changes synced" only when nothing waits, is held back, refused, deferred or unanswered', () => {
    expect(syncTruthParts(nothing)).toEqual([]);
    expect(notSyncedCount(nothing)).toBe(0);
    expect(allSynced(nothing)).toBe(true);
    for (const kind of ['pendingChanges', 'heldBack', 'refused', 'deferred', 'unanswered'] as const) expect(allSynced({ ...nothing, [kind]: 1 }), kind).toBe(false);
  });

  it('each part that differs, with the Listings filter it links to', () => {
    const state = { ...nothing, heldBack: 14, refused: 2, deferred: 120, deferredUntil: '2026-12-06T14:00:00.000Z' };
    expect(syncTruthParts(state)).toEqual([
      { kind: 'held-back', count: 14, filter: { standing: 'held-back' } },
      { kind: 'refused', count: 2, filter: { standing: 'refused' } },
      { kind: 'deferred', count: 120, filter: { status: 'pending' } },
    ]);
    expect(notSyncedCount(state)).toBe(16);
    expect(syncTruthParts({ ...nothing, pendingChanges: 1 })).toEqual([{ kind: 'pending', count: 1, filter: { status: 'pending' } }]);
  });
});

describe('when every offer is settled (the headless sync exits 0)', () => {
  it('on sale or offline for lack of stock everywhere, and nothing else', () => {
    const france = { ...emptyStandingCounts('fr-fr'), onSale: 10, notOnSale: 2, notOnSaleBy: { 'no-stock': 2 } };
    expect(everyOfferSettled([france, { ...emptyStandingCounts('de-de'), onSale: 12 }])).toBe(true);
    expect(everyOfferSettled([{ ...france, notOnSale: 3, notOnSaleBy: { 'no-stock': 2, 'missing-comment': 1 } }])).toBe(false);
    for (const key of ['unconfirmed', 'pending', 'heldBack', 'refused', 'notSent'] as const) expect(everyOfferSettled([{ ...france, [key]: 1 }]), key).toBe(false);
  });
});

describe('a published offer whose change is held back', () => {
  it('stands as Back Market holds it (on sale, buyable, or not on sale with its reason), with its change held, never settled', () => {
    expect(offerTruth({ ...accepted, changeHeld: true })).toMatchObject({ word: 'published', standing: 'on-sale', buyable: true, settled: false, changeHeld: true });
    expect(offerTruth({ ...accepted, publicationState: 3, changeHeld: true })).toMatchObject({ standing: 'not-on-sale', reason: 'offline', changeHeld: true });
    // A held offer Back Market does not hold stays None · held back.
    expect(offerTruth({ ...accepted, status: 'none', noneSource: 'preflight', changeHeld: false })).toMatchObject({ word: 'none', standing: 'held-back', changeHeld: false });
    const france = { ...emptyStandingCounts('fr-fr'), onSale: 4, changeHeld: 1 };
    expect(everyOfferSettled([france])).toBe(false);
    expect(everyOfferSettled([{ ...france, changeHeld: 0 }])).toBe(true);
  });
});

describe('an offer with a change waiting for the next sync', () => {
  it('keeps the standing Back Market holds and says the change waits, published or None, never for a pending one (its word says it)', () => {
    expect(offerTruth({ ...accepted, changeWaiting: true })).toMatchObject({ word: 'published', standing: 'on-sale', buyable: true, changeWaiting: true, changeHeld: false });
    expect(offerTruth({ ...accepted, status: 'none', noneSource: 'backmarket', changeWaiting: true })).toMatchObject({ standing: 'refused', changeWaiting: true });
    expect(offerTruth({ ...accepted, status: 'pending', changeWaiting: true })).toMatchObject({ standing: 'pending', reason: 'waiting', changeWaiting: false });
    // Held back: the reasons say what to fix before it goes; it is not said to wait as well.
    expect(offerTruth({ ...accepted, changeHeld: true, changeWaiting: true })).toMatchObject({ changeHeld: true, changeWaiting: false });
    expect(offerTruth(accepted).changeWaiting).toBe(false);
  });
});

describe('a market the merchant kept an imported product off', () => {
  it('is not sent, for the merchant’s choice', () => {
    expect(brief({ status: 'not-sent', publicationState: null, keptOff: true })).toEqual(['not-sent', 'not-sent', 'kept-off', false, false]);
    expect(brief({ status: 'not-sent', publicationState: null })).toEqual(['not-sent', 'not-sent', null, false, false]);
  });
});
