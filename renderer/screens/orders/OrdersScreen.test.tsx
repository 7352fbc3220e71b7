import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrderQuery, OrderSummary } from '../../../shared/orders';
import { createFakeApi, failWith, type FakeHandlers } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { detail, line, page, summary } from './order-fixtures';
import { OrdersScreen } from './OrdersScreen';

const ORDERS: OrderSummary[] = [
  summary(101, { customerName: 'Camille Durand', skus: ['IPSE20-64-WHT'] }),
  summary(102, { customerName: 'Jonas Weber', countryCode: 'de-de', skus: ['DYSON-V11-ABS'] }),
  summary(201, { place: 'to-ship', state: 3, customerName: 'Ana Lopez', skus: ['S22-128-BLK-B'] }),
  summary(301, { place: 'shipped', state: 9, customerName: 'Luca Rossi', skus: ['MBA-M1-256-AZ'], trackingNumber: '6A12345678901' }),
];
const COUNTS = { 'to-accept': 2, 'to-ship': 1, shipped: 1, 'cancelled-refunded': 0 };

/** The service's search, roughly: order id, customer, SKU or tracking number, within the tab. */
function list(query: Partial<OrderQuery>) {
  const search = (query.search ?? '').toLowerCase();
  const found = ORDERS.filter((order) => order.place === (query.tab ?? 'to-accept')).filter(
    (order) => !search || [String(order.orderId), order.customerName, ...order.skus, order.trackingNumber].some((text) => text.toLowerCase().includes(search)),
  );
  return page(found, COUNTS);
}

function setup(handlers: FakeHandlers = {}) {
  const fake = createFakeApi({ 'orders:list': (query) => list(query), 'orders:get': ({ orderId }) => detail(orderId), ...handlers });
  renderWithApi(<OrdersScreen />, fake.api);
  return fake;
}

const rows = () => screen.getAllByTestId('order-row').map((row) => row.getAttribute('data-order-id'));

afterEach(() => vi.restoreAllMocks());

