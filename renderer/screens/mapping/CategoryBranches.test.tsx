// The rule editor in French, as a merchant drives it: one category's brands with their counts, a brand sent to its own
// Back Market category, the other brands following the category, and one product sent to a category of its own.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CategoryBranches as Branches } from '../../../shared/leaf-rules';
import { foldText } from '../../../shared/text-fold';
import { createFakeApi } from '../../test/fake-api';
import { categoryHit, LEAVES } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { CategoryBranches } from './CategoryBranches';

const CATEGORY = 'Téléphonie > Smartphones';
const ANDROID = categoryHit(3, 'Téléphones > Smartphones > Smartphones Android', 'Phones > Smartphones > Android smartphones');
const IPHONE = LEAVES[2] as (typeof LEAVES)[number];

function setup() {
  const state: Branches = {
    merchantCategory: CATEGORY,
    brands: [
      { brand: 'Apple', productCount: 2, marketplaceCategoryId: null, leaf: null },
      { brand: 'Samsung', productCount: 1, marketplaceCategoryId: null, leaf: null },
    ],
    others: { marketplaceCategoryId: 3, leaf: ANDROID, productCount: 3 },
    products: [],
  };
  const fake = createFakeApi({
    'mapping:categoryBranches': () => structuredClone(state),
    'mapping:searchCategories': ({ query }) => [...LEAVES, ANDROID].filter((leaf) => foldText(`${leaf.path} ${leaf.gloss}`).includes(foldText(query))),
    'mapping:setBrandRule': ({ brand, marketplaceCategoryId }) => {
      const branch = state.brands.find((entry) => entry.brand === brand);
      if (branch) Object.assign(branch, { marketplaceCategoryId, leaf: marketplaceCategoryId === 2 ? IPHONE : null });
      state.others.productCount = state.brands.filter((entry) => entry.marketplaceCategoryId === null).reduce((sum, entry) => sum + entry.productCount, 0);
      return { affectedProducts: branch?.productCount ?? 0 };
    },
    'mapping:setProductLeaf': ({ productNumber, marketplaceCategoryId }) => {
      state.products = marketplaceCategoryId === null ? [] : [{ productNumber, title: 'Galaxy S21', brand: 'Samsung', marketplaceCategoryId, leaf: IPHONE }];
      return { affectedProducts: 1, marketplaceCategoryId };
    },
  });
  renderWithApi(<CategoryBranches merchantCategory={CATEGORY} />, fake.api);
  return fake;
}

beforeEach(async () => {
  await i18next.changeLanguage('fr');
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the rule editor, in French', () => {
  it('lists the brands with their counts and what the other brands follow', async () => {
    setup();
    const table = await screen.findByRole('table', { name: `Marques de ${CATEGORY}` });
    const apple = within(table).getByRole('row', { name: /Apple/ });
    expect(apple.textContent).toContain('2 produits');
    expect(apple.textContent).toContain('Suit la catégorie');
    const others = within(table).getByRole('row', { name: /Autres marques/ });
    expect(others.textContent).toContain('3 produits');
    expect(others.textContent).toContain('Téléphones > Smartphones > Smartphones Android');
    expect(screen.getByText('Aucun produit de cette catégorie n’a sa propre catégorie Back Market.')).toBeTruthy();
  });

  it('sends Apple to the iPhone category, then shows the rule and the new count of the other brands', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    const picker = await screen.findByRole('combobox', { name: `Catégorie Back Market pour Apple dans ${CATEGORY}` });
    await user.type(picker, 'iphone');
    await user.click(await screen.findByRole('option', { name: /iPhone/ }));
    await waitFor(() => expect(callsOf('mapping:setBrandRule')).toEqual([{ merchantCategory: CATEGORY, brand: 'Apple', marketplaceCategoryId: 2 }]));
    const remove = await screen.findByRole('button', { name: 'Supprimer la règle pour Apple' });
    await waitFor(() => expect(screen.getByRole('row', { name: /Autres marques/ }).textContent).toContain('1 produit'));
    await user.click(remove);
    await waitFor(() => expect(callsOf('mapping:setBrandRule').at(-1)).toEqual({ merchantCategory: CATEGORY, brand: 'Apple', marketplaceCategoryId: null }));
  });

  it('asks for the product number before sending a product to its own category, then lists it', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    const picker = await screen.findByRole('combobox', { name: 'Catégorie Back Market pour ce produit' });
    await user.type(picker, 'iphone');
    await user.click(await screen.findByRole('option', { name: /iPhone/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Saisissez d’abord la référence du produit, puis choisissez sa catégorie Back Market.');
    expect(callsOf('mapping:setProductLeaf')).toEqual([]);

    await user.type(screen.getByLabelText('Référence du produit'), ' S21-3 ');
    await user.clear(picker);
    await user.type(picker, 'iphone');
    await user.click(await screen.findByRole('option', { name: /iPhone/ }));
    await waitFor(() => expect(callsOf('mapping:setProductLeaf')).toEqual([{ productNumber: 'S21-3', marketplaceCategoryId: 2 }]));
    const listed = await screen.findByTestId('own-leaf');
    expect(listed.textContent).toContain('S21-3');
    expect(listed.textContent).toContain('Téléphones > Smartphones > iPhone');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(listed).getByRole('button', { name: 'Faire suivre à nouveau sa catégorie et sa marque à S21-3' })).toBeTruthy();
  });
});
