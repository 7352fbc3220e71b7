// Winning the BackBox against a sandbox marketplace the spec starts itself: after a first sync another merchant offers
// the same iPhone cheaper in France; the BackBox read shows the offer losing by how much; Price to win previews the new
// price above the floor and applies it to the price matrix; the next sync sends it, and the sandbox then gives the offer
// the BackBox, as the next read shows in the grid.
import { expect } from './fixtures/app';
import { sandboxBackbox, sellSample, test } from './fixtures/backbox';
import { openScreen } from './fixtures/catalogue';
import { control } from './fixtures/orders';
import { findListing, syncAndWait } from './fixtures/sync';

const SKU = 'IP11-64GB-BLAC';

test('a cheaper competitor: the grid shows losing, Price to win previews and applies, sync, the offer wins', async ({ app, sandbox }) => {
  test.setTimeout(1_200_000);
  const page = app.page;
  await sellSample(page, sandbox, '100');

  // Alone in its BackBox after the sync; then another merchant sells the same phone in the same grade for 20 € less.
  expect(await sandboxBackbox(sandbox, SKU, 'FR')).toMatchObject({ is_winning: true, price: { amount: '279.00' } });
  await control(sandbox, 'POST', '/competitors', { sku: SKU, country_code: 'fr-fr', price: '259.00', merchant: 'Reboot Store' });

  // Read the BackBox of the offer: losing by 20 €, the price to win and the winner's price beside it.
  let row = await findListing(page, SKU);
  await expect(row.locator('[data-column="backbox"]')).toHaveText('Not read');
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Read BackBox of selection (1)' }).click();
  await expect(page.getByTestId('listings-report')).toContainText('BackBox read for 1 listings.', { timeout: 20_000 });
  await expect(row.locator('[data-column="backbox"]')).toHaveText('Losing by €20.00');
  await expect(row.locator('[data-column="priceToWin"]')).toHaveText('€259.00');
  await expect(row.locator('[data-column="winnerPrice"]')).toHaveText('€259.00');
  await expect(page.getByTestId('listings-summary').locator('[data-backbox-rate="fr-fr"]')).toHaveText('Winning 0 of 1');

  // Price to win: the preview shows the new price above the floor; applying sends it to the price matrix.
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Price to win (1)' }).click();
  const dialog = page.getByTestId('price-to-win-dialog');
  const line = dialog.locator(`[data-offer="${SKU}|fr-fr"]`);
  await expect(line).toContainText('€279.00');
  await expect(line.getByTestId('new-price')).toHaveText('€259.00');
  await page.screenshot({ path: test.info().outputPath('price-to-win.png') });
  await dialog.getByRole('button', { name: 'Apply 1 new prices' }).click();
  await expect(page.getByTestId('listings-report')).toContainText('1 new prices set; the next sync sends them.');
  await expect(dialog).toHaveCount(0);

  // The next sync sends the price; Back Market (the sandbox) now gives the offer the BackBox: a tie goes to the older offer.
  await syncAndWait(page);
  expect(sandbox.state.listings.find((listing) => listing.sku === SKU)?.markets['fr-fr']?.price).toBe('259.00');
  expect(await sandboxBackbox(sandbox, SKU, 'FR')).toMatchObject({ is_winning: true, price: { amount: '259.00' } });

  // Read again: the grid shows it winning, and the change is in the offer's history.
  row = await findListing(page, SKU);
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Read BackBox of selection (1)' }).click();
  await expect(page.getByTestId('listings-report')).toContainText('BackBox read for 1 listings.', { timeout: 20_000 });
  await expect(row.locator('[data-column="backbox"]')).toHaveText('Winning');
  await row.locator('[data-column="title"]').click();
  await expect(page.getByTestId('price-changes')).toContainText('France: €279.00 → €259.00 (price to win)');
  await openScreen(page, 'Home');
  await expect(page.getByTestId('home-backbox')).toContainText('Winning');
});
