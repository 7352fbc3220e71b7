// Prices start from the catalogue: on the sample catalogue, every country's price is filled from the catalogue price in
// three actions (open the fill, set the pound's rate, apply), after a preview; the UK gets pounds converted with the
// rate, never the euro number.
import path from 'node:path';
import { expect, test } from './fixtures/app';
import { euros, importSample, openScreen, SCREENSHOTS } from './fixtures/catalogue';

test('fill every country from the catalogue price in three actions', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  await importSample(page);
  await openScreen(page, 'Prices');
  const firstRow = page.locator('tr[data-product-number]').first();
  await expect(firstRow).toBeVisible();
  const productNumber = (await firstRow.getAttribute('data-product-number')) ?? '';

  // 1. Open the fill; 2. set the pound's rate; 3. apply.
  await page.getByRole('button', { name: 'Fill from the catalogue price' }).click();
  const panel = page.getByRole('region', { name: 'Fill prices' });
  await panel.getByLabel('GBP for 1 EUR').fill('0.86');
  // The preview shows the first products' new prices before anything is applied.
  await expect(panel.locator('tr[data-country="en-gb"] [data-testid="price-fill-preview"]').first()).toContainText('£');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'pricing-fill.png') });
  await panel.getByRole('button', { name: /^Fill the prices of \d+ products$/ }).click();
  await expect(panel.getByTestId('price-fill-report')).toContainText(/Prices of \d+ products filled\./);

  const row = page.locator(`tr[data-product-number="${productNumber}"]`);
  const catalogue = euros(await row.locator('td.align-end').innerText());
  expect(catalogue).toBeGreaterThan(0);
  const priceIn = (country: string) => page.getByRole('textbox', { name: `Price of ${productNumber} in ${country}`, exact: true });
  for (const country of ['France', 'Germany', 'Spain', 'Italy', 'Belgium', 'Austria', 'Netherlands']) await expect(priceIn(country)).toHaveValue(catalogue.toFixed(2));
  await expect(priceIn('United Kingdom')).toHaveValue((Math.round(catalogue * 86) / 100).toFixed(2));
});
