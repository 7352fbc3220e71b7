// The merchant's first day: import the sample catalogue with its column mapping, edit a product inline,
// reopen the app and find the edit, then filter and sort the grid.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { chooseSandbox, expect, ROOT, test } from './fixtures/app';

const SAMPLE = path.join(ROOT, 'resources', 'sample-catalogue.csv');
const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

const grid = (page: Page) => page.getByRole('grid', { name: 'Products' });
const row = (page: Page, productNumber: string) => page.locator(`[role="row"][data-product-number="${productNumber}"]`);
const cell = (rowLocator: Locator, column: string) => rowLocator.locator(`[role="gridcell"][data-column="${column}"]`);
const euros = (text: string) => Number(text.replace(/[^0-9.]/g, ''));

async function importSample(page: Page) {
  await chooseSandbox(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.getByTestId('import-file').setInputFiles(SAMPLE);
  await expect(page.getByTestId('import-file-summary')).toContainText('sample-catalogue.csv');
  await expect(page.getByLabel('Delimiter')).toHaveValue(';');
  // The suggestions read the merchant's own headers...
  await expect(page.getByLabel('Column Merchant product number')).toHaveValue('field:productNumber');
  await expect(page.getByLabel('Column EAN')).toHaveValue('field:ean');
  await expect(page.getByLabel('Column Weight (g)')).toHaveValue('field:weightGrams');
  await expect(page.getByLabel('Column Model')).toHaveValue('attribute');
  // ...and the merchant decides what to leave out.
  await page.getByLabel('Column Battery health').selectOption('ignore');
  await page.getByTestId('import-run').click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('report-rejected')).toContainText('0');
  expect(Number((await page.getByTestId('report-inserted').innerText()).replace(/\D/g, ''))).toBeGreaterThan(150);
  await page.getByRole('link', { name: 'Go to catalogue' }).click();
  await expect(grid(page)).toBeVisible();
}

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
