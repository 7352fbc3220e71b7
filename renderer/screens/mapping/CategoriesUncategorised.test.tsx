// The Categories screen to a merchant whose imported products Back Market already sells: those need no category to keep
// selling; only the products Back Market does not hold yet are told to get one (and why: to be created there).
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MerchantCategories } from '../../../shared/mapping';
import i18next from '../../i18n';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { CategoriesScreen } from './CategoriesScreen';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

const categories = (uncategorisedProducts: number, uncategorisedOnBackMarket: number): MerchantCategories => ({
  categories: [],
  unmapped: { categories: 0, products: 0 },
  uncategorisedProducts,
  uncategorisedOnBackMarket,
  tree: { fetchedAt: '2026-12-01T00:00:00Z', nodeCount: 500, leafCount: 400, languages: [], missingLanguages: [] },
});

const render = (data: MerchantCategories) => renderWithApi(<CategoriesScreen />, createFakeApi({ 'mapping:merchantCategories': () => data }).api);

describe('products without a category, in French', () => {
  it('says the 22 imported products on sale need none, and what a category is for', async () => {
    await i18next.changeLanguage('fr');
    render(categories(0, 22));
    expect((await screen.findByTestId('uncategorised-on-backmarket')).textContent).toBe(
      '22 produits sans catégorie sont déjà sur Back Market (importés de votre compte) : ils se vendent tels quels. Une catégorie et une marque ne servent qu’à créer un produit sur Back Market.',
    );
    expect(screen.queryByTestId('uncategorised')).toBeNull();
    expect(document.body.textContent).not.toContain('avant de pouvoir les mettre en vente');
  });

  it('asks a category only of the products Back Market does not hold, one apart from the other', async () => {
    await i18next.changeLanguage('fr');
    render(categories(1, 22));
    expect((await screen.findByTestId('uncategorised')).textContent).toBe(
      '1 produit n’a pas de catégorie : Back Market en demande une (et une marque) pour créer un produit chez lui. Attribuez-lui-en une dans le catalogue avant de pouvoir le mettre en vente.',
    );
    expect(screen.getByTestId('uncategorised-on-backmarket').textContent).toMatch(/^22 produits sans catégorie sont déjà sur Back Market/);
  });
});
