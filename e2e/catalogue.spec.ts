// The merchant's first day: import the sample catalogue with its column mapping, edit a product inline,
// reopen the app and find the edit, then filter and sort the grid.
import path from 'node:path';
import { expect, test } from './fixtures/app';
import { cell, euros, grid, importSample, row, SCREENSHOTS } from './fixtures/catalogue';

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
