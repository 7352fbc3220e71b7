// The margin settings as a merchant edits them: the default VAT rates shown as percentages, a changed rate and a
// parcel cost saved in basis points and cents, a rate out of range refused before anything is sent.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VAT_BASIS_POINTS, type MarginSettings } from '../../../shared/margin';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { MarginSettingsSection } from './MarginSettingsSection';

const defaults: MarginSettings = { vatBasisPoints: { ...DEFAULT_VAT_BASIS_POINTS }, shippingCents: {}, minimumMarginCents: null };

describe('the margin settings', () => {
  it('saves a changed VAT rate, a parcel cost and a minimum margin; refuses a rate above 50 %', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({ 'margin:settings': () => defaults, 'margin:saveSettings': () => defaults });
    renderWithApi(<MarginSettingsSection />, fake.api);
    const germany = await screen.findByLabelText('VAT % Germany');
    expect((germany as HTMLInputElement).value).toBe('19');
    await user.clear(germany);
    await user.type(germany, '70');
    await user.click(screen.getByRole('button', { name: 'Save the margin settings' }));
    expect(screen.getByText('The VAT rate for Germany must be a percentage from 0 to 50.')).toBeTruthy();
    expect(fake.callsOf('margin:saveSettings')).toEqual([]);

    await user.clear(germany);
    await user.type(germany, '7');
    await user.type(screen.getByLabelText('Parcel cost per sale (EUR)'), '6,50');
    await user.type(screen.getByLabelText('Minimum margin per device'), '40');
    await user.click(screen.getByRole('button', { name: 'Save the margin settings' }));
    await waitFor(() => expect(fake.callsOf('margin:saveSettings')).toHaveLength(1));
    expect(fake.callsOf('margin:saveSettings')[0]).toMatchObject({ vatBasisPoints: { 'de-de': 700, 'fr-fr': 2000 }, shippingCents: { EUR: 650 }, minimumMarginCents: 4000 });
  });
});
