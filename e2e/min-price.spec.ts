// The floor sent as min_price, as a merchant drives it against a sandbox marketplace the spec starts itself: after a
// first sync nothing holds a min_price; France switched on in Settings › BackBox, the next sync sends each French
// offer's floor (above the cost, below the price), the listing's detail says Back Market holds it, and with a cheaper
// competitor above that floor Back Market's repricer (the sandbox's) keeps the BackBox for the offer.
import { expect } from './fixtures/app';
import { sandboxBackbox, sellSample, test } from './fixtures/backbox';
import { openScreen } from './fixtures/catalogue';
import { control } from './fixtures/orders';
import { findListing, syncAndWait } from './fixtures/sync';

const SKU = 'IP11-64GB-BLAC';

test('France switched on: the sync sends the floor as min_price, the detail says so, the repricer wins with it', async ({ app, sandbox }) => {
  test.setTimeout(300_000);
  const page = app.page;
  const marketOf = (country: string) => sandbox.state.listings.find((listing) => listing.sku === SKU)?.markets[country];
  await sellSample(page, sandbox, '100');
  expect(marketOf('fr-fr')).toMatchObject({ price: '279.00', min_price: null });

  await openScreen(page, 'Settings');
  const settings = page.getByTestId('backbox-settings');
  await settings.getByRole('checkbox', { name: 'France' }).check();
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toContainText('BackBox settings saved.');

  await syncAndWait(page);
  const floor = Number(marketOf('fr-fr')?.min_price);
  expect(floor).toBeGreaterThan(100);
  expect(floor).toBeLessThan(279);
  expect(marketOf('de-de')?.min_price ?? null).toBeNull();

  const row = await findListing(page, SKU);
  await row.locator('[data-column="title"]').click();
  await expect(page.getByTestId('listing-min-price')).toContainText(`€${floor.toFixed(2)}, your floor: Back Market holds it.`);

  // Another merchant 20 € cheaper, but above the floor: Back Market's repricer goes down for the offer, which keeps the BackBox.
  await control(sandbox, 'POST', '/competitors', { sku: SKU, country_code: 'fr-fr', price: '259.00', merchant: 'Reboot Store' });
  expect(await sandboxBackbox(sandbox, SKU, 'FR')).toMatchObject({ is_winning: true, price: { amount: '279.00' } });
});
