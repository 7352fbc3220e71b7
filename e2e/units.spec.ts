// The unit ledger end to end against a sandbox marketplace the spec starts itself: the merchant imports two devices
// from a diagnostic CSV (the product's stock becomes 2), a customer buys one, the merchant ships it by scanning its
// IMEI in the ship dialog (the sandbox holds that IMEI and the MARGINAL VAT type), the device shows as shipped in
// Units, and Home shows France's real margin after fee, purchase and repair cost and margin-scheme VAT.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_VAT_BASIS_POINTS, marginOf } from '../shared/margin';
import { luhnCheckDigit } from '../shared/device-units';
import { expect, test } from './fixtures/app';
import { openScreen } from './fixtures/catalogue';
import { catalogueStock, closeOrder, connectTo, control, importCatalogue, openOrder, placeOrder, startSandbox, type RunningSandbox } from './fixtures/orders';

const imei = (body: string) => `${body}${luhnCheckDigit(body)}`;
const FIRST = imei('35209900176148');
const SECOND = imei('35209900176149');
const SKU = 'IP14P-256-VIO-B';

let sandbox: RunningSandbox;
test.beforeEach(async () => {
  sandbox = await startSandbox({ seed: 'demo', taskDelayMs: 0 });
});
test.afterEach(async () => {
  await sandbox.close();
});

test('import devices, sell one, ship it by scanning its IMEI, read its margin on Home', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  await connectTo(page, sandbox);
  await importCatalogue(page, [{ sku: SKU, title: 'Apple iPhone 14 Pro 256 GB Deep Purple', brand: 'Apple', category: 'Phones > Smartphones', stock: 9, price: '899,00' }]);
  await openScreen(page, 'Carriers');
  await page.getByLabel('Add a carrier you ship with').fill('PostNL');
  await page.getByRole('button', { name: 'Add carrier' }).click();
  await expect(page.getByRole('combobox', { name: 'Back Market shipper for PostNL' })).toHaveValue('TNT');

  // Two devices from a diagnostic tool's export: the older one bought first.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-units-csv-'));
  const file = path.join(folder, 'diagnostics.csv');
  fs.writeFileSync(file, ['IMEI;SKU;Grade;Battery Health;Cost;Repair cost;Supplier;Purchase date', `${FIRST};${SKU};A;91%;520,00;35,00;Recommerce;2026-01-10`, `${SECOND};${SKU};B;86%;480,00;0;Foxway;2026-02-10`].join('\n'));
  await openScreen(page, 'Units');
  await page.getByTestId('units-import-open').click();
  await page.getByTestId('units-import-file').setInputFiles(file);
  await expect(page.getByLabel('Field for the column Battery Health')).toHaveValue('batteryHealth');
  await page.getByTestId('units-import-run').click();
  await expect(page.getByTestId('units-import-report')).toContainText('2 devices imported; 0 rows refused.');
  fs.rmSync(folder, { recursive: true, force: true });
  await expect(page.getByTestId('unit-row')).toHaveCount(2);
  await expect(await catalogueStock(page, SKU)).toHaveText('2');

  // A customer buys one; the oldest device is reserved for the order.
  const orderId = await placeOrder(sandbox, SKU, { first_name: 'Léa', last_name: 'Bernard', city: 'Nantes' });
  await openScreen(page, 'Orders');
  await page.getByRole('button', { name: 'Import orders' }).click();
  await expect(page.getByTestId('orders-import-report')).toContainText('orders received', { timeout: 20_000 });
  let detail = await openOrder(page, /To accept/, orderId);
  await detail.getByRole('button', { name: `Accept ${SKU}` }).click();
  await page.getByTestId('accept-dialog').getByRole('button', { name: 'Accept line' }).click();
  await expect(detail.getByTestId('move-outcome')).toContainText('Back Market has it');
  await closeOrder(page);

  // Ship it by scanning the device packed: the IMEI and the VAT type are filled from the unit.
  detail = await openOrder(page, /To ship/, orderId);
  // The packing slip names the device the sale reserved, the oldest one.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('packing-slip-devices')).toHaveText(`IMEI ${FIRST}`);
  await page.emulateMedia({ media: 'screen' });
  await detail.getByRole('button', { name: 'Ship order' }).click();
  const ship = page.getByTestId('ship-dialog');
  await ship.getByTestId('unit-pick-scan').fill(FIRST);
  await ship.getByTestId('unit-pick-scan').press('Enter');
  await expect(ship.getByRole('textbox', { name: 'IMEI', exact: true })).toHaveValue(FIRST);
  await expect(ship.getByRole('radio', { name: 'Margin scheme', exact: true })).toBeChecked();
  await ship.getByLabel('Carrier').selectOption('PostNL');
  await ship.getByLabel('Tracking number').fill('3SUNIT000001');
  await ship.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(ship).toHaveCount(0);
  await expect(detail.getByTestId('order-line')).toContainText('Shipped');
  const state = await control<{ orders: { order_id: number; orderlines: { imei?: string; price?: string }[]; vat_type?: string }[] }>(sandbox, 'GET', '/state');
  const line = state.orders.find((order) => order.order_id === orderId)?.orderlines[0];
  expect(line?.imei).toBe(FIRST);
  await closeOrder(page);

  // Units: the scanned device shipped, the other still in stock.
  await openScreen(page, 'Units');
  await page.getByTestId('unit-scan').fill(FIRST);
  await page.getByTestId('unit-scan').press('Enter');
  await expect(page.getByTestId('unit-detail').getByTestId('unit-status')).toHaveText('Shipped');
  // The repair cost turns out higher: edited after the sale, the sale's margin follows. Its IMEI stays as sent.
  await page.getByTestId('unit-edit').click();
  const edit = page.getByTestId('edit-unit-form');
  await expect(edit.getByTestId('unit-identifiers-locked')).toContainText('has shipped');
  await edit.getByLabel('Repair and parts cost').fill('45,00');
  await edit.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByTestId('unit-history')).toContainText('edited: Repair and parts cost');
  await expect(await catalogueStock(page, SKU)).toHaveText('1');

  // Home: France's margin on the sale, as the margin arithmetic computes it from the line's price and the fee the
  // sandbox charges (10 % of the line, its orderline_fee).
  const price = Math.round(Number(line?.price ?? 'NaN') * 100);
  const expected = marginOf({
    priceCents: price,
    commissionCents: Math.round(price / 10),
    shippingCents: 0,
    purchaseCostCents: 52_000,
    repairCostCents: 4500,
    vatRegime: 'margin',
    vatBasisPoints: DEFAULT_VAT_BASIS_POINTS['fr-fr'] ?? 0,
  }).marginCents;
  await openScreen(page, 'Home');
  const france = page.getByTestId('margin-fr-fr');
  await expect(france).toContainText('1 of');
  await expect(france.getByTestId('margin-value')).toContainText(new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(Math.abs(expected) / 100));
  await page.screenshot({ path: path.join(path.dirname(import.meta.dirname), 'docs', 'screenshots', 'home-margin.png') });
});
