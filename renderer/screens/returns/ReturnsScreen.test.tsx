import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CareFolderSummary, ReturnSummary } from '../../../shared/orders';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { parseRefundAmount } from './CareFolderRefundDialog';
import { ReturnsScreen } from './ReturnsScreen';

const RETURN: ReturnSummary = {
  orderId: 301,
  orderlineId: 3011,
  shipmentId: 9001,
  type: 'RETURN',
  referenceNumber: 'R-1',
  trackingNumber: '1Z999',
  trackingUrl: 'https://ups.example/1Z999',
  carrierName: 'UPS',
  hubScanned: true,
  dateCreation: '2026-11-20T10:00:00Z',
  datePickup: '2026-11-21T10:00:00Z',
  dateDelivery: '',
  label: 'https://www.backmarket.fr/label/9001.pdf',
  sku: 'MBA-M1-256-AZ',
  customerName: 'Luca Rossi',
};

const folder = (id: number, patch: Partial<CareFolderSummary> = {}): CareFolderSummary => ({
  id,
  state: 'open',
  orderlineId: 3011,
  orderId: 301,
  sku: 'MBA-M1-256-AZ',
  customerName: 'Luca Rossi',
  countryCode: 'it-it',
  dateCreation: '2026-11-22T10:00:00Z',
  dateModification: '2026-11-23T10:00:00Z',
  dateLastMessage: '2026-11-23T10:00:00Z',
  dateClosed: '',
  ...patch,
});

function setup() {
  const fake = createFakeApi({
    'returns:list': () => ({ returns: [RETURN], page: 1, hasMore: false, total: 1 }),
    'careFolders:list': ({ state }) => ({
      careFolders: [folder(55), folder(56, { state: 'closed', orderId: null })].filter((entry) => !state || state === 'all' || entry.state === state),
      page: 1,
      hasMore: false,
    }),
    'careFolders:refund': ({ amount }) => ({ message: `${amount ?? '749.00'} EUR refunded on the sku MBA-M1-256-AZ`, order: null }),
  });
  renderWithApi(<ReturnsScreen />, fake.api);
  return fake;
}

describe('the returns screen', () => {
  it('lists Backship returns with where the parcel is and the order it belongs to', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Backship returns' });
    const row = within(table).getByTestId('return-row');
    expect(row.textContent).toContain('MBA-M1-256-AZ');
    expect(row.textContent).toContain('Scanned at Back Market');
    expect(within(row).getByRole('link', { name: 'Open order 301' }).getAttribute('href')).toBe('#/orders?order=301');
    expect(within(row).getByRole('link', { name: 'Open the label' }).getAttribute('href')).toBe(RETURN.label);
  });

  it('lists care folders by state with their linked order, and refunds from an open one', async () => {
    const user = userEvent.setup();
    const fake = setup();
    const table = await screen.findByRole('table', { name: 'Care folders' });
    expect(within(table).getAllByTestId('care-folder-row')).toHaveLength(1);
    expect(within(table).getByText('Open')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Show'), 'all');
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Care folders' })).getAllByTestId('care-folder-row')).toHaveLength(2));
    expect(screen.getByText('Not imported')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Refund from care folder 56' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Refund from care folder 55' }));
    const dialog = await screen.findByTestId('care-folder-refund-dialog');
    await user.type(within(dialog).getByLabelText('Amount (optional)'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(within(dialog).getByText(/Type an amount above 0/)).toBeTruthy();
    expect(fake.callsOf('careFolders:refund')).toEqual([]);
    await user.clear(within(dialog).getByLabelText('Amount (optional)'));
    await user.type(within(dialog).getByLabelText('Amount (optional)'), '49,90');
    await user.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect((await screen.findByTestId('care-folder-outcome')).textContent).toContain('49.9 EUR refunded on the sku MBA-M1-256-AZ');
    expect(fake.callsOf('careFolders:refund')).toEqual([{ careFolderId: 55, amount: 49.9 }]);
  });

  it('reads a refund amount: empty is the whole line, a comma is a decimal point', () => {
    expect(parseRefundAmount('')).toBeUndefined();
    expect(parseRefundAmount(' 12,5 ')).toBe(12.5);
    expect(parseRefundAmount('0')).toBeNull();
    expect(parseRefundAmount('1.234')).toBeNull();
  });
});
