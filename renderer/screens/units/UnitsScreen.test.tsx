// The Units screen as a merchant drives it with a barcode scanner: a scan of an unknown IMEI opens the form to record
// it, the check digit is verified before anything is sent, saving records it and hands the focus back for the next
// scan; a scan of a known device opens it, and a status moved by hand is sent with its note.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UnitDetail } from '../../../shared/device-units';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { detail, line } from '../orders/order-fixtures';
import { ShipDialog } from '../orders/ShipDialog';
import { LineDevices } from './LineDevices';
import { UnitsScreen } from './UnitsScreen';

const IMEI = '490154203237518';
const unit = (patch: Partial<UnitDetail> = {}): UnitDetail => ({
  id: 7,
  imei: IMEI,
  imei2: null,
  serialNumber: '',
  sku: 'IP12-128-BLK-A',
  merchantGrade: 'A',
  grade: 'EXCELLENT',
  batteryHealth: 91,
  colour: '',
  storage: '',
  purchaseDate: '2026-02-03',
  supplier: 'Recommerce',
  purchaseCostCents: 21_250,
  repairCostCents: 0,
  currency: 'EUR',
  vatRegime: 'margin',
  notes: '',
  status: 'in-stock',
  returns: 0,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  history: [{ status: 'in-stock', cause: 'manual', orderlineId: null, note: 'added', changedAt: '2026-03-01T10:00:00Z' }],
  orderlineIds: [],
  ...patch,
});
const emptyCounts = { 'in-stock': 0, reserved: 0, shipped: 0, returned: 0, 'in-repair': 0, 'written-off': 0 };

function renderScreen(known: UnitDetail | null) {
  // What main holds: an edit changes what the next read answers.
  let current = known;
  const fake = createFakeApi({
    'units:list': () => ({ units: known ? [known] : [], total: known ? 1 : 0, byStatus: emptyCounts }),
    'units:findByCode': ({ code }) => (known && code === known.imei ? known : null),
    'units:get': () => current ?? unit(),
    'units:add': ({ unit: input }) => unit({ imei: input.imei ?? null, sku: input.sku }),
    'units:update': ({ id, unit: input }) => {
      current = unit({ ...input, id, imei: input.imei ?? null, history: [...unit().history, { status: 'in-stock', cause: 'manual', orderlineId: null, note: 'edited:batteryHealth,colour', changedAt: '2026-03-02T10:00:00Z' }] } as Partial<UnitDetail>);
      return current;
    },
    'units:setStatus': ({ status, note }) => unit({ status, history: [...unit().history, { status, cause: 'manual', orderlineId: null, note: note ?? '', changedAt: '2026-03-02T10:00:00Z' }] }),
    'catalogue:list': () => ({ rows: [], total: 0 }),
  });
  renderWithApi(<UnitsScreen />, fake.api);
  return fake;
}

describe('the Units screen', () => {
  it('records a scanned device: refuses a wrong check digit, then sends the IMEI, product and cost, and is ready for the next scan', async () => {
    const user = userEvent.setup();
    const fake = renderScreen(null);
    const scan = await screen.findByTestId('unit-scan');
    await user.type(scan, `${IMEI.slice(0, 14)}9{Enter}`);
    const form = await screen.findByTestId('add-unit-form');
    await user.type(within(form).getByLabelText('Product (SKU)'), 'IP12-128-BLK-A');
    await user.click(within(form).getByRole('button', { name: 'Record the device' }));
    expect(within(form).getByText(/This IMEI fails its check digit/)).toBeTruthy();
    expect(fake.callsOf('units:add')).toEqual([]);

    const code = within(form).getByLabelText('IMEI or serial number');
    await user.clear(code);
    await user.type(code, IMEI);
    await user.type(within(form).getByLabelText('Purchase cost'), '212,50');
    await user.type(within(form).getByLabelText('Battery health %'), '91');
    await user.click(within(form).getByRole('button', { name: 'Record the device' }));
    await screen.findByTestId('unit-added');
    expect(fake.callsOf('units:add')[0]?.unit).toMatchObject({ imei: IMEI, sku: 'IP12-128-BLK-A', purchaseCostCents: 21_250, batteryHealth: 91, vatRegime: 'margin', currency: 'EUR' });
    expect(document.activeElement).toBe(screen.getByTestId('unit-scan'));
  });

  it('opens a known device on its scan and moves it to repair with a note', async () => {
    const user = userEvent.setup();
    const fake = renderScreen(unit());
    await user.type(await screen.findByTestId('unit-scan'), `${IMEI}{Enter}`);
    const detail = await screen.findByTestId('unit-detail');
    expect(within(detail).getByTestId('unit-status').textContent).toBe('In stock');
    await user.selectOptions(within(detail).getByTestId('unit-status-select'), 'in-repair');
    await user.type(within(detail).getByLabelText('Note (optional)'), 'screen flickers');
    await user.click(within(detail).getByRole('button', { name: 'Save the status' }));
    await waitFor(() => expect(fake.callsOf('units:setStatus')).toEqual([{ id: 7, status: 'in-repair', note: 'screen flickers' }]));
    expect(within(detail).getByTestId('unit-history').textContent).toContain('recorded');
  });

  it('warns when a device came back a second time', async () => {
    renderScreen(unit({ status: 'returned', returns: 2 }));
    await userEvent.setup().type(await screen.findByTestId('unit-scan'), `${IMEI}{Enter}`);
    expect((await screen.findByTestId('unit-returned-again')).textContent).toContain('came back 2 times');
  });
});

