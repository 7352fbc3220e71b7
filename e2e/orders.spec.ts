// Orders against a sandbox marketplace the spec starts itself: two customers order through its control API, the
// merchant imports them, accepts one and cancels the other with a reason, ships the accepted one with a mapped carrier
// and a tracking number — the sandbox then holds the line as shipped (3) with the mapped shipper — and refunds it with
// a reason. The catalogue's stock reflects the sale and the cancellation. Runs in the preview and, where its binary is
// installed, in Electron.
import path from 'node:path';
import { expect, test } from './fixtures/app';
import { openScreen, SCREENSHOTS } from './fixtures/catalogue';
import { catalogueStock, closeOrder, connectTo, control, importCatalogue, openOrder, placeOrder, sandboxOrder, startSandbox, type RunningSandbox } from './fixtures/orders';

let sandbox: RunningSandbox;
test.beforeEach(async () => {
  sandbox = await startSandbox({ seed: 'demo', taskDelayMs: 0 });
});
test.afterEach(async () => {
  await sandbox.close();
});

test('import two orders, accept and cancel, ship with a mapped carrier, refund; the stock follows', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  await connectTo(page, sandbox);
  // The sandbox's demo listings IP14P-256-VIO-B and DYSON-V11-ABS are online in France; the catalogue has the same SKUs.
  await importCatalogue(page, [
    { sku: 'IP14P-256-VIO-B', title: 'Apple iPhone 14 Pro 256 GB Deep Purple', brand: 'Apple', category: 'Phones > Smartphones', stock: 5, price: '899,00' },
    { sku: 'DYSON-V11-ABS', title: 'Dyson V11 Absolute', brand: 'Dyson', category: 'Home > Vacuums', stock: 3, price: '289,00' },
  ]);

  // Carriers: PostNL goes to Back Market as TNT.
  await openScreen(page, 'Carriers');
  await page.getByLabel('Add a carrier you ship with').fill('PostNL');
  await page.getByRole('button', { name: 'Add carrier' }).click();
  await expect(page.getByRole('combobox', { name: 'Back Market shipper for PostNL' })).toHaveValue('TNT');

  const phoneOrder = await placeOrder(sandbox, 'IP14P-256-VIO-B', { first_name: 'Inès', last_name: 'Martin', city: 'Nantes' });
  const vacuumOrder = await placeOrder(sandbox, 'DYSON-V11-ABS', { first_name: 'Paul', last_name: 'Lefèvre', city: 'Rennes' });

  await openScreen(page, 'Orders');
  await page.getByRole('button', { name: 'Import orders' }).click();
  await expect(page.getByTestId('orders-import-report')).toContainText('orders received', { timeout: 20_000 });
  // Both new orders wait in "To accept" (beside the sandbox's demo order).
  await expect(page.locator(`[data-testid="order-row"][data-order-id="${phoneOrder}"]`)).toBeVisible();
  await expect(page.locator(`[data-testid="order-row"][data-order-id="${vacuumOrder}"]`)).toBeVisible();
  await expect(page.getByTestId('order-count-to-accept')).toHaveText('3');
  // Search by the customer's name.
  await page.getByRole('searchbox', { name: 'Search orders' }).fill('Lefèvre');
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toHaveAttribute('data-order-id', String(vacuumOrder));

  // Accept the phone.
  let detail = await openOrder(page, /To accept/, phoneOrder);
  await expect(detail).toContainText('Inès Martin');
  await expect(detail).toContainText('44000 Nantes');
  // The sandbox spells the address as the GET /ws/orders table does by default: the e-mail and phone come with it.
  await expect(detail.getByTestId('order-email')).toHaveText('inès@example.invalid');
  await expect(detail.getByTestId('order-phone')).toHaveText('+33611223344');
  await expect(detail.getByTestId('order-deadline')).toContainText('left');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'order-detail.png') });
  // Printed, the page is the packing slip alone: the shipping address and the lines (Electron prints it to PDF).
  await page.emulateMedia({ media: 'print' });
  const slip = page.getByTestId('packing-slip');
  await expect(slip).toBeVisible();
  await expect(slip).toContainText('44000 Nantes');
  await expect(slip).toContainText('IP14P-256-VIO-B');
  await expect(slip).toContainText('inès@example.invalid');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'packing-slip.png') });
  await page.emulateMedia({ media: 'screen' });
  await detail.getByRole('button', { name: 'Accept IP14P-256-VIO-B' }).click();
  await page.getByTestId('accept-dialog').getByRole('button', { name: 'Accept line' }).click();
  await expect(detail.getByTestId('move-outcome')).toContainText('Back Market has it');
  await closeOrder(page);

  // Cancel the vacuum with a reason and a message.
  detail = await openOrder(page, /To accept/, vacuumOrder);
  await detail.getByRole('button', { name: 'Cancel line DYSON-V11-ABS' }).click();
  const cancel = page.getByTestId('cancel-dialog');
  await cancel.getByLabel('Reason').selectOption({ label: 'Faulty product on opening the package' });
  await cancel.getByLabel('Message to the customer').fill('We found a fault while packing it; you are refunded in full.');
  await cancel.getByRole('button', { name: 'Cancel line' }).click();
  await expect(detail.getByTestId('move-outcome')).toBeVisible();
  await expect(detail.getByTestId('order-line')).toContainText('Cancelled');
  expect((await sandboxOrder(sandbox, vacuumOrder)).orderlines[0]).toMatchObject({ state: 4, return_reason: 21 });
  await closeOrder(page);

  // Ship the phone with PostNL, sent as TNT.
  detail = await openOrder(page, /To ship/, phoneOrder);
  await detail.getByRole('button', { name: 'Ship order' }).click();
  const ship = page.getByTestId('ship-dialog');
  await ship.getByLabel('Carrier').selectOption('PostNL');
  await ship.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(ship.getByText('Enter the tracking number of the parcel.')).toBeVisible();
  await ship.getByLabel('Tracking number').fill('3SRFD0000001');
  await ship.getByLabel('Regular VAT').check();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'order-ship.png') });
  await ship.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(ship).toHaveCount(0);
  await expect(detail.getByTestId('order-line')).toContainText('Shipped');
  const shipped = await sandboxOrder(sandbox, phoneOrder);
  expect(shipped.orderlines[0]?.state).toBe(3);
  expect(shipped.shipper_display).toBe('TNT');
  expect(shipped.tracking_number).toBe('3SRFD0000001');
  await closeOrder(page);

  // Refund it after shipping, with a reason.
  detail = await openOrder(page, /Shipped/, phoneOrder);
  await detail.getByRole('button', { name: 'Refund IP14P-256-VIO-B' }).click();
  const refund = page.getByTestId('refund-dialog');
  await refund.getByLabel('Reason').selectOption({ label: 'Withdrawal during the legal 14-day period' });
  await refund.getByLabel('Message to the customer').fill('Your return reached us: you are refunded.');
  await refund.getByRole('button', { name: 'Refund line' }).click();
  await expect(detail.getByTestId('order-line')).toContainText('Refunded after shipping');
  expect((await sandboxOrder(sandbox, phoneOrder)).orderlines[0]).toMatchObject({ state: 6, return_reason: 1 });
  await closeOrder(page);
  await page.getByRole('tab', { name: /Cancelled and refunded/ }).click();
  await expect(page.getByTestId('order-count-cancelled-refunded')).toHaveText('2');

  // The sale lowered the phone's stock and stays lowered after the refund; the cancellation put the vacuum back.
  await expect(await catalogueStock(page, 'IP14P-256-VIO-B')).toHaveText('4');
  await expect(await catalogueStock(page, 'DYSON-V11-ABS')).toHaveText('3');
});

