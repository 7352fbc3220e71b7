import { screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { offerTruth, type OfferFacts } from '../../../shared/offer-status';
import { UI_LANGUAGES } from '../../../shared/contract/preferences-calls';
import { createFakeApi } from '../../test/fake-api';
import { productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { listingRow } from '../listings/listings-test-data';
import { OfferStandings } from './OfferStandings';

const FACTS: OfferFacts = {
  status: 'pending',
  noneSource: null,
  publicationState: null,
  validating: false,
  backMarketQuantity: null,
  sentPrice: null,
  sentComment: null,
  sentAt: null,
  notAnswered: false,
  changedAt: null,
};

/** The drawer's "On Back Market" for product 5: waiting in France, sent in Germany, published in Spain. */
function renderStandings() {
  const product = productRow(5);
  const rows = [
    listingRow(5, 'fr-fr', { status: 'pending', truth: offerTruth({ ...FACTS, changedAt: '2026-11-27T20:00:00.000Z' }) }),
    listingRow(5, 'de-de', { status: 'pending', truth: offerTruth({ ...FACTS, sentAt: '2026-11-27T20:05:00.000Z' }) }),
    listingRow(5, 'es-es', { quantity: 3 }),
  ];
  const fake = createFakeApi({ 'listings:list': () => ({ rows, total: rows.length }) });
  renderWithApi(<OfferStandings product={{ ...product, pending: true }} />, fake.api);
}

const lineOf = (country: string) => document.querySelector(`[data-testid="offer-standings"] li[data-country="${country}"]`)?.textContent ?? '';

/** How often a word stands in a text, whole words only and whatever its case. */
const timesIn = (text: string, word: string) => text.toLowerCase().split(word.toLowerCase()).length - 1;

describe("the product drawer's On Back Market", () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('says Pending once, then why and since when', async () => {
    renderStandings();
    await screen.findByTestId('offer-standings');
    await waitFor(() => expect(lineOf('fr-fr')).not.toBe(''));
    expect(lineOf('fr-fr')).toMatch(/^France · Pending waits for the next sync \(since .+\)$/);
    expect(lineOf('de-de')).toMatch(/^Germany · Pending sent, no answer yet \(since .+\)$/);
    expect(lineOf('es-es')).toBe('Spain · Published on sale');
  });

  it.each(UI_LANGUAGES)('in %s, the pending word is not repeated beside its badge', async (language) => {
    await i18next.changeLanguage(language);
    renderStandings();
    await screen.findByTestId('offer-standings');
    const pendingWord = i18next.t('truth.word.pending');
    const pendingStanding = i18next.t('truth.standing.pending');
    for (const country of ['fr-fr', 'de-de']) {
      await waitFor(() => expect(lineOf(country)).not.toBe(''));
      const line = lineOf(country);
      expect(line).toContain(pendingWord);
      // The word and the standing are the same in every language: either counts as a repetition.
      expect(timesIn(line, pendingStanding), `${language} ${country}: "${line}"`).toBe(1);
    }
    expect(lineOf('fr-fr')).toContain(i18next.t('truth.reason.waiting'));
    expect(lineOf('de-de')).toContain(i18next.t('truth.reason.sent'));
  });
});
