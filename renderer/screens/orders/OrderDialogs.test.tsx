import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ValueMapEntry } from '../../../shared/mapping';
import { createFakeApi, failWith } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { CancelDialog, RefundDialog } from './LineDialogs';
import { detail, line } from './order-fixtures';
import { ShipDialog } from './ShipDialog';

const CARRIERS: ValueMapEntry[] = [
  { merchantValue: 'PostNL', count: 3, target: 'TNT', suggestion: 'TNT' },
  { merchantValue: 'Colissimo', count: 1, target: null, suggestion: 'Colissimo' },
  { merchantValue: 'Coursier Régional', count: 0, target: null, suggestion: null },
];

async function renderShip(order = detail(101, { place: 'to-ship', canShip: true, lines: [line(1011, { state: 2, canAccept: false })] })) {
  const fake = createFakeApi({
    'mapping:valueMap': () => ({ map: 'carrier', entries: CARRIERS, targets: [] }),
    'orders:ship': ({ orderId }) => ({ order: detail(orderId), alreadyDone: false }),
  });
  const onDone = vi.fn();
  renderWithApi(<ShipDialog order={order} onDone={onDone} onClose={() => undefined} />, fake.api);
  // The merchant's carriers are on the list.
  await screen.findByRole('option', { name: 'PostNL (sent as TNT)' });
  return { fake, onDone };
}

const dialog = () => screen.getByTestId('ship-dialog');
const confirm = () => within(dialog()).getByRole('button', { name: 'Confirm shipment' }) as HTMLButtonElement;

