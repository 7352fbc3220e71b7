// Choosing French in Settings switches the whole UI at once — texts, <html lang> and prices — and asks main to keep it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Preferences } from '../../../shared/contract/preferences-calls';
import { connectionStatus } from '../../test/connection';
import { createFakeApi, failWith } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { useFormatters } from '../catalogue/format';
import { useMoneyFormat } from '../pricing/money';
import { SettingsScreen } from './SettingsScreen';

function PriceProbe() {
  const format = useFormatters();
  const money = useMoneyFormat();
  return (
    <p>
      <span data-testid="price">{format.price(1234.5)}</span> <span data-testid="money">{money(1234.5, 'GBP')}</span>
    </p>
  );
}

function settingsApi(setLanguage: (language: string) => Preferences) {
  return createFakeApi({
    'connection:status': () => connectionStatus(),
    'backup:status': () => ({ state: 'ok', mode: 'sandbox', backupFolder: '/data/backups/sandbox' }),
    'backup:list': () => [],
    'activity:list': () => ({ entries: [], total: 0 }),
    'preferences:get': () => ({ language: null }),
    'preferences:setLanguage': ({ language }) => setLanguage(language),
  });
}

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the language section of Settings', () => {
  it('offers every language in its own name, starting from the system language', async () => {
    renderWithApi(<SettingsScreen />, settingsApi((language) => ({ language: language as Preferences['language'] })).api);
    const picker = await screen.findByRole('combobox', { name: 'Language of Refurb Desk' });
    expect((picker as HTMLSelectElement).value).toBe('en');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(
      expect.arrayContaining(['English', 'Français', 'Deutsch', 'Español', 'Italiano', 'Nederlands']),
    );
  });

  it('switches the UI to French at once, formats prices the French way, and has main keep the choice', async () => {
    const fake = settingsApi((language) => ({ language: language as Preferences['language'] }));
    renderWithApi(
      <>
        <SettingsScreen />
        <PriceProbe />
      </>,
      fake.api,
    );
    expect(screen.getByTestId('price').textContent).toBe('€1,234.50');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language of Refurb Desk' }), 'fr');

    expect(await screen.findByRole('heading', { name: 'Langue' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sauvegardes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sauvegarder maintenant' })).toBeTruthy();
    expect(await screen.findByText('Langue enregistrée : Français.')).toBeTruthy();
    // Intl's French: a narrow no-break space groups thousands and a no-break space precedes the currency.
    expect(screen.getByTestId('price').textContent).toBe('1\u202f234,50\u00a0€');
    // The pound as a merchant reads it, not Intl's French "£GB".
    expect(screen.getByTestId('money').textContent).toBe('1\u202f234,50\u00a0£');
    expect(document.documentElement.lang).toBe('fr');
    expect(fake.callsOf('preferences:setLanguage')).toEqual([{ language: 'fr' }]);
  });

  it('keeps the new language on screen and says so when main cannot save it', async () => {
    renderWithApi(
      <SettingsScreen />,
      settingsApi(() => failWith({ code: 'internal', message: 'disk full' })).api,
    );
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language of Refurb Desk' }), 'de');
    expect(await screen.findByRole('heading', { name: 'Sprache' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/konnte aber nicht gespeichert werden/));
  });
});