test('an order whose address comes in the schema spelling (camelCase) imports with name, address, phone and carrier', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  // The Address schema's spelling: firstName, postalCode, phoneNumber, and no e-mail at all.
  await control(sandbox, 'PUT', '/profiles/address-spelling', { spelling: 'camelCase' });
  await connectTo(page, sandbox);
  const orderId = await placeOrder(sandbox, 'IP14P-256-VIO-B', { first_name: 'Inès', last_name: 'Martin', city: 'Nantes' });
  const shippedDemo = sandbox.state.orders.find((order) => order.tracking_number);
  if (!shippedDemo) throw new Error('The demo seed has no shipped order.');

  await openScreen(page, 'Orders');
  await page.getByRole('button', { name: 'Import orders' }).click();
  await expect(page.getByTestId('orders-import-report')).toContainText('orders received', { timeout: 20_000 });
  let detail = await openOrder(page, /To accept/, orderId);
  await expect(detail.getByTestId('order-customer')).toHaveText('Inès Martin');
  await expect(detail).toContainText('44000 Nantes');
  await expect(detail.getByTestId('order-phone')).toHaveText('+33611223344');
  await expect(detail.getByTestId('order-email')).toHaveText('Back Market sent no e-mail address');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('packing-slip')).toContainText('44000 Nantes');
  await expect(page.getByTestId('packing-slip')).not.toContainText('Back Market sent no');
  await page.emulateMedia({ media: 'screen' });
  await closeOrder(page);

  detail = await openOrder(page, /Shipped/, shippedDemo.order_id);
  await expect(detail).toContainText(`${shippedDemo.tracking_number} · ${shippedDemo.shipper_display}`);
});