describe('the shipment dialog', () => {
  it('needs a carrier, a tracking number and the VAT type before anything is sent', async () => {
    const user = userEvent.setup();
    const { fake } = await renderShip();
    await user.click(confirm());
    expect(within(dialog()).getByText('Choose the carrier that takes the parcel.')).toBeTruthy();
    expect(within(dialog()).getByText('Enter the tracking number of the parcel.')).toBeTruthy();
    expect(within(dialog()).getByText('Choose the VAT of this sale.')).toBeTruthy();
    expect(within(dialog()).getByLabelText('Tracking number').getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(within(dialog()).getByLabelText('Carrier'), 'PostNL');
    await user.type(within(dialog()).getByLabelText('Tracking number'), '   ');
    await user.click(within(dialog()).getByLabelText('Margin scheme'));
    await user.click(confirm());
    expect(within(dialog()).getByText('Enter the tracking number of the parcel.')).toBeTruthy();
    expect(fake.callsOf('orders:ship')).toEqual([]);
  });

  it('blocks an unmapped carrier and links to the carrier mapping', async () => {
    const user = userEvent.setup();
    const { fake } = await renderShip();
    await user.selectOptions(await within(dialog()).findByLabelText('Carrier'), 'Coursier Régional');
    const blocked = within(dialog()).getByTestId('carrier-unmapped');
    expect(blocked.textContent).toContain('Coursier Régional is not mapped to a Back Market shipper yet');
    expect(within(blocked).getByRole('link', { name: 'Map your carriers' }).getAttribute('href')).toBe('#/mapping-carriers');
    expect(confirm().disabled).toBe(true);
    // A carrier whose own name is a Back Market shipper needs no mapping.
    expect(within(dialog()).getByRole('option', { name: 'Colissimo (sent as Colissimo)' })).toBeTruthy();
    await user.selectOptions(within(dialog()).getByLabelText('Carrier'), 'Colissimo');
    expect(within(dialog()).queryByTestId('carrier-unmapped')).toBeNull();
    expect(confirm().disabled).toBe(false);
    expect(fake.callsOf('orders:ship')).toEqual([]);
  });

  it('checks the IMEI’s Luhn digit, warns that it cannot be corrected, and sends the shipment', async () => {
    const user = userEvent.setup();
    const { fake, onDone } = await renderShip();
    await user.selectOptions(await within(dialog()).findByLabelText('Carrier'), 'PostNL');
    await user.type(within(dialog()).getByLabelText('Tracking number'), '3SABC0123456789');
    await user.type(within(dialog()).getByLabelText('Tracking link (optional)'), 'https://postnl.example/track/3SABC');
    await user.click(within(dialog()).getByLabelText('IMEI (phone)'));
    expect(within(dialog()).getByTestId('imei-warning').textContent).toContain('cannot be corrected');
    await user.click(within(dialog()).getByLabelText('Regular VAT'));

    const imei = within(dialog()).getByLabelText('IMEI');
    await user.type(imei, '490154203237519');
    await user.click(confirm());
    expect(within(dialog()).getByText(/An IMEI is 15 digits and its last digit must check out \(Luhn\)/)).toBeTruthy();
    await user.clear(imei);
    await user.type(imei, '49015420323751');
    await user.click(confirm());
    expect(within(dialog()).getByText(/An IMEI is 15 digits/)).toBeTruthy();
    expect(fake.callsOf('orders:ship')).toEqual([]);

    await user.clear(imei);
    await user.type(imei, '490154203237518');
    await user.click(confirm());
    await waitFor(() =>
      expect(fake.callsOf('orders:ship')).toEqual([
        { orderId: 101, carrier: 'PostNL', trackingNumber: '3SABC0123456789', trackingUrl: 'https://postnl.example/track/3SABC', imei: '490154203237518', vatType: 'REGULAR' },
      ]),
    );
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
  });

  it('refuses a tracking link that is not a web address, and offers no IMEI where Back Market takes none', async () => {
    const user = userEvent.setup();
    await renderShip(detail(7, { canShip: true, identifiersAllowed: false, lines: [line(71, { quantity: 2, state: 2 })] }));
    await user.type(await within(dialog()).findByLabelText('Tracking link (optional)'), 'postnl.example/track');
    await user.click(confirm());
    expect(within(dialog()).getByText('The tracking link must start with http:// or https://.')).toBeTruthy();
    expect(within(dialog()).queryByLabelText('IMEI (phone)')).toBeNull();
  });

  it('sends a serial number instead of an IMEI', async () => {
    const user = userEvent.setup();
    const { fake } = await renderShip();
    await user.selectOptions(await within(dialog()).findByLabelText('Carrier'), 'PostNL');
    await user.type(within(dialog()).getByLabelText('Tracking number'), 'T1');
    await user.click(within(dialog()).getByLabelText('Serial number'));
    await user.type(within(dialog()).getByRole('textbox', { name: 'Serial number' }), 'C02XK1ABJG5J');
    await user.click(within(dialog()).getByLabelText('Margin scheme'));
    await user.click(confirm());
    await waitFor(() => expect(fake.callsOf('orders:ship')).toEqual([{ orderId: 101, carrier: 'PostNL', trackingNumber: 'T1', serialNumber: 'C02XK1ABJG5J', vatType: 'MARGINAL' }]));
  });
});

describe('the cancellation dialog', () => {
  function renderCancel() {
    const fake = createFakeApi({ 'orders:cancel': ({ orderId }) => ({ order: detail(orderId), alreadyDone: false, stockZeroSent: true }) });
    const onDone = vi.fn();
    renderWithApi(<CancelDialog orderId={101} line={line(1011)} onDone={onDone} onClose={() => undefined} />, fake.api);
    return { fake, onDone, dialog: screen.getByTestId('cancel-dialog') };
  }

  it('needs a reason and a message to the customer', async () => {
    const user = userEvent.setup();
    const { fake, dialog: cancel } = renderCancel();
    await user.click(within(cancel).getByRole('button', { name: 'Cancel line' }));
    expect(within(cancel).getByText("Choose one of Back Market's reasons.")).toBeTruthy();
    expect(within(cancel).getByText('Write the message the customer will receive.')).toBeTruthy();
    await user.selectOptions(within(cancel).getByLabelText('Reason'), 'Other');
    await user.click(within(cancel).getByLabelText('Message to the customer'));
    await user.paste('x'.repeat(501));
    await user.click(within(cancel).getByRole('button', { name: 'Cancel line' }));
    expect(within(cancel).getByText('The message is at most 500 characters: shorten it.')).toBeTruthy();
    expect(fake.callsOf('orders:cancel')).toEqual([]);
  });

  it('offers to set the stock to 0 only for a stock mistake, and sends the choice', async () => {
    const user = userEvent.setup();
    const { fake, onDone, dialog: cancel } = renderCancel();
    await user.selectOptions(within(cancel).getByLabelText('Reason'), 'Lost parcel');
    expect(within(cancel).queryByLabelText(/Set the stock of IPSE20-64-WHT to 0/)).toBeNull();
    await user.selectOptions(within(cancel).getByLabelText('Reason'), 'Stock mistake');
    await user.click(within(cancel).getByLabelText('Set the stock of IPSE20-64-WHT to 0, here and on Back Market, at once'));
    await user.type(within(cancel).getByLabelText('Message to the customer'), '  Sorry, this phone was sold in our shop.  ');
    await user.click(within(cancel).getByRole('button', { name: 'Cancel line' }));
    await waitFor(() =>
      expect(fake.callsOf('orders:cancel')).toEqual([{ orderId: 101, orderlineId: 1011, reason: 0, message: 'Sorry, this phone was sold in our shop.', setStockToZero: true }]),
    );
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
  });
});

describe('the refund dialog', () => {
  it('refunds a shipped line with a reason and a message, and shows Back Market’s refusal as it said it', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'orders:refund': () => failWith({ code: 'conflict', message: 'Back Market refused to refund the line. Back Market said: return_reason is required.' }),
    });
    renderWithApi(<RefundDialog orderId={5} line={line(51, { state: 3, canRefund: true })} onDone={() => undefined} onClose={() => undefined} />, fake.api);
    const refund = screen.getByTestId('refund-dialog');
    await user.click(within(refund).getByRole('button', { name: 'Refund line' }));
    expect(within(refund).getByText("Choose one of Back Market's reasons.")).toBeTruthy();
    expect(fake.callsOf('orders:refund')).toEqual([]);
    await user.selectOptions(within(refund).getByLabelText('Reason'), 'Faulty product on opening the package');
    expect(within(refund).queryByLabelText(/Set the stock/)).toBeNull();
    await user.type(within(refund).getByLabelText('Message to the customer'), 'Refunded, sorry for the trouble.');
    await user.click(within(refund).getByRole('button', { name: 'Refund line' }));
    expect((await within(refund).findByTestId('move-error')).textContent).toContain('Back Market said: return_reason is required.');
    expect(fake.callsOf('orders:refund')).toEqual([{ orderId: 5, orderlineId: 51, reason: 21, message: 'Refunded, sorry for the trouble.' }]);
  });
});
