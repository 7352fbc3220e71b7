// The price matrix says, in the merchant's language, which markets read no price because their price is mapped to the
// catalogue's EUR price while they sell in another currency, and what to do instead.
import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test/fake-api';
import { priceMatrix, priceRow } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { PricingScreen } from './PricingScreen';

function setup(catalogueCurrencyCountries: string[]) {
  const rows = [priceRow(1, { 'fr-fr': 100, 'de-de': 100 })];
  const fake = createFakeApi({ 'pricing:matrix': () => ({ ...priceMatrix(rows), catalogueCurrencyCountries }), 'pricing:rates': () => ({}) });
  renderWithApi(<PricingScreen />, fake.api);
}

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('a market in another currency mapped to the catalogue price', () => {
  it('is named with its currency and the fill to use, in French', async () => {
    await i18next.changeLanguage('fr');
    setup(['en-gb']);
    const alert = await screen.findByTestId('catalogue-currency');
    expect(alert.textContent).toContain('(GBP) : le prix est associé au prix de votre catalogue, qui est en EUR');
    expect(alert.textContent).toContain('« Remplir depuis le prix du catalogue »');
  });

  it('is not mentioned when every market reads a price of its own currency', async () => {
    setup([]);
    await screen.findByRole('table');
    expect(screen.queryByTestId('catalogue-currency')).toBeNull();
  });
});