describe('the orders screen', () => {
  it('shows the four lists with their counts, To accept first, and switches between them', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByRole('table', { name: 'Orders: To accept' });
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['To accept2', 'To ship1', 'Shipped1', 'Cancelled and refunded0']);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    expect(rows()).toEqual(['101', '102']);

    await user.click(screen.getByRole('tab', { name: /Shipped/ }));
    await screen.findByRole('table', { name: 'Orders: Shipped' });
    expect(rows()).toEqual(['301']);
    expect(screen.getByRole('columnheader', { name: 'Tracking number' })).toBeTruthy();
    expect(within(screen.getByRole('table')).getByText('6A12345678901')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: /Cancelled and refunded/ }));
    expect(await screen.findByText('No cancelled or refunded order.')).toBeTruthy();
    expect(fake.callsOf('orders:list').map((query) => query.tab)).toEqual(expect.arrayContaining(['to-accept', 'shipped', 'cancelled-refunded']));
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    setup();
    await screen.findByRole('table', { name: 'Orders: To accept' });
    screen.getByRole('tab', { name: /To accept/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /To ship/ }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /To ship/ }));
    await screen.findByRole('table', { name: 'Orders: To ship' });
  });

  it('searches by order id, customer name, SKU or tracking number, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByRole('table', { name: 'Orders: To accept' });
    const box = screen.getByRole('searchbox', { name: 'Search orders' });

    await user.type(box, 'weber');
    await waitFor(() => expect(rows()).toEqual(['102']));
    expect(fake.callsOf('orders:list').at(-1)).toMatchObject({ tab: 'to-accept', search: 'weber', offset: 0 });

    await user.clear(box);
    await user.type(box, 'IPSE20');
    await waitFor(() => expect(rows()).toEqual(['101']));

    await user.clear(box);
    await user.type(box, '102{Enter}');
    await waitFor(() => expect(rows()).toEqual(['102']));

    await user.click(screen.getByRole('tab', { name: /Shipped/ }));
    await user.clear(box);
    await user.type(box, '6A1234');
    await waitFor(() => expect(rows()).toEqual(['301']));

    await user.clear(box);
    await user.type(box, 'nobody');
    expect(await screen.findByText('No order matches “nobody” in this list.')).toBeTruthy();
  });

  it('imports orders from Back Market and shows what came in', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const fake = setup({
      'orders:import': () =>
        new Promise((resolve) => {
          finish = () => resolve({ received: 3, added: 2, updated: 1, unchanged: 0, toAccept: 2, stockChanges: 2, since: '' });
        }),
    });
    await screen.findByRole('table', { name: 'Orders: To accept' });
    await user.click(screen.getByRole('button', { name: 'Import orders' }));
    expect(await screen.findByRole('progressbar', { name: 'Importing orders from Back Market…' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import orders' }) as HTMLButtonElement).disabled).toBe(true);
    finish();
    const report = await screen.findByTestId('orders-import-report');
    expect(report.textContent).toContain('3 orders received: 2 new, 1 updated, 0 unchanged.');
    expect(report.textContent).toContain('2 orders are waiting for you to accept them.');
    expect(report.textContent).toContain('The stock of 2 products changed');
    expect(fake.callsOf('orders:import')).toEqual([{}]);
    // The lists are read again after the import.
    await waitFor(() => expect(fake.callsOf('orders:list').length).toBeGreaterThan(1));
  });

  it('shows a failed import in the merchant’s words', async () => {
    const user = userEvent.setup();
    setup({ 'orders:import': () => failWith({ code: 'unavailable', message: 'Back Market did not answer. Check your connection and import again.' }) });
    await screen.findByRole('table', { name: 'Orders: To accept' });
    await user.click(screen.getByRole('button', { name: 'Import orders' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Back Market did not answer. Check your connection and import again.');
  });

  it('opens an order: addresses, lines with grade, price and fee, deadline, delivery note', async () => {
    const user = userEvent.setup();
    setup({ 'orders:get': ({ orderId }) => detail(orderId, { expectedDispatchDate: new Date(Date.now() + (5 * 60 + 30) * 60_000 + 20_000).toISOString() }) });
    await screen.findByRole('table', { name: 'Orders: To accept' });
    await user.click(screen.getByRole('button', { name: 'Open order 101' }));
    const drawer = await screen.findByTestId('order-detail');
    await within(drawer).findByRole('table', { name: 'Lines' });
    expect(window.location.hash).toBe('#/orders?order=101');
    expect(within(drawer).getByRole('heading', { name: 'Order 101' })).toBeTruthy();
    const shipping = within(drawer).getByRole('heading', { name: 'Shipping address' }).parentElement as HTMLElement;
    expect(shipping.textContent).toContain('Camille Durand');
    expect(shipping.textContent).toContain('69003 Lyon');
    expect((within(drawer).getByRole('heading', { name: 'Billing address' }).parentElement as HTMLElement).textContent).toContain('69003 Paris');
    const lineRow = within(drawer).getByTestId('order-line');
    expect(lineRow.textContent).toContain('IPSE20-64-WHT');
    expect(lineRow.textContent).toContain('Good');
    expect(lineRow.textContent).toContain('€149.00');
    expect(lineRow.textContent).toContain('€14.90');
    expect(within(drawer).getByTestId('order-deadline').textContent).toContain('5 h 30 min left');
    expect(within(drawer).getByRole('link', { name: 'Open the delivery note (PDF)' }).getAttribute('href')).toBe('https://www.backmarket.fr/delivery-note/1.pdf');
    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('order-detail')).toBeNull());
  });

  it('accepts a line and shows Back Market’s refusal plainly when it refuses', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const fake = setup({
      'orders:accept': ({ orderId }) =>
        refuse
          ? failWith({ code: 'conflict', message: 'Back Market refused to accept the line. Back Market said: orderline 1011 is cancelled (4); it allows no move.' })
          : { order: detail(orderId, { lines: [line(1011, { state: 2, canAccept: false, canCancel: false })] }), alreadyDone: false },
    });
    window.location.hash = '#/orders?order=101';
    const drawer = await screen.findByTestId('order-detail');
    await user.click(await within(drawer).findByRole('button', { name: 'Accept IPSE20-64-WHT' }));
    const dialog = await screen.findByTestId('accept-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Accept line' }));
    const refusal = await within(dialog).findByTestId('move-error');
    expect(refusal.textContent).toContain('Back Market said: orderline 1011 is cancelled (4); it allows no move.');
    expect(refusal.textContent).not.toMatch(/at \w+ \(|Error:/);

    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Accept line' }));
    await waitFor(() => expect(screen.queryByTestId('accept-dialog')).toBeNull());
    expect((await screen.findByTestId('move-outcome')).textContent).toContain('Back Market has it');
    expect(fake.callsOf('orders:accept')).toEqual([
      { orderId: 101, orderlineId: 1011 },
      { orderId: 101, orderlineId: 1011 },
    ]);
  });

  it('words cancelling the customer\'s line apart from closing a dialog, and closes the drawer on Escape', async () => {
    const user = userEvent.setup();
    setup();
    window.location.hash = '#/orders?order=101';
    const drawer = await screen.findByTestId('order-detail');
    const cancelLine = await within(drawer).findByRole('button', { name: 'Cancel line IPSE20-64-WHT' });
    expect(cancelLine.textContent).toBe('Cancel line');
    await user.click(cancelLine);
    const dialog = await screen.findByTestId('cancel-dialog');
    // Leaving the dialog is "Close"; no button of it says a bare "Cancel".
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(expect.arrayContaining(['Close', 'Cancel line']));
    expect(within(dialog).queryByRole('button', { name: /^Cancel$/ })).toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('cancel-dialog')).toBeNull());
    expect(screen.getByTestId('order-detail')).toBeTruthy();
    expect(document.activeElement).toBe(within(drawer).getByRole('button', { name: 'Cancel line IPSE20-64-WHT' }));
    // A click on plain text, then Escape: the drawer closes.
    await user.click(within(drawer).getByText('IPSE20-64-WHT', { selector: '*' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('order-detail')).toBeNull());
    expect(window.location.hash).toBe('#/orders');
  });

  it('prints the packing slip in the browser preview and saves it as a PDF in Electron', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const preview = setup({ 'app:info': () => ({ version: '1', shell: 'preview' }) });
    window.location.hash = '#/orders?order=101';
    const drawer = await screen.findByTestId('order-detail');
    await user.click(await within(drawer).findByRole('button', { name: 'Print packing slip' }));
    expect(print).toHaveBeenCalledOnce();
    expect(preview.callsOf('orders:savePackingSlip')).toEqual([]);
    // The slip sits under <body>, beside the app, with the shipping address and the lines.
    const slip = document.body.querySelector(':scope > [data-testid="packing-slip"]') as HTMLElement;
    expect(slip.textContent).toContain('Camille Durand');
    expect(slip.textContent).toContain('IPSE20-64-WHT');
  });

  it('saves the packing slip through main in Electron', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const electron = setup({ 'app:info': () => ({ version: '1', shell: 'electron' }), 'orders:savePackingSlip': () => ({ saved: true, fileName: 'packing-slip-101.pdf' }) });
    window.location.hash = '#/orders?order=101';
    const drawer = await screen.findByTestId('order-detail');
    await user.click(await within(drawer).findByRole('button', { name: 'Save packing slip (PDF)' }));
    expect(await within(drawer).findByText('Packing slip saved as packing-slip-101.pdf.')).toBeTruthy();
    expect(electron.callsOf('orders:savePackingSlip')).toEqual([{ orderId: 101 }]);
    expect(print).not.toHaveBeenCalled();
  });
});
