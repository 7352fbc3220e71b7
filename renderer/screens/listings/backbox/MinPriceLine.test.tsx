// The min_price as the merchant reads it in the Listings detail and sets it in Settings › BackBox: what Back Market holds,
// what the next sync sends, why none is sent, and the per-country switch saved with the other BackBox settings.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKBOX_SETTINGS } from '../../../../shared/backbox';
import type { MinPriceStatus } from '../../../../shared/min-price';
import { connectionStatus } from '../../../test/connection';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { BackboxSettingsSection } from '../../settings/BackboxSettingsSection';
import { MinPriceLine } from './MinPriceLine';

const status = (overrides: Partial<MinPriceStatus>): MinPriceStatus => ({
  country: 'fr-fr',
  currency: 'EUR',
  on: true,
  wish: { minPrice: '317.00', floorCents: 31_700, reason: null },
  sent: null,
  refused: null,
  ...overrides,
});

async function lineFor(answer: MinPriceStatus): Promise<string> {
  const fake = createFakeApi({ 'backbox:minPrice': () => answer });
  renderWithApi(<MinPriceLine productId={7} country="fr-fr" />, fake.api);
  return (await screen.findByTestId('listing-min-price')).textContent ?? '';
}

describe('the min_price in the Listings detail', () => {
  it('says Back Market holds the floor once it accepted it', async () => {
    expect(await lineFor(status({ sent: '317.00', held: '317.00' }))).toContain('€317.00, your floor: Back Market holds it.');
  });

  it('says when Back Market answered holding another min_price (BackPricer off)', async () => {
    expect(await lineFor(status({ sent: '317.00', held: null }))).toContain('check that the BackPricer is enabled');
  });

  it('says the floor goes with the next sync', async () => {
    expect(await lineFor(status({}))).toContain('€317.00, your floor: sent at the next sync.');
  });

  it('says why none is sent without a cost price, and that one sent before is cleared', async () => {
    const text = await lineFor(status({ wish: { minPrice: null, floorCents: null, reason: 'cost-unknown' }, sent: '300.00' }));
    expect(text).toContain('the cost price is not known');
    expect(text).toContain('The min_price €300.00 sent before is cleared on Back Market at the next sync.');
  });

  it('shows Back Market’s words when it refused the floor', async () => {
    expect(await lineFor(status({ refused: { minPrice: '317.00', message: 'BackPricer disabled' } }))).toContain('“BackPricer disabled”');
  });

  it('shows nothing where the country is off and nothing was sent', async () => {
    const fake = createFakeApi({ 'backbox:minPrice': () => status({ on: false, wish: { minPrice: null, floorCents: 31_700, reason: 'off' } }) });
    renderWithApi(<MinPriceLine productId={7} country="fr-fr" />, fake.api);
    await waitFor(() => expect(fake.callsOf('backbox:minPrice')).toHaveLength(1));
    expect(screen.queryByTestId('listing-min-price')).toBeNull();
  });
});

describe('Settings › BackBox: send my floor as min_price', () => {
  it('is off in every country by default, and saves the countries switched on with the other settings', async () => {
    const fake = createFakeApi({
      'backbox:settings': () => DEFAULT_BACKBOX_SETTINGS,
      'backbox:saveSettings': (settings) => settings,
      'connection:status': () => connectionStatus({ countries: [{ code: 'fr-fr', language: 'fr' }, { code: 'de-de', language: 'de' }] }),
    });
    renderWithApi(<BackboxSettingsSection />, fake.api);
    const switches = await screen.findByTestId('min-price-switches');
    const france = (await screen.findByRole('checkbox', { name: 'France' })) as HTMLInputElement;
    expect(switches.textContent).toContain('Send my floor as min_price');
    expect(france.checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Germany' }) as HTMLInputElement).checked).toBe(false);
    await userEvent.click(france);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('backbox:saveSettings')).toEqual([{ ...DEFAULT_BACKBOX_SETTINGS, minPriceCountries: ['fr-fr'] }]));
  });
});
