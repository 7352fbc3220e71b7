// The drawer's Back Market category, in German: what sends this product where, and a category of its own for it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProductLeaf as ProductLeafView } from '../../../shared/leaf-rules';
import { foldText } from '../../../shared/text-fold';
import { createFakeApi } from '../../test/fake-api';
import { LEAVES } from '../../test/mapping';
import { productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { ProductLeaf } from './ProductLeaf';

beforeEach(async () => {
  await i18next.changeLanguage('de');
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the Back Market category in the product drawer', () => {
  it('says the brand rule sends the product, then gives it a category of its own and lets it follow again', async () => {
    const user = userEvent.setup();
    const product = productRow(1, { productNumber: 'IP13', brand: 'Apple', category: 'Handys & Smartphones' });
    let view: ProductLeafView = { productNumber: 'IP13', via: 'brand', marketplaceCategoryId: 2, leaf: LEAVES[2] ?? null, brand: 'Apple', category: 'Handys & Smartphones' };
    const fake = createFakeApi({
      'mapping:productLeaf': () => view,
      'mapping:searchCategories': ({ query }) => LEAVES.filter((leaf) => foldText(leaf.path).includes(foldText(query))),
      'mapping:setProductLeaf': ({ marketplaceCategoryId }) => {
        view = marketplaceCategoryId === null ? { ...view, via: 'brand', marketplaceCategoryId: 2, leaf: LEAVES[2] ?? null } : { ...view, via: 'product', marketplaceCategoryId, leaf: LEAVES.find((leaf) => leaf.marketplaceCategoryId === marketplaceCategoryId) ?? null };
        return { affectedProducts: 1, marketplaceCategoryId };
      },
    });
    renderWithApi(<ProductLeaf product={product} writable />, fake.api);
    expect(await screen.findByText('Téléphones > Smartphones > iPhone, durch die Regel von Handys & Smartphones für die Marke Apple.')).toBeTruthy();

    await user.type(screen.getByRole('combobox', { name: 'Back Market-Kategorie für dieses Produkt' }), 'micro');
    await user.click(await screen.findByRole('option', { name: /Micro-ondes/ }));
    await waitFor(() => expect(fake.callsOf('mapping:setProductLeaf')).toEqual([{ productNumber: 'IP13', marketplaceCategoryId: 30 }]));
    expect(await screen.findByText('Dieses Produkt hat eine eigene Back Market-Kategorie: Électroménager > Cuisine > Micro-ondes.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Wieder der Kategorie folgen' }));
    await waitFor(() => expect(fake.callsOf('mapping:setProductLeaf').at(-1)).toEqual({ productNumber: 'IP13', marketplaceCategoryId: null }));
  });

  it('offers no change when the catalogue cannot be written', async () => {
    const fake = createFakeApi({ 'mapping:productLeaf': () => ({ productNumber: 'X', via: null, marketplaceCategoryId: null, leaf: null, brand: null, category: null }) });
    renderWithApi(<ProductLeaf product={productRow(2, { productNumber: 'X' })} writable={false} />, fake.api);
    expect(await screen.findByText(/Noch keiner Back Market-Kategorie zugeordnet/)).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
