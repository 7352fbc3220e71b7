// The review says what will really happen, as a merchant reads it: quantity and grade (one value per listing) are one
// row naming the markets, and the title counts the rows listed; a choice "Keep mine" / "Publish" the sync cannot send
// yet says why and links to where it is fixed, before and after the click; a comment not mapped says so rather than
// "(none)"; a condition the conditions table gives no grade is not shown as if it were Back Market's grade.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewDecisionReport, ReviewNeed, ReviewRow } from '../../../../shared/account';
import { NOTHING_DIFFERS } from '../../../../shared/offer-status';
import type { SyncReport } from '../../../../shared/sync';
import i18next from '../../../i18n';
import { useCatalogueStore } from '../../../store/catalogue-store';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { AccountReview } from './AccountReview';

afterEach(async () => {
  useCatalogueStore.getState().setOpenProduct(null);
  await i18next.changeLanguage('en');
});

const NO_PRICE_FR: ReviewNeed = { kind: 'problem', said: { code: 'problem.noPrice', params: { country: 'fr-fr' } }, fix: { kind: 'product-field', field: 'price:fr-fr' } };
const row = (overrides: Partial<ReviewRow> & Pick<ReviewRow, 'country' | 'field'>): ReviewRow => ({
  productNumber: 'IP11-64GB-BLAC',
  productId: 11,
  backmarket: '',
  mine: '',
  decision: null,
  needs: [],
  ...overrides,
});

function review(rows: ReviewRow[], decided: ReviewDecisionReport = { decided: 1, released: 0, keptOnly: [] }) {
  return createFakeApi({ 'account:review': () => ({ total: rows.length, rows }), 'account:decide': () => decided });
}

