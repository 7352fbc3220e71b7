// The catalogue's condition filter offers the merchant's own conditions as they wrote them, and Back Market's grades
// (written there by an import from the account) by their name in the merchant's language, filtering on the stored value.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import i18next from '../../i18n';
import { toListQuery, useCatalogueStore } from '../../store/catalogue-store';
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

describe('one grade held in two spellings (the merchant’s « Bon », an account import’s GOOD)', () => {
  const twice = { categories: [], brands: [], conditions: ['Bon', 'EXCELLENT', 'Excellent', 'GOOD', 'STALLONE', 'Très bon', 'VERY_GOOD'], total: 7, pending: 0 };

  it('lists each French name once, and the one choice finds the products of both spellings', async () => {
    await i18next.changeLanguage('fr');
    renderWithApi(<CatalogueFilters facets={twice} />, createFakeApi({}).api);
    const select = screen.getByLabelText('État');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Tous', 'Bon', 'Excellent', 'Stallone', 'Très bon']);
    await userEvent.selectOptions(select, 'Très bon');
    const query = toListQuery(useCatalogueStore.getState().filters, null);
    expect(query.conditions).toEqual(['Très bon', 'VERY_GOOD']);
    expect(query.condition).toBeUndefined();
    // A name held once stays a plain filter on that value.
    await userEvent.selectOptions(select, 'Stallone');
    expect(toListQuery(useCatalogueStore.getState().filters, null)).toEqual({ condition: 'STALLONE' });
  });

  it('keeps « Bon » and « Gut » apart in German, where they are not the same word', async () => {
    await i18next.changeLanguage('de');
    renderWithApi(<CatalogueFilters facets={twice} />, createFakeApi({}).api);
    expect(within(screen.getByLabelText('Zustand')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Alle', 'Bon', 'Hervorragend', 'Excellent', 'Gut', 'Stallone', 'Très bon', 'Sehr gut']);
  });
});
