// The Listings grid says what Back Market holds, as a French merchant who took their offers over from the account reads
// it: Back Market's price before Price is mapped (and why the sync sends none, with the way to fix it), the price Back
// Market holds beside the change waiting for the next sync, its quantity (or that it is not known) and its grade where
// the catalogue has none yet, a market kept off by choice in the dry run's own words, and a title that is not the
// market's own marked with its language.
import { waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { offerTruth, type OfferFacts } from '../../../shared/offer-status';
import type { ListingRow } from '../../../shared/sync';
import { SUPPORTED_LANGUAGES } from '../../i18n/locales';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { ListingsScreen } from './ListingsScreen';
import { useListingsStore } from './listings-store';
import { fakeListings, listingRow, summaryOf } from './listings-test-data';
import { standingLine } from './offer-truth-text';

/** Published, on sale, as an offer taken over from the account stands. */
const ON_SALE: OfferFacts = { status: 'published', noneSource: null, publicationState: 2, validating: false, backMarketQuantity: 2, sentPrice: true, sentComment: true, sentAt: null, notAnswered: false, changedAt: null };

function setup(rows: ListingRow[]) {
  renderWithApi(<ListingsScreen initialRect={{ width: 1600, height: 600 }} />, createFakeApi({ 'listings:list': fakeListings(rows), 'listings:summary': () => summaryOf(rows) }).api);
}

async function cellOf(sku: string, country: string, column: string): Promise<HTMLElement> {
  const selector = `[role="row"][data-sku="${sku}"][data-country="${country}"] [data-column="${column}"]`;
  await waitFor(() => expect(document.querySelector(selector)).not.toBeNull());
  return document.querySelector(selector) as HTMLElement;
}

const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\u202f|\u00a0/g, ' ');

afterEach(async () => {
  useListingsStore.getState().reset();
  await i18next.changeLanguage('en');
});

