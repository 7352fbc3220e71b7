// The whole journey of a merchant, from first launch to a refunded order, in one spec against the embedded sandbox
// marketplace: the sample catalogue imported and mapped for Back Market, synced, an offer in None fixed and synced
// again, a customer's order accepted, shipped, sent back and refunded; then a product edited and the backup taken before
// the edit restored. Only the customer is played through the sandbox's control API; the merchant uses the screens.
// Each main screen is saved into docs/screenshots/journey-NN-<screen>.png for the README.
import { expect, test } from './fixtures/app';
import { cell, importSample, openScreen, row } from './fixtures/catalogue';
import { asCustomerSandbox, embeddedSandbox, saveScreenshot, sendBack } from './fixtures/journey';
import { closeOrder, openOrder, placeOrder, sandboxOrder } from './fixtures/orders';
import { mapSampleAttributes, mapSampleCategories, openCategoriesWithTree } from './fixtures/mapping';
import { editProduct, findListing, listingRow, listingsGrid, saveInDrawer, syncAndWait } from './fixtures/sync';

/**
 * In the sample, a phone whose record is half-filled: the pre-flight check holds its offer back in None, never sent,
 * until the merchant fills in what Back Market requires.
 */
const HALF_FILLED = {
  sku: 'HUAWEI-P30-128',
  missing: ['Brand', 'Weight (g)', 'Image 1', 'Description', 'Modèle'],
  fields: {
    Brand: 'Huawei',
    'Weight (g)': '165',
    'Image 1': 'https://images.refurb-sample.example/huawei-p30-128/front.jpg',
    Description: 'Refurbished Huawei P30, unlocked for all networks, tested on 30 points.',
  },
  model: 'ELE-L29',
};
/** What the customer buys: a complete offer of the sample, published by the first sync. */
const BOUGHT = 'IP11-64GB-BLAC';
/** The comment every offer carries on Back Market, as a French merchant writes it. */
const OFFER_COMMENT = 'Testé sur 30 points par nos techniciens, expédié sous 48 h.';
/** What the merchant edits, then gets back as it was from the backup. */
const EDITED = { sku: 'DL-DEDICA-B', price: '104.90', newPrice: '94,90', shownNewPrice: '94.90' };

