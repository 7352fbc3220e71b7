// The catalogue's condition filter offers the merchant's own conditions as they wrote them, and Back Market's grades
// (written there by an import from the account) by their name in the merchant's language, filtering on the stored value.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import i18next from '../../i18n';
import { useCatalogueStore } from '../../store/catalogue-store';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { CatalogueFilters } from './CatalogueFilters';

afterEach(async () => {
  useCatalogueStore.getState().clearFilters();
  await i18next.changeLanguage('en');
});

const facets = { categories: [], brands: [], conditions: ['A', 'EXCELLENT', 'STALLONE', 'VERY_GOOD'], total: 4, pending: 0 };

describe('the catalogue’s condition filter', () => {
  it('names Back Market’s grades in German and keeps the merchant’s own values as written', async () => {
    await i18next.changeLanguage('de');
    renderWithApi(<CatalogueFilters facets={facets} />, createFakeApi({}).api);
    const select = screen.getByLabelText('Zustand');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Alle', 'A', 'Hervorragend', 'Stallone', 'Sehr gut']);
    await userEvent.selectOptions(select, 'Sehr gut');
    expect(useCatalogueStore.getState().filters.condition).toBe('VERY_GOOD');
  });

  it('names them in French', async () => {
    await i18next.changeLanguage('fr');
    renderWithApi(<CatalogueFilters facets={facets} />, createFakeApi({}).api);
    expect(within(screen.getByLabelText('État')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Tous', 'A', 'Excellent', 'Stallone', 'Très bon']);
  });
});
