// The merchant's first day: import the sample catalogue with its column mapping, edit a product inline,
// reopen the app and find the edit, then filter and sort the grid.
import path from 'node:path';
import { chooseSandbox, expect, test } from './fixtures/app';
import { cell, euros, grid, importSample, latin9ShopExport, openScreen, row, SCREENSHOTS } from './fixtures/catalogue';

test('import the sample catalogue, edit a product inline, and find the edit after reopening the app', async ({ app }) => {
  await importSample(app.page);
  const page = app.page;

  await page.getByLabel('Search').fill('DL-DEDICA-A');
  // DL-DEDICA-A and DL-DEDICA-AP: wait for the search to apply before editing a row.
  await expect(page.getByTestId('catalogue-count')).toContainText('2');
  const dedica = row(page, 'DL-DEDICA-A');
  await expect(dedica).toBeVisible();
  await expect(cell(dedica, 'price')).toContainText('129.90');
  await cell(dedica, 'price').dblclick();
  const editor = page.getByTestId('cell-editor');
  await editor.fill('119,90');
  await editor.press('Enter');
  await expect(cell(dedica, 'price')).toContainText('119.90');
  await expect(page.getByTestId('pending-changes')).toContainText(/\d+/);

  await app.reload();
  const reopened = app.page;
  await reopened.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalogue' }).click();
  await reopened.getByLabel('Search').fill('DL-DEDICA-A');
  await expect(reopened.getByTestId('catalogue-count')).toContainText('2');
  await expect(cell(row(reopened, 'DL-DEDICA-A'), 'price')).toContainText('119.90');
});

test('filter the grid by brand and sort it by price', async ({ app }) => {
  await importSample(app.page);
  const page = app.page;

  await page.getByLabel('Brand').selectOption("De'Longhi");
  const rows = grid(page).locator('[role="row"][data-product-number]');
  await expect(rows).toHaveCount(8);
  for (const brand of await rows.locator('[data-column="brand"]').allInnerTexts()) expect(brand).toBe("De'Longhi");

  const priceHeader = page.getByRole('columnheader', { name: 'Price' });
  await priceHeader.getByRole('button').click();
  await expect(priceHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-product-number', 'DL-DEDICA-C');
  const ascending = (await rows.locator('[data-column="price"]').allInnerTexts()).map(euros);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  await priceHeader.getByRole('button').click();
  await expect(priceHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).not.toHaveAttribute('data-product-number', 'DL-DEDICA-C');
  const descending = (await rows.locator('[data-column="price"]').allInnerTexts()).map(euros);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));

  await page.getByLabel('Brand').selectOption('');
  await expect(page.getByTestId('catalogue-count')).toBeVisible();
  await grid(page).evaluate((element) => element.scrollTo({ left: 0 }));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'catalogue.png') });
});

test('import a tab-separated ISO-8859-15 shop export with euro prices and kilograms, seeing each converted value first', async ({ app }) => {
  const page = app.page;
  await chooseSandbox(page);
  await openScreen(page, 'Import');
  await page.getByTestId('import-file').setInputFiles({ name: 'shop-export.txt', mimeType: 'text/plain', buffer: latin9ShopExport(31) });

  // The encoding, and why: 0xA4 beside a price is ISO-8859-15's euro, not Windows-1252's ¤.
  await expect(page.getByTestId('import-file-summary')).toContainText('shop-export.txt');
  await expect(page.getByLabel('Encoding')).toHaveValue('iso-8859-15');
  await expect(page.getByTestId('encoding-reason')).toContainText('Line 2 ("1.299,00 €") has byte 0xA4 beside a price');
  await expect(page.getByLabel('Delimiter')).toHaveValue('\t');

  // The suggested mapping reads the weight in kilograms, and says so.
  await expect(page.getByLabel('Column Preis')).toHaveValue('field:price');
  await expect(page.getByLabel('Column Gewicht (kg)')).toHaveValue('field:weightGrams');
  await expect(page.getByLabel('Unit of Gewicht (kg)')).toHaveValue('kg');
  await expect(page.getByTestId('conversion-3')).toHaveText('kg → × 1,000 (g)');

  // What each mapped cell will become, before anything is written.
  await expect(page.getByTestId('sample-0-2')).toContainText('1.299,00 €→ 1,299.00');
  await expect(page.getByTestId('sample-0-3')).toContainText('0,171→ 171 g');
  // A condition the condition table does not hold yet gets no grade, and the preview names the one the table suggests.
  await expect(page.getByTestId('sample-0-4')).toContainText('Sehr gut→ no grade yet: map it in the condition mapping');
  await expect(page.getByTestId('sample-0-4')).toContainText('the table suggests Very good');
  await expect(page.getByTestId('sample-1-2')).toContainText('→ 301.50');
  await expect(page.getByTestId('cell-refused')).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-latin9-preview.png') });

  await page.getByTestId('import-run').click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('report-inserted')).toContainText('31');
  await expect(page.getByTestId('report-rejected')).toContainText('0');
  await expect(page.getByTestId('report-encoding')).toHaveText('Read as ISO-8859-15 (Latin-9, with €).');
  await expect(page.getByTestId('report-conversions')).toHaveText('Gewicht (kg): kg → × 1,000 (g), 31 values converted');

  await page.getByRole('link', { name: 'Go to catalogue' }).click();
  await page.getByLabel('Search').fill('DE-000');
  await expect(page.getByTestId('catalogue-count')).toContainText('1');
  const first = row(page, 'DE-000');
  await expect(cell(first, 'price')).toContainText('1,299.00');
  await expect(cell(first, 'weightGrams')).toContainText('171');
  await expect(cell(first, 'title')).toHaveText('Gerät Größe 0');
});

test('a file read in the wrong encoding stops before anything is written, and the encoding is chosen again where the question is asked', async ({ app }) => {
  const page = app.page;
  await chooseSandbox(page);
  await openScreen(page, 'Import');
  await page.getByTestId('import-file').setInputFiles({ name: 'shop-export.txt', mimeType: 'text/plain', buffer: latin9ShopExport(31) });
  await expect(page.getByLabel('Encoding')).toHaveValue('iso-8859-15');

  // Read as Windows-1252, byte 0xA4 is ¤: the preview already shows every price refused...
  await page.getByLabel('Encoding').selectOption('windows-1252');
  await expect(page.getByTestId('encoding-reason')).toHaveText('You chose it.');
  await expect(page.getByTestId('sample-0-2')).toContainText('1.299,00 ¤✕ not a number');

  // ...and running it anyway stops before writing, asking about the encoding with the choice at hand.
  await page.getByTestId('import-run').click();
  const stop = page.getByTestId('import-stopped');
  await expect(stop).toContainText('Preis: 31 of 31 values are not numbers ("1.299,00 ¤"). Is the encoding right?');
  await expect(page.getByTestId('import-report')).toBeHidden();
  await stop.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-stopped.png') });
  await stop.getByTestId('stop-encoding').selectOption('iso-8859-15');
  await expect(stop).toBeHidden();
  await expect(page.getByLabel('Encoding')).toHaveValue('iso-8859-15');
  await expect(page.getByTestId('sample-0-2')).toContainText('1.299,00 €→ 1,299.00');

  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('report-inserted')).toContainText('31');
  await expect(page.getByTestId('report-rejected')).toContainText('0');
});
