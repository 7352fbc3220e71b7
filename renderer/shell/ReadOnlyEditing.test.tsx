// Issue 14: while the catalogue is open read-only, "editing is off" holds everywhere, not only on the catalogue screen:
// the product drawer's Save, the mapping edits and every price box are off with a note saying why; with a writable
// catalogue the same controls work. The backup status comes through the same query the gate keeps.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../shared/backup';
import type { ValueMapView } from '../../shared/mapping';
import { useBackupStatus } from '../api/backup-queries';
import { ProductForm } from '../screens/catalogue/ProductForm';
import { CarriersScreen } from '../screens/mapping/CarriersScreen';
import { PricingScreen } from '../screens/pricing/PricingScreen';
import { createFakeApi } from '../test/fake-api';
import { priceMatrix, priceRow } from '../test/mapping';
import { productRow } from '../test/products';
import { renderWithApi } from '../test/render';

const FILE = '/data/refurb-desk-sandbox.sqlite';
const READ_ONLY: BackupStatus = { state: 'ok', mode: 'sandbox', file: FILE, problem: { kind: 'read-only-file', detail: 'EACCES' } };
const WRITABLE: BackupStatus = { state: 'ok', mode: 'sandbox', file: FILE };
const NOTE = /Editing is off while your catalogue cannot be written to/;

/** Asks for the backup status as the connection gate does, so the screens learn it the way they do in the app. */
function GateStatus() {
  useBackupStatus(true);
  return null;
}

const carriers = (): ValueMapView => ({ map: 'carrier', targets: ['COLISSIMO', 'UPS'], entries: [{ merchantValue: 'Colissimo', count: 3, target: 'COLISSIMO', suggestion: null }] });

function renderScreen(ui: ReactElement, status: BackupStatus) {
  const fake = createFakeApi({
    'backup:status': () => status,
    'mapping:valueMap': () => carriers(),
    'mapping:setValue': () => ({ affectedProducts: 3 }),
    'pricing:matrix': () => priceMatrix([priceRow(1, { 'fr-fr': 100, 'de-de': 100, 'en-gb': 90 })]),
    'pricing:rates': () => ({}),
    'pricing:setPrice': ({ productId }) => priceRow(productId, { 'fr-fr': 120, 'de-de': 100, 'en-gb': 90 }),
    'catalogue:save': (input) => ({ ...productRow(1), ...input.product, attributes: input.product.attributes ?? {} }) as never,
  });
  renderWithApi(
    <>
      <GateStatus />
      {ui}
    </>,
    fake.api,
  );
  return fake;
}

const isDisabled = (element: HTMLElement) => element.matches(':disabled');
const drawer = () => <ProductForm product={productRow(1)} onClose={() => undefined} onSaved={() => undefined} />;

describe('editing while the catalogue is read-only', () => {
  it("the product drawer's Save is off with the note, and saves nothing even on Enter", async () => {
    const user = userEvent.setup();
    const fake = renderScreen(drawer(), READ_ONLY);
    const form = screen.getByRole('dialog', { name: 'Product P-0001' });
    await waitFor(() => expect(isDisabled(within(form).getByRole('button', { name: 'Save' }))).toBe(true));
    expect(within(form).getByRole('note').textContent).toMatch(NOTE);
    await user.type(within(form).getByLabelText('Stock'), '{Enter}');
    expect(fake.callsOf('catalogue:save')).toEqual([]);
  });

  it("the product drawer's Save works when the catalogue is writable", async () => {
    const user = userEvent.setup();
    const fake = renderScreen(drawer(), WRITABLE);
    const form = screen.getByRole('dialog', { name: 'Product P-0001' });
    await waitFor(() => expect(fake.callsOf('backup:status')).toHaveLength(1));
    const save = within(form).getByRole('button', { name: 'Save' });
    expect(isDisabled(save)).toBe(false);
    expect(within(form).queryByRole('note')).toBeNull();
    await user.click(save);
    await waitFor(() => expect(fake.callsOf('catalogue:save')).toHaveLength(1));
  });

  it('a carrier mapping cannot be changed or removed, with the note', async () => {
    renderScreen(<CarriersScreen />, READ_ONLY);
    const remove = await screen.findByRole('button', { name: 'Remove Colissimo' });
    await waitFor(() => expect(isDisabled(remove)).toBe(true));
    expect(isDisabled(screen.getByRole('combobox', { name: 'Back Market shipper for Colissimo' }))).toBe(true);
    expect(isDisabled(screen.getByRole('textbox', { name: 'Add a carrier you ship with' }))).toBe(true);
    expect(screen.getByTestId('read-only-note').textContent).toMatch(NOTE);
  });

  it('a carrier mapping can be changed when the catalogue is writable', async () => {
    const user = userEvent.setup();
    const fake = renderScreen(<CarriersScreen />, WRITABLE);
    const remove = await screen.findByRole('button', { name: 'Remove Colissimo' });
    await waitFor(() => expect(fake.callsOf('backup:status')).toHaveLength(1));
    expect(isDisabled(remove)).toBe(false);
    expect(screen.queryByTestId('read-only-note')).toBeNull();
    await user.click(remove);
    await waitFor(() => expect(fake.callsOf('mapping:setValue')).toEqual([{ map: 'carrier', merchantValue: 'Colissimo', target: null }]));
  });

  it('every price box and the bulk actions are off, while search and paging stay on', async () => {
    renderScreen(<PricingScreen />, READ_ONLY);
    const price = await screen.findByRole('textbox', { name: 'Price of P-1 in France' });
    await waitFor(() => expect(isDisabled(price)).toBe(true));
    expect(isDisabled(screen.getByRole('textbox', { name: 'Price of P-1 in Germany' }))).toBe(true);
    expect(isDisabled(screen.getByRole('searchbox'))).toBe(false);
    expect(screen.getByTestId('read-only-note').textContent).toMatch(NOTE);
  });

  it('a price can be edited when the catalogue is writable', async () => {
    const user = userEvent.setup();
    const fake = renderScreen(<PricingScreen />, WRITABLE);
    const price = await screen.findByRole('textbox', { name: 'Price of P-1 in France' });
    await waitFor(() => expect(fake.callsOf('backup:status')).toHaveLength(1));
    expect(isDisabled(price)).toBe(false);
    await user.clear(price);
    await user.type(price, '120{Enter}');
    await waitFor(() => expect(fake.callsOf('pricing:setPrice')).toEqual([{ productId: 1, country: 'fr-fr', price: 120 }]));
  });
});