describe('editing a device', () => {
  it('edits by keyboard: refuses a wrong check digit beside its field, then sends the changes and shows what changed in the history', async () => {
    const user = userEvent.setup();
    const fake = renderScreen(unit());
    await user.type(await screen.findByTestId('unit-scan'), `${IMEI}{Enter}`);
    const detail = await screen.findByTestId('unit-detail');
    within(detail).getByRole('button', { name: 'Edit details' }).focus();
    await user.keyboard('{Enter}');
    const form = await screen.findByTestId('edit-unit-form');
    expect((within(form).getByLabelText('Purchase cost') as HTMLInputElement).value).toBe('212.50');
    expect((within(form).getByLabelText('Back Market grade') as HTMLSelectElement).value).toBe('EXCELLENT');

    const code = within(form).getByLabelText('IMEI or serial number');
    await user.clear(code);
    await user.type(code, `${IMEI.slice(0, 14)}9`);
    await user.click(within(form).getByRole('button', { name: 'Save the changes' }));
    expect(within(form).getByText(/This IMEI fails its check digit/)).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsOf('units:update')).toEqual([]);

    await user.clear(code);
    await user.type(code, IMEI);
    const battery = within(form).getByLabelText('Battery health %');
    await user.clear(battery);
    await user.type(battery, '95');
    await user.type(within(form).getByLabelText('Colour'), 'Blue');
    await user.selectOptions(within(form).getByLabelText('Back Market grade'), 'GOOD');
    // Enter in a field saves, as a scanner or a keyboard user would.
    await user.type(within(form).getByLabelText('Storage'), '128 GB{Enter}');
    await waitFor(() => expect(fake.callsOf('units:update')).toHaveLength(1));
    expect(fake.callsOf('units:update')[0]).toMatchObject({
      id: 7,
      unit: { imei: IMEI, sku: 'IP12-128-BLK-A', batteryHealth: 95, colour: 'Blue', storage: '128 GB', grade: 'GOOD', merchantGrade: 'A', purchaseCostCents: 21_250, supplier: 'Recommerce', purchaseDate: '2026-02-03', vatRegime: 'margin', currency: 'EUR' },
    });
    await waitFor(() => expect(screen.queryByTestId('edit-unit-form')).toBeNull());
    expect(within(detail).getByTestId('unit-history').textContent).toContain('edited: Battery health %, Colour');
  });

  it('says why the IMEI of a shipped device cannot change, and Escape closes the form', async () => {
    const user = userEvent.setup();
    renderScreen(unit({ status: 'shipped', history: [...unit().history, { status: 'shipped', cause: 'order', orderlineId: 3011, note: 'shipped', changedAt: '2026-03-02T10:00:00Z' }] }));
    await user.type(await screen.findByTestId('unit-scan'), `${IMEI}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = await screen.findByTestId('edit-unit-form');
    expect(within(form).getByTestId('unit-identifiers-locked').textContent).toMatch(/has shipped: Back Market holds its IMEI/);
    expect((within(form).getByLabelText('IMEI or serial number') as HTMLInputElement).readOnly).toBe(true);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('edit-unit-form')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit details' })));
  });
});

describe('the ship dialog picks a device', () => {
  it('a scanned in-stock device fills the IMEI sent and preselects MARGINAL for a margin-scheme device', async () => {
    const user = userEvent.setup();
    const order = detail(101, { place: 'to-ship', canShip: true, lines: [line(1011, { state: 2, canAccept: false, sku: 'IP12-128-BLK-A' })] });
    const fake = createFakeApi({
      'mapping:valueMap': () => ({ map: 'carrier', entries: [{ merchantValue: 'PostNL', count: 1, target: 'TNT', suggestion: 'TNT' }], targets: [] }),
      'units:pickable': () => [unit(), unit({ id: 8, imei: '356938035643809', vatRegime: 'regular', purchaseDate: '2026-02-10' })],
      'orders:ship': ({ orderId }) => ({ order: detail(orderId), alreadyDone: false }),
    });
    renderWithApi(<ShipDialog order={order} onDone={() => undefined} onClose={() => undefined} />, fake.api);
    const picker = await screen.findByTestId('unit-picker');
    await user.type(within(picker).getByTestId('unit-pick-scan'), `${IMEI}{Enter}`);
    const dialog = screen.getByTestId('ship-dialog');
    expect((within(dialog).getByLabelText('IMEI') as HTMLInputElement).value).toBe(IMEI);
    expect((within(dialog).getByLabelText('Margin scheme') as HTMLInputElement).checked).toBe(true);
    await user.selectOptions(within(dialog).getByLabelText('Carrier'), 'PostNL');
    await user.type(within(dialog).getByLabelText('Tracking number'), '3SABC123');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm shipment' }));
    await waitFor(() => expect(fake.callsOf('orders:ship')[0]).toMatchObject({ imei: IMEI, vatType: 'MARGINAL' }));
  });
});

describe('the devices of an orderline', () => {
  it('names the device on a Backship return and flags one back a second time', async () => {
    const fake = createFakeApi({ 'units:ofOrderline': () => [unit({ status: 'returned', returns: 2 })] });
    renderWithApi(<LineDevices orderlineId={3011} testId="return-devices" />, fake.api);
    expect((await screen.findByTestId('return-devices')).textContent).toBe(`IMEI ${IMEI} returned again`);
    expect(fake.callsOf('units:ofOrderline')).toEqual([{ orderlineId: 3011 }]);
  });
});
