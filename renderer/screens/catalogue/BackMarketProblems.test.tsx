import i18next from 'i18next';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../../shared/catalogue';
import type { CountryProblems, Problem } from '../../../shared/mapping';
import { compileContext, problemsByCountry } from '../../../shared/validation';
import { completeSnapshot, readyProduct } from '../../../shared/validation/test-fixture';
import { useMappingChangedRefresh } from '../../api/mapping-queries';
import { useCatalogueStore } from '../../store/catalogue-store';
import { createFakeApi } from '../../test/fake-api';
import { BRANDLESS_PROBLEMS } from '../../test/mapping';
import { productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { foldProblems, labelProblems } from './problems-model';
import { ProductForm } from './ProductForm';

function setup() {
  const fake = createFakeApi({ 'mapping:problems': () => BRANDLESS_PROBLEMS });
  useCatalogueStore.getState().setOpenProduct({ mode: 'edit', id: 7 });
  renderWithApi(<ProductForm product={productRow(7, { brand: null, condition: 'Like new-ish' })} onClose={() => undefined} onSaved={() => undefined} />, fake.api);
  return fake;
}

describe('the Back Market problems panel', () => {
  it('lists each problem once, with the countries it holds in', async () => {
    setup();
    const panel = await screen.findByTestId('bm-problems');
    expect(within(panel).getByText('Not ready for: France, Germany, and United Kingdom')).toBeTruthy();
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain('All countries');
    expect(items[0]?.textContent).toContain('"Brand" is empty for this product; Back Market requires it. Fill it in.');
    expect(items[2]?.textContent).toContain('France');
    expect(items[2]?.textContent).toContain("The warranty for France is 6 months; Back Market's API rule is at least 12 months");
    // Without a mapping snapshot the edits cannot be checked: the saved list stays, and the merchant is told why.
    expect(within(panel).getByText(/Your unsaved changes could not be checked/)).toBeTruthy();
  });

  it('words each problem in German from the code main sent, with the field, the market and the grades in German', async () => {
    await i18next.changeLanguage('de');
    try {
      setup();
      const panel = await screen.findByTestId('bm-problems');
      const items = within(panel).getAllByRole('listitem');
      expect(items[0]?.textContent).toContain('„Marke“ ist bei diesem Produkt leer; Back Market verlangt es. Füllen Sie es aus.');
      expect(items[1]?.textContent).toContain('Der Zustand „Like new-ish“ ist keinem Back-Market-Grade zugeordnet (Premium, Hervorragend, Sehr gut, Gut, Akzeptabel, Stallone).');
      expect(items[2]?.textContent).toContain('Die Garantie (Frankreich) beträgt 6 Monate; die API-Regel von Back Market verlangt mindestens 12 Monate');
      expect(panel.textContent).not.toMatch(/is empty|not mapped|warranty/);
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('focuses the product field a problem is about', async () => {
    const user = userEvent.setup();
    setup();
    const panel = await screen.findByTestId('bm-problems');
    await user.click(within(panel).getByRole('button', { name: 'Go to Brand' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Brand'));
  });

  it('opens the mapping screen at the row that fixes a mapping problem, closing the drawer', async () => {
    const user = userEvent.setup();
    setup();
    const panel = await screen.findByTestId('bm-problems');
    await user.click(within(panel).getByRole('button', { name: 'Open the condition map' }));
    await waitFor(() => expect(window.location.hash).toBe('#/mapping-attributes?focus=Like+new-ish'));
    expect(useCatalogueStore.getState().openProduct).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Open attribute mapping' }));
    expect(window.location.hash).toBe('#/mapping-attributes?focus=warranty_delay');
  });
});

describe('foldProblems', () => {
  it('keeps a problem of one country apart from those of every country', () => {
    const folded = foldProblems(BRANDLESS_PROBLEMS);
    expect(folded.map((entry) => [entry.problem.field, entry.countries])).toEqual([
      ['brand', []],
      ['grade', []],
      ['warranty_delay', ['fr-fr']],
    ]);
  });
});

/** The saved product of the live-check tests: ready everywhere but for its brand and its screen size. */
function savedPhone(): Product {
  const { countryPrices: _stored, ...fields } = readyProduct({ id: 7, brand: null, ean: null, backmarketId: '12345' });
  return { ...fields, attributes: { ...fields.attributes, Screen: '' }, updatedAt: '2025-01-01T00:00:00.000Z', pending: false };
}

/**
 * A fake main that answers as the real one: mapping:problems runs the shared engine on the saved product with the prices
 * stored per country (which the form does not hold), mapping:snapshot hands out the mapping as it is at that moment.
 */
function renderLiveCheck(saved: Product = savedPhone(), mapping = completeSnapshot()) {
  const fake = createFakeApi({
    'mapping:snapshot': () => structuredClone(mapping),
    'mapping:problems': ({ productId }) => ({
      productId,
      productNumber: saved.productNumber,
      countries: problemsByCountry({ ...saved, countryPrices: { 'fr-fr': 459.9, 'de-de': 469, 'en-gb': 399 } }, compileContext(mapping)),
    }),
  });
  function Shell() {
    useMappingChangedRefresh();
    return <ProductForm product={saved} onClose={() => undefined} onSaved={() => undefined} />;
  }
  renderWithApi(<Shell />, fake.api);
  return { fake, mapping };
}

const BRAND_MISSING = '"Brand" is empty for this product; Back Market requires it. Fill it in.';
const SCREEN_MISSING = '"Taille écran" is empty for this product; Back Market requires it for Téléphones > Smartphones > iPhone. Fill it in.';
const WRONG_CHECK_DIGIT = 'The EAN "4006381333932" has a wrong check digit, so it matches no product. Copy it again from the box or the manufacturer.';

const itemWith = (panel: HTMLElement, text: string) => within(panel).getByText(text, { exact: false }).closest('li') as HTMLElement;
const itemTexts = (panel: HTMLElement) => within(panel).queryAllByRole('listitem').map((item) => item.textContent);

describe('the Back Market problems of unsaved edits', () => {
  it('shows main’s list for the saved product until something is typed', async () => {
    const { fake } = renderLiveCheck();
    const panel = await screen.findByTestId('bm-problems');
    await waitFor(() => expect(fake.callsOf('mapping:snapshot')).toHaveLength(1));
    expect(itemTexts(panel)).toEqual([`All countries${SCREEN_MISSING}Go to Screen`, `All countries${BRAND_MISSING}Go to Brand`]);
    const summary = screen.getByTestId('bm-problems-summary');
    expect(summary.getAttribute('aria-live')).toBe('polite');
    expect(summary.textContent).toBe('2 problems keep this product off Back Market.');
  });

  it('labels "brand missing" fixed as soon as a brand is typed, without saving, and keeps its link to the field', async () => {
    const user = userEvent.setup();
    const { fake } = renderLiveCheck();
    const panel = await screen.findByTestId('bm-problems');
    await waitFor(() => expect(fake.callsOf('mapping:snapshot')).toHaveLength(1));

    await user.type(screen.getByLabelText('Brand'), 'Apple');
    await waitFor(() => expect(itemWith(panel, BRAND_MISSING).dataset.status).toBe('fixed'));
    const brand = itemWith(panel, BRAND_MISSING);
    expect(within(brand).getByText('Fixed')).toBeTruthy();
    expect(brand.querySelector('del')?.textContent).toBe(BRAND_MISSING);
    expect(itemWith(panel, SCREEN_MISSING).dataset.status).toBe('unchanged');
    // The renderer's engine has no stored prices and finds the product unpriced both before and after the edit; main's
    // list, which has them, stays the truth, so no price problem shows up as new.
    expect(panel.textContent).not.toContain('no price');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('bm-problems-summary').textContent).toBe(
      '1 problem keeps this product off Back Market. 1 fixed by your unsaved changes; save to keep the fix.',
    );
    // Checked in the renderer: main was asked once, and nothing was saved.
    expect(fake.callsOf('mapping:problems')).toHaveLength(1);
    expect(fake.callsOf('catalogue:save')).toEqual([]);

    await user.click(within(brand).getByRole('button', { name: 'Go to Brand' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Brand'));
    await user.click(within(itemWith(panel, SCREEN_MISSING)).getByRole('button', { name: 'Go to Screen' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Value of attribute 5'));
  });

  it('labels a problem the edits bring as new: an EAN with a wrong check digit', async () => {
    const user = userEvent.setup();
    const { fake } = renderLiveCheck();
    const panel = await screen.findByTestId('bm-problems');
    await waitFor(() => expect(fake.callsOf('mapping:snapshot')).toHaveLength(1));

    await user.type(screen.getByLabelText('EAN'), '4006381333932');
    const ean = await waitFor(() => itemWith(panel, WRONG_CHECK_DIGIT));
    expect(ean.dataset.status).toBe('new');
    expect(within(ean).getByText('New')).toBeTruthy();
    expect(ean.querySelector('del')).toBeNull();
    expect(itemWith(panel, BRAND_MISSING).dataset.status).toBe('unchanged');
    expect(screen.getByTestId('bm-problems-summary').textContent).toBe('3 problems keep this product off Back Market. 1 new with your unsaved changes.');
    await user.click(within(ean).getByRole('button', { name: 'Go to EAN' }));
    expect(document.activeElement).toBe(screen.getByLabelText('EAN'));
  });

  it('brings the original list back when the edits are cleared', async () => {
    const user = userEvent.setup();
    const { fake } = renderLiveCheck();
    const panel = await screen.findByTestId('bm-problems');
    await waitFor(() => expect(fake.callsOf('mapping:snapshot')).toHaveLength(1));
    const original = itemTexts(panel);
    const originalSummary = screen.getByTestId('bm-problems-summary').textContent;

    await user.type(screen.getByLabelText('Brand'), 'Apple');
    await user.type(screen.getByLabelText('EAN'), '4006381333932');
    await waitFor(() => expect(itemWith(panel, WRONG_CHECK_DIGIT).dataset.status).toBe('new'));
    expect(itemWith(panel, BRAND_MISSING).dataset.status).toBe('fixed');

    await user.clear(screen.getByLabelText('Brand'));
    await user.clear(screen.getByLabelText('EAN'));
    await waitFor(() => expect(itemTexts(panel)).toEqual(original));
    expect(within(panel).getAllByRole('listitem').map((item) => item.dataset.status)).toEqual(['unchanged', 'unchanged']);
    expect(screen.getByTestId('bm-problems-summary').textContent).toBe(originalSummary);
  });

  it('checks the edits against the new mapping when main says the mapping changed', async () => {
    const user = userEvent.setup();
    const { fake, mapping } = renderLiveCheck();
    const panel = await screen.findByTestId('bm-problems');
    await waitFor(() => expect(fake.callsOf('mapping:snapshot')).toHaveLength(1));

    const condition = screen.getByLabelText('Condition');
    await user.clear(condition);
    await user.type(condition, 'Like new-ish');
    const unmapped = await waitFor(() => itemWith(panel, 'The condition "Like new-ish" is not mapped'));
    expect(unmapped.dataset.status).toBe('new');
    expect(within(unmapped).getByRole('button', { name: 'Open the condition map' })).toBeTruthy();

    // Mapped elsewhere (another window): main's list for the saved product does not change, only the snapshot can tell.
    mapping.values = [...mapping.values, { map: 'condition', merchantValue: 'Like new-ish', target: 'GOOD' }];
    act(() => fake.emit('mapping:changed', { section: 'conditions' }));
    await waitFor(() => expect(panel.textContent).not.toContain('Like new-ish'));
    expect(fake.callsOf('mapping:snapshot')).toHaveLength(2);
    expect(itemTexts(panel)).toHaveLength(2);
  });
});

describe('labelProblems', () => {
  const problem = (code: Problem['code'], message: string): Problem => ({ code, country: null, field: 'ean', message, said: { code: 'stored.verbatim', params: { text: message } }, fix: { kind: 'product-field', field: 'ean' } });
  const everywhere = (problems: Problem[]): CountryProblems[] => [{ country: 'fr-fr', ready: problems.length === 0, problems }];

  it('keeps a problem whose value changed as the same problem, with the message of the edited value', () => {
    const before = problem('ean-format', 'The EAN "123" must be 8, 12, 13 or 14 digits.');
    const after = problem('ean-format', 'The EAN "1234" must be 8, 12, 13 or 14 digits.');
    const saved = { productId: 1, productNumber: 'P-1', countries: everywhere([before]) };
    expect(labelProblems(saved, { saved: everywhere([before]), edited: everywhere([after]) })[0]?.problems).toEqual([{ ...after, status: 'unchanged' }]);
    expect(labelProblems(saved, null)[0]?.problems).toEqual([{ ...before, status: 'unchanged' }]);
  });
});

describe('the Back Market problems of a new product', () => {
  function renderNewProduct() {
    const fake = createFakeApi({ 'mapping:snapshot': () => completeSnapshot() });
    useCatalogueStore.getState().setOpenProduct({ mode: 'new' });
    renderWithApi(<ProductForm product={null} onClose={() => undefined} onSaved={() => undefined} />, fake.api);
    return fake;
  }

  it('is checked as the merchant types, with no saved product to ask main about', async () => {
    const user = userEvent.setup();
    const fake = renderNewProduct();
    const panel = await screen.findByTestId('bm-problems');
    await waitFor(() => expect(panel.textContent).toContain(BRAND_MISSING));
    expect(fake.callsOf('mapping:problems')).toEqual([]);
    expect(screen.getByTestId('bm-problems-summary').getAttribute('aria-live')).toBe('polite');
    expect(panel.textContent).toContain('Refurb Desk checks the product again once it is saved');
    const before = itemTexts(panel).length;

    await user.type(screen.getByLabelText('Brand'), 'Apple');
    await waitFor(() => expect(panel.textContent).not.toContain(BRAND_MISSING));
    expect(itemTexts(panel)).toHaveLength(before - 1);

    await user.type(screen.getByLabelText('EAN'), '4006381333932');
    const wrongDigit = await waitFor(() => itemWith(panel, WRONG_CHECK_DIGIT));
    await user.click(within(wrongDigit).getByRole('button', { name: 'Go to EAN' }));
    expect(document.activeElement).toBe(screen.getByLabelText('EAN'));
    expect(fake.callsOf('catalogue:save')).toEqual([]);
  });
});

describe('the offers published but not on sale', () => {
  const commentless = () => {
    const phone = savedPhone();
    return { ...phone, attributes: { ...phone.attributes, Comment: '' } };
  };

  it('warns where the product has no comment, without counting it as a problem, and goes to the comment', async () => {
    const user = userEvent.setup();
    const { fake } = renderLiveCheck(commentless());
    const panel = await screen.findByTestId('bm-problems');
    await waitFor(() => expect(fake.callsOf('mapping:snapshot')).toHaveLength(1));
    const warnings = await within(panel).findByTestId('bm-offline-warnings');
    expect(within(warnings).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'All countriesPublished · not on sale This product has no comment here: Back Market publishes its offer but keeps it offline, so nobody can buy it. Add a comment, then sync.Go to Comment',
    ]);
    // Not a problem: the count and the countries it is not ready for are those of the product with a comment.
    expect(screen.getByTestId('bm-problems-summary').textContent).toBe('2 problems keep this product off Back Market.');
    expect(itemTexts(panel)).toHaveLength(3);

    await user.click(within(warnings).getByRole('button', { name: 'Go to Comment' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Value of attribute 3'));
    await user.type(screen.getByLabelText('Value of attribute 3'), 'Livré avec câble');
    await waitFor(() => expect(within(panel).queryByTestId('bm-offline-warnings')).toBeNull());
    expect(screen.getByTestId('bm-problems-summary').textContent).toBe('2 problems keep this product off Back Market.');
  });

  it('names only the countries without a comment of their own language or the catalogue’s', async () => {
    const phone = commentless();
    renderLiveCheck({ ...phone, attributes: { ...phone.attributes, comment_de: 'Mit Kabel' } });
    const warnings = await screen.findByTestId('bm-offline-warnings');
    expect(within(warnings).getByRole('listitem').textContent).toMatch(/^France and United Kingdom/);
  });

  it('opens the comment mapping when no comment is mapped', async () => {
    const user = userEvent.setup();
    const mapping = completeSnapshot();
    renderLiveCheck(savedPhone(), { ...mapping, fields: mapping.fields.filter((entry) => entry.backMarketField !== 'comment') });
    const warnings = await screen.findByTestId('bm-offline-warnings');
    await user.click(within(warnings).getByRole('button', { name: 'Open attribute mapping' }));
    await waitFor(() => expect(window.location.hash).toBe('#/mapping-attributes?focus=comment'));
  });
});
