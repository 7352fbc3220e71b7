// A merchant's whole catalogue at once: a 50 MB file imports with a progress bar, and the app stays usable meanwhile.
import fs from 'node:fs';
import { benchProduct } from '../scripts/bench-catalogue';
import { chooseSandbox, expect, test } from './fixtures/app';
import { openScreen } from './fixtures/catalogue';

const HEADER = ['Merchant product number', 'Parent product number', 'Title', 'Description', 'EAN', 'Brand', 'Category', 'Condition', 'Stock', 'Price', 'Weight (g)', 'Colour', 'Storage', 'Image 1', 'Model'];

/** Writes semicolon-separated products until the file reaches the size; returns how many rows it holds. */
function writeCatalogue(file: string, targetBytes: number): number {
  const quote = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const out = fs.openSync(file, 'w');
  let written = fs.writeSync(out, `${HEADER.join(';')}\n`);
  let rows = 0;
  while (written < targetBytes) {
    const lines: string[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const { values, attributes } = benchProduct(rows);
      const price = values.price === null || values.price === undefined ? '' : String(values.price).replace('.', ',');
      lines.push(
        [values.productNumber, values.parentNumber, values.title, values.description, values.ean, values.brand, values.category, values.condition, values.stock, price, values.weightGrams, values.colour, values.storage, values.image1, attributes.Model]
          .map((value, index) => (index === 9 ? value : quote(value)))
          .join(';'),
      );
      rows += 1;
    }
    written += fs.writeSync(out, `${lines.join('\n')}\n`);
  }
  fs.closeSync(out);
  return rows;
}

test('a 50 MB catalogue imports with a progress bar while the rest of the app keeps working', async ({ app }, testInfo) => {
  test.setTimeout(240_000);
  const file = testInfo.outputPath('whole-catalogue.csv');
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const rows = writeCatalogue(file, 50 * 1024 * 1024);
  const page = app.page;

  await chooseSandbox(page);
  await openScreen(page, 'Import');
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-file-summary')).toContainText('whole-catalogue.csv', { timeout: 60_000 });
  await page.getByTestId('import-run').click();

  // The bar moves while the file is read: a value strictly between 0 and 100 is shown at some point.
  const bar = page.getByTestId('import-progress').getByRole('progressbar');
  await expect
    .poll(async () => Number((await bar.getAttribute('aria-valuenow').catch(() => null)) ?? -1), { timeout: 60_000, intervals: [50] })
    .toBeGreaterThan(0);
  await expect(page.getByTestId('import-report')).toBeHidden();

  // Meanwhile the merchant looks at the catalogue, then comes back to the import, which has gone on.
  await openScreen(page, 'Catalogue');
  await expect(page.getByRole('heading', { name: 'Catalogue', level: 1 })).toBeVisible();
  await openScreen(page, 'Import');

  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('report-rejected')).toContainText('0');
  expect(Number((await page.getByTestId('report-inserted').innerText()).replace(/\D/g, ''))).toBe(rows);
});