describe('the review of an existing account', () => {
  it('lists quantity once for all its markets, counts in its title the rows it lists, and decides them with one click', async () => {
    const fake = review([
      row({ country: 'de-de', field: 'quantity', backmarket: '8', mine: '6' }),
      row({ country: 'fr-be', field: 'quantity', backmarket: '8', mine: '6' }),
      row({ country: 'fr-fr', field: 'price', backmarket: '289.00', mine: '279.00' }),
      row({ country: 'fr-fr', field: 'quantity', backmarket: '8', mine: '6' }),
    ]);
    // Main counts the quantity once per product: 2 choices for 3 offers.
    renderWithApi(<AccountReview offers={3} fields={2} />, fake.api);
    const table = await screen.findByRole('table', { name: 'Values that differ' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(screen.getByRole('heading').textContent).toBe('Review before the first sync — choices to make: 2, offers held: 3');
    const quantity = within(table).getByRole('row', { name: /Quantity/ });
    expect(within(quantity).getAllByRole('cell')[1]?.textContent).toBe('Germany, Belgium, France');
    expect(quantity.textContent).toContain('8');
    await userEvent.click(within(quantity).getByRole('button', { name: 'Keep mine' }));
    expect(fake.calls.filter((call) => call.name === 'account:decide').map((call) => call.input)).toEqual([
      { scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP11-64GB-BLAC', country: 'de-de', field: 'quantity' }] },
    ]);
  });

  it('no longer says "before the first sync" once a sync ran: the offers it asks about are those never sent', async () => {
    const ran: SyncReport = { runId: 4, outcome: 'finished', startedAt: '2026-12-06T13:17:00.000Z', finishedAt: '2026-12-06T13:17:30.000Z', notSent: 0, waiting: 0, published: 3, rejected: 0, blocked: 0, deferred: 0, requests: 4, ordersImported: 0, message: '' };
    const fake = createFakeApi({
      'account:review': () => ({ total: 1, rows: [row({ country: 'fr-fr', field: 'price', backmarket: '289.00', mine: '269.00' })] }),
      'sync:state': () => ({ running: null, lastRun: ran, pendingChanges: 1, openTasks: 0, truth: { ...NOTHING_DIFFERS, pendingChanges: 1 } }),
    });
    await i18next.changeLanguage('fr');
    renderWithApi(<AccountReview offers={1} fields={1} />, fake.api);
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('Revue avant le premier envoi de ces offres — choix à faire : 1, offres retenues : 1'));
    expect(screen.getByRole('heading').textContent).not.toMatch(/première synchronisation/);
  });

  it('says under "Keep mine" that a price without a price for that market is held, with a link to that price', async () => {
    const fake = review([row({ country: 'fr-fr', field: 'price', backmarket: '289.00', mine: '279.00', needs: [NO_PRICE_FR] })]);
    renderWithApi(<AccountReview offers={1} fields={1} />, fake.api);
    const price = await screen.findByRole('row', { name: /Price/ });
    // Said in a row of its own, right under the price's.
    const needs = screen.getByTestId('review-needs');
    expect(price.nextElementSibling?.contains(needs)).toBe(true);
    expect(needs.textContent).toContain('“Keep mine” cannot be sent yet: the offer stays held back until this is fixed:');
    expect(needs.textContent).toContain('This product has no price for France.');
    expect(within(needs).getByRole('link', { name: 'Go to the price for France' }).getAttribute('href')).toBe('#/pricing?search=IP11-64GB-BLAC');
  });

  it('says a comment is not mapped yet rather than "(none)", with the link to map it; a condition without a grade is said so', async () => {
    const fake = review([
      row({ country: 'fr-fr', field: 'comment', backmarket: 'Très bon état', mine: '', needs: [{ kind: 'not-mapped', field: 'comment' }] }),
      row({ country: 'fr-fr', field: 'grade', backmarket: 'VERY_GOOD', mine: 'Très bon' }),
      // A warranty Back Market requires and the mapping does not read: the offer is held until it is mapped.
      row({
        country: 'fr-fr',
        field: 'warranty_delay',
        backmarket: '12',
        mine: '',
        needs: [{ kind: 'problem', said: { code: 'problem.fieldNotMapped', params: { field: 'warranty_delay', country: 'fr-fr' } }, fix: { kind: 'mapping', section: 'attributes', key: 'warranty_delay' } }],
      }),
    ]);
    renderWithApi(<AccountReview offers={1} fields={3} />, fake.api);
    const comment = await screen.findByRole('row', { name: /^IP11-64GB-BLAC France Comment/ });
    expect(within(comment).getAllByRole('cell')[4]?.textContent).toBe('Not mapped yet');
    const needs = within(comment.nextElementSibling as HTMLElement).getByTestId('review-needs');
    expect(needs.textContent).toContain('Comment is not mapped: nothing is sent for it, and Back Market keeps its own value.');
    expect(within(needs).getByRole('link', { name: 'Open attribute mapping' }).getAttribute('href')).toBe('#/mapping-attributes?focus=comment');
    const grade = screen.getByRole('row', { name: /^IP11-64GB-BLAC France Grade/ });
    expect(within(grade).getAllByRole('cell')[3]?.textContent).toBe('Very good');
    expect(within(grade).getAllByRole('cell')[4]?.textContent).toBe('“Très bon”: no grade in the conditions table');
    const warranty = screen.getByRole('row', { name: /^IP11-64GB-BLAC France Warranty/ });
    expect(within(warranty).getAllByRole('cell')[4]?.textContent).toBe('Not mapped yet');
    expect(warranty.nextElementSibling?.textContent).toContain('“Keep mine” cannot be sent yet');
  });

  it('says once, above the rows, what every row needs (Price not mapped), in French, and under a row only what is its own', async () => {
    await i18next.changeLanguage('fr');
    const priceNotMapped: ReviewNeed = { kind: 'problem', said: { code: 'problem.fieldNotMapped', params: { field: 'price', country: '' } }, fix: { kind: 'mapping', section: 'attributes', key: 'price' } };
    const rows = [
      row({ productNumber: 'IP13-1', productId: 1, country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '459.00', needs: [priceNotMapped] }),
      row({ productNumber: 'IP13-2', productId: 2, country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '449.00', needs: [priceNotMapped, NO_PRICE_FR] }),
      row({ productNumber: 'IP13-3', productId: 3, country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '439.00', needs: [priceNotMapped] }),
    ];
    const fake = review(rows, {
      decided: 3,
      released: 0,
      keptOnly: [],
      held: rows.map((entry) => ({ productNumber: entry.productNumber, productId: entry.productId ?? 0, country: 'fr-fr', countries: ['fr-fr'], field: 'price', needs: entry.needs ?? [] })),
      heldCount: 3,
    });
    renderWithApi(<AccountReview offers={3} fields={3} />, fake.api);
    const table = await screen.findByRole('table');
    // The counts are the rows'.
    expect(screen.getByRole('heading').textContent).toBe('Revue avant la première synchronisation — choix à faire : 3, offres retenues : 3');
    expect(within(table).getAllByRole('row', { name: /^IP13-\d/ })).toHaveLength(3);
    const common = screen.getByTestId('review-common-needs');
    expect(common.textContent).toContain('Pour chacun des 3 choix ci-dessous :');
    expect(common.textContent).toContain('« Garder la mienne » ne peut pas encore être envoyé');
    const said = common.querySelector('li')?.textContent ?? '';
    expect(said).toMatch(/^Back Market exige « .+ », et il n’est pas associé/);
    expect(within(common).getByRole('link', { name: 'Ouvrir l’association des attributs' }).getAttribute('href')).toBe('#/mapping-attributes?focus=price');
    // Said once on the whole screen, not under each row.
    expect(document.body.textContent?.split('et il n’est pas associé').length).toBe(2);
    // Only IP13-2 has a need of its own, under its row: its price for France.
    const own = screen.getAllByTestId('review-needs').filter((needs) => !common.contains(needs));
    expect(own).toHaveLength(1);
    const ip2 = within(table).getByRole('row', { name: /^IP13-2/ });
    expect(ip2.nextElementSibling?.contains(own[0] ?? null)).toBe(true);
    expect(own[0]?.textContent).toContain('Ce produit n’a pas de prix');

    // "Keep mine for all": the report of the choices held says it once too, and under IP13-2 its own need.
    await userEvent.click(screen.getByRole('button', { name: 'Garder les miennes pour tout' }));
    const held = await screen.findByTestId('account-review-held');
    expect(within(held).getByTestId('account-review-held-common').textContent).toContain('Pour chacun des 3 choix ci-dessous :');
    expect(held.textContent?.split('et il n’est pas associé').length).toBe(2);
    const heldOwn = within(held).getAllByTestId('review-needs').filter((needs) => !within(held).getByTestId('account-review-held-common').contains(needs));
    expect(heldOwn.map((needs) => needs.closest('li')?.textContent?.startsWith('IP13-2'))).toEqual([true]);
  });

  it('keeps a need under its row when the rows do not all share it', async () => {
    const fake = review([
      row({ productNumber: 'IP13-1', productId: 1, country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '459.00', needs: [NO_PRICE_FR] }),
      row({ productNumber: 'IP13-2', productId: 2, country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '449.00' }),
    ]);
    renderWithApi(<AccountReview offers={2} fields={2} />, fake.api);
    await screen.findByRole('table');
    expect(screen.queryByTestId('review-common-needs')).toBeNull();
    expect(screen.getAllByTestId('review-needs')).toHaveLength(1);
  });

  it('says once, on a line of its product, what every row of that product needs (its condition with no grade), in French, and a long « Demandé à nouveau » under its row', async () => {
    await i18next.changeLanguage('fr');
    const stallone: ReviewNeed = { kind: 'problem', said: { code: 'problem.conditionUnmapped', params: { condition: 'Stallone' } }, fix: { kind: 'mapping', section: 'conditions', key: 'Stallone' } };
    const noPriceDe: ReviewNeed = { kind: 'problem', said: { code: 'problem.noPrice', params: { country: 'de-de' } }, fix: { kind: 'product-field', field: 'price:de-de' } };
    const longComment = 'Reconditionné dans nos ateliers, batterie neuve, livré avec câble et coque de protection offerte';
    const fake = review([
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'de-de', field: 'grade', backmarket: 'STALLONE', mine: 'Stallone', needs: [stallone] }),
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'de-de', field: 'price', backmarket: '299.00', mine: '', needs: [stallone, noPriceDe] }),
      row({
        productNumber: 'BM-EXIST-00006',
        productId: 6,
        country: 'fr-fr',
        field: 'comment',
        backmarket: 'Boîte d’origine',
        mine: longComment,
        needs: [stallone],
        previous: { backmarket: 'Boîte d’origine', mine: '', decision: 'mine' },
      }),
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'fr-fr', field: 'grade', backmarket: 'STALLONE', mine: 'Stallone', needs: [stallone] }),
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'fr-fr', field: 'price', backmarket: '289.00', mine: '279.00', needs: [stallone] }),
      row({ productNumber: 'BM-EXIST-00007', productId: 7, country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '459.00', needs: [NO_PRICE_FR] }),
    ]);
    renderWithApi(<AccountReview offers={3} fields={5} />, fake.api);
    const table = await screen.findByRole('table', { name: 'Valeurs différentes' });
    // Not every row of the review shares it: nothing is said above the table.
    expect(screen.queryByTestId('review-common-needs')).toBeNull();
    const sentence = 'L’état « Stallone » n’est associé à aucun grade Back Market';
    expect(table.textContent?.split(sentence).length).toBe(2);
    // Said on the product's line, above its first row, for its 4 choices (grade for both markets is one choice).
    const productLine = table.querySelector('[data-needs-for-product="BM-EXIST-00006"]') as HTMLElement;
    expect(productLine.textContent).toContain('BM-EXIST-00006, pour chacun de ses 4 choix ci-dessous :');
    expect(productLine.textContent).toContain(sentence);
    expect(productLine.nextElementSibling?.getAttribute('data-choice')).toBe('BM-EXIST-00006|grade');
    expect(table.querySelectorAll('tr[data-sku="BM-EXIST-00006"]')).toHaveLength(4);
    // What one row needs besides stays under it: Germany's missing price under Germany's price only.
    const germanPrice = table.querySelector('tr[data-choice="BM-EXIST-00006|de-de|price"]') as HTMLElement;
    expect(germanPrice.nextElementSibling?.textContent).toContain('Allemagne');
    expect(germanPrice.nextElementSibling?.textContent).not.toContain(sentence);
    expect(table.querySelector('tr[data-needs-for="BM-EXIST-00006|fr-fr|price"]')).toBeNull();
    // Another product's own need stays under its row, with no product line.
    expect(table.querySelector('[data-needs-for-product="BM-EXIST-00007"]')).toBeNull();
    expect(table.querySelector('tr[data-needs-for="BM-EXIST-00007|fr-fr|price"]')?.textContent).toContain('Ce produit n’a pas de prix');
    // Why the comment is asked again: the table's whole width under its row, not squeezed into a column of it.
    const comment = table.querySelector('tr[data-choice="BM-EXIST-00006|fr-fr|comment"]') as HTMLElement;
    const again = `Demandé à nouveau : votre valeur est passée de (aucune) à ${longComment} depuis votre choix « Garder la mienne ».`;
    expect(comment.textContent).not.toContain('Demandé à nouveau');
    const under = comment.nextElementSibling as HTMLElement;
    expect(within(under).getByTestId('review-asked-again').textContent).toBe(again);
    expect(under.querySelector('td')?.getAttribute('colspan')).toBe('6');
  });

  it('says once per product and market a need of one market (« La garantie (France) »), not under each of its rows there, in French', async () => {
    await i18next.changeLanguage('fr');
    const warrantyFr: ReviewNeed = {
      kind: 'problem',
      said: { code: 'problem.warrantyTooShort', params: { country: 'fr-fr', months: 6, minimum: 12, guideMinimum: 6 } },
      fix: { kind: 'product-field', field: 'warranty_delay' },
    };
    const noPriceDe: ReviewNeed = { kind: 'problem', said: { code: 'problem.noPrice', params: { country: 'de-de' } }, fix: { kind: 'product-field', field: 'price:de-de' } };
    const fake = review([
      // bm-exist-00006: France's warranty is too short on its French rows (and on the quantity row, shared by both markets).
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'de-de', field: 'price', backmarket: '299.00', mine: '', needs: [noPriceDe] }),
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'de-de', field: 'quantity', backmarket: '9', mine: '4', needs: [noPriceDe] }),
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'fr-fr', field: 'comment', backmarket: 'Boîte d’origine', mine: 'Révisé', needs: [warrantyFr] }),
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'fr-fr', field: 'price', backmarket: '359.99', mine: '329.00', needs: [warrantyFr] }),
      row({ productNumber: 'BM-EXIST-00006', productId: 6, country: 'fr-fr', field: 'quantity', backmarket: '9', mine: '4', needs: [warrantyFr] }),
    ]);
    renderWithApi(<AccountReview offers={1} fields={4} />, fake.api);
    const table = await screen.findByRole('table', { name: 'Valeurs différentes' });
    const sentence = 'La garantie (France) est de 6 mois';
    // Said once, on the product's line for France, for its 3 choices there (the quantity row names both markets).
    expect(table.textContent?.split(sentence).length).toBe(2);
    const france = table.querySelector('[data-needs-for-product="BM-EXIST-00006"] [data-needs-for-market="fr-fr"]') as HTMLElement;
    expect(france.textContent).toContain('BM-EXIST-00006 en France, pour chacun de ses 3 choix de ce marché ci-dessous :');
    expect(france.textContent).toContain(sentence);
    expect(table.querySelector('tr[data-needs-for="BM-EXIST-00006|fr-fr|price"]')).toBeNull();
    expect(table.querySelector('tr[data-needs-for="BM-EXIST-00006|fr-fr|comment"]')).toBeNull();
    // Germany's missing price, on its price and quantity rows, is said once for Germany too; the rows are all still there.
    expect(table.querySelector('[data-needs-for-market="de-de"]')?.textContent).toContain('BM-EXIST-00006 en Allemagne, pour chacun de ses 2 choix de ce marché ci-dessous :');
    expect(table.querySelector('tr[data-needs-for="BM-EXIST-00006|quantity"]')).toBeNull();
    expect(table.querySelectorAll('tr[data-sku="BM-EXIST-00006"]')).toHaveLength(4);
  });

  it('names the warranty column the account import created in French by its German label in the link, « Zu Garantie (Monate) »', async () => {
    await i18next.changeLanguage('de');
    // The import ran in French and created « Garantie (mois) »; the mapping reads the warranty from it.
    const warrantyDe: ReviewNeed = {
      kind: 'problem',
      said: { code: 'problem.warrantyTooShort', params: { country: 'de-de', months: 6, minimum: 12, guideMinimum: 6 } },
      fix: { kind: 'product-field', field: 'Garantie (mois)' },
    };
    const ownColumn: ReviewNeed = { kind: 'problem', said: { code: 'problem.warrantyNotWhole', params: { country: 'de-de', value: 'sechs' } }, fix: { kind: 'product-field', field: 'Garantie atelier' } };
    const fake = review([row({ productNumber: 'BM-EXIST-00001', productId: 1, country: 'de-de', field: 'warranty_delay', backmarket: '12', mine: '6', needs: [warrantyDe, ownColumn] })]);
    renderWithApi(<AccountReview offers={1} fields={1} />, fake.api);
    const needs = await screen.findByTestId('review-needs');
    const links = within(needs).getAllByRole('link').map((link) => link.textContent);
    expect(links).toContain('Zu Garantie (Monate)');
    expect(links).not.toContain('Zu Garantie (mois)');
    // A column of the merchant's own keeps its name.
    expect(links).toContain('Zu Garantie atelier');
  });

  it('after "Publish", says in French that the offer is held for a price and needs a French title, with links', async () => {
    await i18next.changeLanguage('fr');
    const needs: ReviewNeed[] = [NO_PRICE_FR, { kind: 'title-language', market: 'de-de', language: 'de', wanted: 'fr' }];
    const fake = review([row({ productNumber: 'BM-EXIST-00296', productId: 296, country: 'fr-fr', field: 'market', needs })], {
      decided: 1,
      released: 0,
      keptOnly: [],
      held: [{ productNumber: 'BM-EXIST-00296', productId: 296, country: 'fr-fr', countries: ['fr-fr'], field: 'market', needs }],
      heldCount: 1,
    });
    renderWithApi(<AccountReview offers={1} fields={1} />, fake.api);
    const market = await screen.findByRole('row', { name: /Publier sur ce marché/ });
    // One wording with the intro's "nothing is sent until you choose".
    expect(within(market).getAllByRole('cell')[4]?.textContent).toBe('Non publié, sauf si vous choisissez « Publier »');
    expect(screen.getByTestId('review-needs').textContent).toContain('« Publier » ne peut pas encore être envoyé');
    await userEvent.click(within(market).getByRole('button', { name: 'Publier' }));
    const held = await screen.findByTestId('account-review-held');
    expect(held.textContent).toContain('BM-EXIST-00296, Publier sur ce marché ? (France) :');
    expect(held.textContent).toContain('Ce produit n’a pas de prix');
    expect(held.textContent).toContain('Le titre envoyé serait celui de votre annonce Back Market (marché : Allemagne), en allemand : donnez d’abord au produit un titre en français.');
    await userEvent.click(within(held).getByRole('link', { name: 'Ouvrir le produit' }));
    expect(useCatalogueStore.getState().openProduct).toEqual({ mode: 'edit', id: 296 });
  });
});
