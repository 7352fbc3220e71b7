// Backups in the merchant's hands: back up now, edit a product, restore the backup taken before the edit, and find the
// product as it was.
import { expect, test } from './fixtures/app';
import { cell, importSample, openScreen, row } from './fixtures/catalogue';

test('restore the backup taken before an edit and find the product as it was', async ({ app }) => {
  await importSample(app.page);
  const page = app.page;

  await openScreen(page, 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up:/)).toBeVisible();
  const manual = page.getByTestId('backup-table').locator('tr[data-backup-reason="manual"]');
  await expect(manual).toHaveCount(1);

  await openScreen(page, 'Catalogue');
  await page.getByLabel('Search').fill('DL-DEDICA-A');
  await expect(page.getByTestId('catalogue-count')).toContainText('2');
  const dedica = row(page, 'DL-DEDICA-A');
  await expect(cell(dedica, 'price')).toContainText('129.90');
  await cell(dedica, 'price').dblclick();
  await page.getByTestId('cell-editor').fill('119,90');
  await page.getByTestId('cell-editor').press('Enter');
  await expect(cell(dedica, 'price')).toContainText('119.90');

  await openScreen(page, 'Settings');
  await manual.getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('What you have now is backed up first');
  await dialog.getByRole('button', { name: /^Restore the backup of/ }).click();
  await expect(page.getByText(/^Restored the backup of/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('backup-table').locator('tr[data-backup-reason="before-restore"]')).toHaveCount(1);

  await openScreen(page, 'Catalogue');
  await page.getByLabel('Search').fill('DL-DEDICA-A');
  await expect(page.getByTestId('catalogue-count')).toContainText('2');
  await expect(cell(row(page, 'DL-DEDICA-A'), 'price')).toContainText('129.90');
});