describe('the Listings grid in French, offers taken over from the account', () => {
  it('shows the price Back Market holds before Price is mapped, says why the sync sends none, and links to the fix', async () => {
    await i18next.changeLanguage('fr');
    setup([
      listingRow(1, 'fr-fr', { price: null, noPriceCause: 'unmapped', backMarketPrice: 299 }),
      // The merchant's own product, never on Back Market: no price anywhere.
      listingRow(2, 'fr-fr', { status: 'not-sent', publicationState: null, listingId: null, price: null, noPriceCause: 'unmapped', backMarketPrice: null }),
    ]);
    const held = await cellOf('P-0001', 'fr-fr', 'price');
    expect(text(held)).toBe('299,00 €sur Back Market');
    expect(text(held)).not.toContain('Pas de prix');
    const why = held.querySelector('[title]')?.getAttribute('title')?.replace(/\u202f|\u00a0/g, ' ');
    expect(why).toBe('299,00 € sur Back Market\nLe prix n’est pas associé : la synchronisation n’envoie aucun prix ici. Associez Prix (Association, Attributs). Back Market garde le prix qu’il détient.');
    // Said plainly in the row too, under Motif.
    expect((await cellOf('P-0001', 'fr-fr', 'error')).textContent).toContain('Le prix n’est pas associé');

    const none = await cellOf('P-0002', 'fr-fr', 'price');
    const link = none.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Pas de prix');
    // The cause is Price not mapped: the fix is in the mapping, not the price grid.
    expect(link.getAttribute('title')).toBe('Le prix n’est pas associé : la synchronisation n’envoie aucun prix ici. Associez Prix (Association, Attributs).');
    expect(link.getAttribute('href')).toBe('#/mapping-attributes?focus=price');
  });

  it('names Price not mapped as the reason a published offer has no price on Back Market, not "give it a price"', async () => {
    await i18next.changeLanguage('fr');
    const missingPrice = offerTruth({ ...ON_SALE, publicationState: 0, sentPrice: false });
    setup([listingRow(8, 'fr-fr', { publicationState: 0, price: null, noPriceCause: 'unmapped', backMarketPrice: null, truth: missingPrice })]);
    expect((await cellOf('P-0008', 'fr-fr', 'status')).textContent).toBe('Publiépas en vente : prix manquant');
    const why = (await cellOf('P-0008', 'fr-fr', 'error')).textContent;
    expect(why).toBe('Le prix n’est pas associé : la synchronisation n’envoie aucun prix ici. Associez Prix (Association, Attributs).');
    expect(text(await cellOf('P-0008', 'fr-fr', 'price'))).toBe('Pas de prix');
  });

  it('sends a merchant whose price-grid box is empty to the price grid at that product', async () => {
    await i18next.changeLanguage('fr');
    setup([listingRow(3, 'de-de', { status: 'none', noneSource: 'preflight', publicationState: null, listingId: null, price: null, noPriceCause: 'empty' })]);
    const link = (await cellOf('P-0003', 'de-de', 'price')).querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('title')).toBe('La synchronisation n’envoie aucun prix pour ce marché : fixez-en un dans Prix.');
    expect(link.getAttribute('href')).toBe('#/pricing?search=P-0003');
  });

  it('shows what Back Market holds beside the change waiting for the next sync, and marks the row as waiting', async () => {
    await i18next.changeLanguage('fr');
    setup([
      listingRow(1, 'fr-fr', { price: 279, backMarketPrice: 299, quantity: 3, backMarketQuantity: 2, truth: offerTruth({ ...ON_SALE, changeWaiting: true }) }),
      // Nothing waits for Germany: what Back Market holds, no mark.
      listingRow(1, 'de-de', { price: 299, backMarketPrice: 299, quantity: 3, backMarketQuantity: 3 }),
    ]);
    const france = await cellOf('P-0001', 'fr-fr', 'price');
    expect(text(france)).toBe('299,00 € → 279,00 €en attente');
    expect(france.querySelector('[title]')?.getAttribute('title')?.replace(/\u202f|\u00a0/g, ' ')).toBe('299,00 € → 279,00 € en attente\nBack Market détient 299,00 € ; 279,00 € part avec la prochaine synchronisation.');
    expect(text(await cellOf('P-0001', 'fr-fr', 'quantity'))).toBe('2 → 3');
    // The status beside it: Back Market's standing, and the change waiting — the rows the header counts as waiting.
    expect((await cellOf('P-0001', 'fr-fr', 'status')).textContent).toBe('Publiéen vente · modification en attente');

    expect(text(await cellOf('P-0001', 'de-de', 'price'))).toBe('299,00 €');
    expect((await cellOf('P-0001', 'de-de', 'status')).textContent).toBe('Publiéen vente');
  });

  it('keeps Back Market’s price and says the change is held back when the check holds it', async () => {
    await i18next.changeLanguage('fr');
    setup([listingRow(4, 'fr-fr', { price: 279, backMarketPrice: 299, truth: offerTruth({ ...ON_SALE, changeHeld: true, changeWaiting: true }) })]);
    const cell = await cellOf('P-0004', 'fr-fr', 'price');
    expect(text(cell)).toBe('299,00 € → 279,00 €retenu');
    expect((await cellOf('P-0004', 'fr-fr', 'status')).textContent).toBe('Publiéen vente · votre modification retenue');
  });

  it('says a price held for the review is held back, not waiting, for a listing Back Market holds', async () => {
    await i18next.changeLanguage('fr');
    const held = offerTruth({ ...ON_SALE, status: 'none', noneSource: 'preflight', publicationState: null, changeWaiting: true });
    setup([listingRow(5, 'fr-fr', { status: 'none', noneSource: 'preflight', price: 279, backMarketPrice: 299, truth: held })]);
    expect(text(await cellOf('P-0005', 'fr-fr', 'price'))).toBe('299,00 € → 279,00 €retenu');
  });

  it('shows the quantity Back Market holds for an offer held for the review, and says so when it is not known, never the catalogue’s as its', async () => {
    await i18next.changeLanguage('fr');
    const held = offerTruth({ ...ON_SALE, backMarketQuantity: 14, changeHeld: true });
    setup([
      // bm-exist-00012: Back Market holds 14, the catalogue 2, the review holds the change.
      listingRow(12, 'fr-fr', { quantity: 2, backMarketQuantity: 14, truth: held }),
      // On Back Market, but what quantity it holds is not known here.
      listingRow(13, 'fr-fr', { quantity: 2, backMarketQuantity: null }),
      // The merchant's own product, never on Back Market: the quantity the sync sends.
      listingRow(14, 'fr-fr', { status: 'not-sent', publicationState: null, listingId: null, quantity: 4, backMarketQuantity: null }),
    ]);
    const twelve = await cellOf('P-0012', 'fr-fr', 'quantity');
    expect(text(twelve)).toBe('14 → 2');
    expect(twelve.querySelector('[title]')?.getAttribute('title')).toBe('Back Market détient 14 ; votre 2 est retenu : voir Motif.');

    const unknown = await cellOf('P-0013', 'fr-fr', 'quantity');
    expect(text(unknown)).toBe('Inconnuecatalogue : 2');
    expect(unknown.querySelector('[title]')?.getAttribute('title')).toBe('La quantité que détient Back Market n’est pas encore connue ; le catalogue en a 2.');

    expect(text(await cellOf('P-0014', 'fr-fr', 'quantity'))).toBe('4');
  });

  it('shows the grade Back Market holds as Back Market’s where the catalogue’s condition has no grade yet, linked to the condition table', async () => {
    await i18next.changeLanguage('fr');
    setup([
      // bm-exist-00006: Back Market holds STALLONE; the catalogue's « Stallone » is not in the condition table yet.
      listingRow(15, 'de-de', { grade: '', backMarketGrade: 'STALLONE' }),
      listingRow(16, 'de-de', { grade: 'VERY_GOOD', backMarketGrade: 'VERY_GOOD' }),
      // Neither the catalogue nor Back Market has a grade: nothing to show.
      listingRow(17, 'de-de', { status: 'not-sent', publicationState: null, listingId: null, grade: '', backMarketGrade: null }),
    ]);
    const stallone = await cellOf('P-0015', 'de-de', 'grade');
    expect(stallone.textContent).toBe('Stallonesur Back Market');
    const link = stallone.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('title')).toBe(
      'Stallone sur Back Market\nPas encore de grade : l’état du catalogue n’est associé à aucun grade Back Market. Associez-le dans la table des états ; d’ici là, Back Market garde le grade qu’il détient.',
    );
    expect(link.getAttribute('href')).toBe('#/mapping-attributes?focus=section%3Aconditions');
    expect((await cellOf('P-0016', 'de-de', 'grade')).textContent).toBe('Très bon');
    expect((await cellOf('P-0017', 'de-de', 'grade')).textContent).toBe('');
  });

  it('shows the grade and the price a CSV row changed beside what Back Market holds while the review holds them back, in German', async () => {
    await i18next.changeLanguage('de');
    // bm-exist-00001: Back Market holds 871.99 and Excellent; the merchant's CSV row says 820.00 and Stallone, held for the review.
    const held = offerTruth({ ...ON_SALE, backMarketQuantity: 9, changeHeld: true });
    setup([listingRow(18, 'de-de', { price: 820, backMarketPrice: 871.99, grade: 'STALLONE', backMarketGrade: 'EXCELLENT', quantity: 4, backMarketQuantity: 9, truth: held })]);
    expect(text(await cellOf('P-0018', 'de-de', 'price'))).toBe('871,99 € → 820,00 €zurückgehalten');
    const grade = await cellOf('P-0018', 'de-de', 'grade');
    expect(grade.textContent).toBe('Hervorragend → Stallonezurückgehalten');
    expect(grade.querySelector('[title]')?.getAttribute('title')).toBe('Hervorragend → Stallone zurückgehalten\nBack Market hat Hervorragend; Ihr Stallone ist zurückgehalten: siehe Grund.');
    expect(text(await cellOf('P-0018', 'de-de', 'quantity'))).toBe('9 → 4');
  });

  it('marks a title that is the catalogue’s French one on the German row, never passing it off as German', async () => {
    await i18next.changeLanguage('fr');
    setup([listingRow(5, 'de-de', { title: 'iPhone 13 128 Go Noir', titleLanguage: 'fr' }), listingRow(6, 'de-de', { title: 'iPhone 13 128 GB Schwarz' })]);
    const marked = await cellOf('P-0005', 'de-de', 'title');
    expect(marked.querySelector('[data-title-language]')?.getAttribute('title')).toBe('Pas de titre propre à ce marché : c’est celui du catalogue, en français.\niPhone 13 128 Go Noir');
    expect(marked.textContent).toBe('FR iPhone 13 128 Go Noir');
    expect((await cellOf('P-0006', 'de-de', 'title')).textContent).toBe('iPhone 13 128 GB Schwarz');
  });
});

describe('a market kept off by the merchant’s choice', () => {
  const keptOff = offerTruth({ ...ON_SALE, status: 'not-sent', publicationState: null, keptOff: true });

  it('reads in the grid as the dry run says it, in all six languages', async () => {
    expect(SUPPORTED_LANGUAGES).toHaveLength(6);
    for (const language of SUPPORTED_LANGUAGES) {
      await i18next.changeLanguage(language);
      // The dry run's words for the same fact (its "kept off by your choice" line).
      expect(standingLine(i18next.t, keptOff)).toBe(i18next.t('sync.plan.keptOff'));
    }
  });

  it('shows « Hors marché par votre choix » under « Non envoyé » in French, with nothing to do', async () => {
    await i18next.changeLanguage('fr');
    setup([listingRow(7, 'en-gb', { status: 'not-sent', publicationState: null, listingId: null, truth: keptOff })]);
    expect((await cellOf('P-0007', 'en-gb', 'status')).textContent).toBe('Non envoyéHors marché par votre choix');
    expect((await cellOf('P-0007', 'en-gb', 'error')).textContent).toMatch(/^Rien à faire : vous avez choisi « Ne pas publier » pour ce marché/);
  });
});