test('the whole journey: from first launch to a refunded order, then a backup restored', async ({ app, dataDir }) => {
  // About three minutes on a busy two-core machine, most of it mapping the sample's attributes one value at a time.
  test.setTimeout(420_000);
  const page = app.page;

  await test.step('first launch: explore with the sandbox marketplace and import the sample catalogue', async () => {
    await importSample(page);
    await saveScreenshot(page, 'catalogue');
    // The import screen keeps its report until another file is chosen.
    await openScreen(page, 'Import');
    await expect(page.getByTestId('import-report')).toBeVisible();
    await saveScreenshot(page, 'import');
  });

  await test.step("map the catalogue's categories to Back Market's", async () => {
    await openCategoriesWithTree(page);
    await mapSampleCategories(page);
    // Headphones have no Back Market leaf: the one product there stays held back.
    await expect(page.getByTestId('unmapped-summary')).toContainText('1 category is not mapped yet');
    await saveScreenshot(page, 'categories');
  });

  await test.step('map the attributes: fields, conditions, values, and a comment on every offer', async () => {
    await mapSampleAttributes(page);
    // Back Market keeps an offer without a comment offline (publication_state 0): customers could not buy it.
    await page.getByRole('combobox', { name: 'Source of Comment (all countries)' }).selectOption('fixed');
    const comment = page.getByRole('textbox', { name: 'Fixed value: Source of Comment (all countries)' });
    await comment.fill(OFFER_COMMENT);
    await comment.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Source of Comment (all countries)' })).toHaveValue('fixed');
    await saveScreenshot(page, 'attributes');
  });

  await test.step('map carriers: PostNL goes to Back Market as TNT', async () => {
    await openScreen(page, 'Carriers');
    await page.getByLabel('Add a carrier you ship with').fill('PostNL');
    await page.getByRole('button', { name: 'Add carrier' }).click();
    await expect(page.getByRole('combobox', { name: 'Back Market shipper for PostNL' })).toHaveValue('TNT');
    await saveScreenshot(page, 'carriers');
  });

  await test.step('check the prices per country', async () => {
    await openScreen(page, 'Prices');
    await page.getByLabel('Search prices').fill(EDITED.sku);
    await expect(page.getByRole('textbox', { name: `Price of ${EDITED.sku} in France` })).toHaveValue(EDITED.price);
    await page.getByLabel('Search prices').fill('');
    await expect(page.locator('tr[data-product-number]').nth(2)).toBeVisible();
    await saveScreenshot(page, 'prices');
  });

  await test.step('sync: complete offers Published, a half-filled one None with what it lacks', async () => {
    await syncAndWait(page);
    await openScreen(page, 'Listings');
    const france = page.getByTestId('listings-summary').locator('[data-country="fr-fr"]');
    await expect(france.locator('[data-standing="on-sale"]')).toHaveText(/^\d{2,} on sale$/);
    await expect(await findListing(page, BOUGHT)).toHaveAttribute('data-status', 'published');
    const halfFilled = await findListing(page, HALF_FILLED.sku);
    await expect(halfFilled).toHaveAttribute('data-status', 'none');
    await expect(halfFilled.locator('[data-column="status"]')).toContainText('held back');
    for (const field of HALF_FILLED.missing) await expect(halfFilled.locator('[data-column="error"]')).toContainText(`"${field}" is empty`);
    // Each offer once, as France sees it.
    await page.getByLabel('Search listings').fill('');
    await page.getByLabel('Search listings').press('Enter');
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'France' });
    await expect(listingsGrid(page).locator('[role="row"][data-sku]').nth(1)).toHaveAttribute('data-country', 'fr-fr');
    await saveScreenshot(page, 'listings');
  });

  await test.step('home: what needs doing today, offers in None among it', async () => {
    await openScreen(page, 'Home');
    const noneOffers = page.getByTestId('home-todo-none-offers');
    await expect(noneOffers.getByRole('heading', { name: /Offers in None/ })).toContainText(/\d+/);
    // What a customer can buy in France: the same number as the Listings summary.
    await expect(page.getByTestId('home-offers').locator('[data-country="fr-fr"]')).toHaveAttribute('data-on-sale', /^\d{2,}$/);
  });

  await test.step('fix the offer in None in the product drawer and sync again: Published', async () => {
    await page.getByTestId('home-todo-none-offers').getByRole('link', { name: 'Fix the offers in None' }).click();
    await expect(listingsGrid(page)).toBeVisible();
    await page.getByLabel('Search listings').fill(HALF_FILLED.sku);
    await page.getByLabel('Search listings').press('Enter');
    const halfFilled = listingRow(page, HALF_FILLED.sku);
    await expect(halfFilled).toHaveAttribute('data-status', 'none');
    await halfFilled.getByRole('button', { name: HALF_FILLED.sku, exact: true }).click();
    // The drawer lists what Back Market requires; the model goes in as the catalogue's own "Model" attribute.
    const form = page.getByTestId('product-form');
    await expect(form.getByTestId('bm-problems')).toContainText('Brand');
    await form.getByRole('button', { name: 'Add attribute' }).click();
    await form.getByRole('textbox', { name: /^Name of attribute \d+$/ }).last().fill('Model');
    await form.getByRole('textbox', { name: /^Value of attribute \d+$/ }).last().fill(HALF_FILLED.model);
    await saveInDrawer(page, HALF_FILLED.fields);
    await syncAndWait(page);
    // The Listings screen still shows the offers in None alone: cleared, the fixed offer shows Published.
    await openScreen(page, 'Listings');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const fixed = await findListing(page, HALF_FILLED.sku);
    await expect(fixed).toHaveAttribute('data-status', 'published');
    await expect(fixed.locator('[data-column="error"]')).toHaveText('');
  });

  const { sandbox, orderId } = await test.step('a customer buys the iPhone 11 on Back Market (the sandbox plays the customer)', async () => {
    const customerSide = await embeddedSandbox(page, dataDir);
    const placed = await placeOrder(asCustomerSandbox(customerSide), BOUGHT, { first_name: 'Inès', last_name: 'Martin', city: 'Nantes' });
    return { sandbox: customerSide, orderId: placed };
  });

  await test.step('import the order and accept it', async () => {
    await openScreen(page, 'Orders');
    await page.getByRole('button', { name: 'Import orders' }).click();
    await expect(page.getByTestId('orders-import-report')).toContainText('orders received', { timeout: 20_000 });
    await expect(page.locator(`[data-testid="order-row"][data-order-id="${orderId}"]`)).toBeVisible();
    await saveScreenshot(page, 'orders');
    const detail = await openOrder(page, /To accept/, orderId);
    await expect(detail).toContainText('Inès Martin');
    await expect(detail).toContainText('44000 Nantes');
    await saveScreenshot(page, 'order-detail');
    await detail.getByRole('button', { name: `Accept ${BOUGHT}` }).click();
    await page.getByTestId('accept-dialog').getByRole('button', { name: 'Accept line' }).click();
    await expect(detail.getByTestId('move-outcome')).toContainText('Back Market has it');
    await closeOrder(page);
  });

  await test.step('ship it with PostNL and a tracking number', async () => {
    const detail = await openOrder(page, /To ship/, orderId);
    await detail.getByRole('button', { name: 'Ship order' }).click();
    const ship = page.getByTestId('ship-dialog');
    await ship.getByLabel('Carrier').selectOption('PostNL');
    await ship.getByLabel('Tracking number').fill('3SRFD0000001');
    await ship.getByLabel('Regular VAT').check();
    await ship.getByRole('button', { name: 'Confirm shipment' }).click();
    await expect(ship).toHaveCount(0);
    await expect(detail.getByTestId('order-line')).toContainText('Shipped');
    expect(await sandboxOrder(asCustomerSandbox(sandbox), orderId)).toMatchObject({ shipper_display: 'TNT', tracking_number: '3SRFD0000001' });
    await closeOrder(page);
  });

  await test.step('the customer sends it back: refund it from the return', async () => {
    await sendBack(sandbox, orderId, BOUGHT);
    await openScreen(page, 'Returns');
    const parcel = page.getByTestId('return-row').filter({ has: page.getByRole('link', { name: `Open order ${orderId}` }) });
    await expect(parcel).toContainText(BOUGHT);
    await saveScreenshot(page, 'returns');
    await parcel.getByRole('link', { name: `Open order ${orderId}` }).click();
    const detail = page.getByTestId('order-detail');
    await expect(detail.getByRole('heading', { name: `Order ${orderId}` })).toBeVisible();
    await detail.getByRole('button', { name: `Refund ${BOUGHT}` }).click();
    const refund = page.getByTestId('refund-dialog');
    await refund.getByLabel('Reason').selectOption({ label: 'Withdrawal during the legal 14-day period' });
    await refund.getByLabel('Message to the customer').fill('Your return reached us: you are refunded.');
    await refund.getByRole('button', { name: 'Refund line' }).click();
    await expect(detail.getByTestId('order-line')).toContainText('Refunded after shipping');
    expect((await sandboxOrder(asCustomerSandbox(sandbox), orderId)).orderlines[0]).toMatchObject({ state: 6, return_reason: 1 });
    await closeOrder(page);
  });

  await test.step('home: what is left to do, and the last 30 days of sales', async () => {
    await openScreen(page, 'Home');
    await expect(page.getByTestId('home-todo-to-accept')).toBeVisible();
    await expect(page.getByTestId('home-money-totals').or(page.getByTestId('home-no-sales'))).toBeVisible();
    await saveScreenshot(page, 'home');
  });

  await test.step('back up, edit a product, restore the backup taken before the edit: the product is as it was', async () => {
    await openScreen(page, 'Settings');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/^Backed up:/)).toBeVisible();
    const manual = page.getByTestId('backup-table').locator('tr[data-backup-reason="manual"]');
    await expect(manual).toHaveCount(1);

    await editProduct(page, EDITED.sku, { 'Price (EUR)': EDITED.newPrice });
    await expect(cell(row(page, EDITED.sku), 'price')).toContainText(EDITED.shownNewPrice);

    await openScreen(page, 'Settings');
    await manual.getByRole('button', { name: /^Restore the backup of/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' });
    await expect(dialog).toContainText('What you have now is backed up first');
    await dialog.getByRole('button', { name: /^Restore the backup of/ }).click();
    await expect(page.getByText(/^Restored the backup of/)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('backup-table').locator('tr[data-backup-reason="before-restore"]')).toHaveCount(1);
    await saveScreenshot(page, 'settings-backups', page.getByRole('heading', { name: 'Backups' }));

    await openScreen(page, 'Catalogue');
    await page.getByLabel('Search').fill(EDITED.sku);
    await expect(cell(row(page, EDITED.sku), 'price')).toContainText(EDITED.price);
  });
});
