// A merchant who already sells on Back Market: the sandbox starts as an existing account (its control route adds
// listings made before Refurb Desk, two of them with SKUs of the sample catalogue at other prices). Connecting reads
// every market in the background; Settings says per market how many listings match the catalogue and how many do not;
// the unknown ones made before are imported, the demo merchant's own are left unmanaged; for the matched SKUs the
// merchant keeps Back Market's price for one and the catalogue's for the other (Back Market's for every other value).
// After a sync, the sandbox itself shows that only that one price changed among the listings that existed before.
import type { ExistingAccountResult } from '../electron/sandbox';
import type { SandboxListing } from '../electron/sandbox/state/types';
import { publicationState } from '../electron/sandbox/domain/listing-view';
import { expect, test } from './fixtures/app';
import { importSampleConnected, SAMPLE_PRODUCTS } from './fixtures/backbox';
import { openScreen } from './fixtures/catalogue';
import { importSampleMapping } from './fixtures/mapping';
import { connectTo, control, startSandbox, type RunningSandbox } from './fixtures/orders';
import { syncAndWait } from './fixtures/sync';

let sandbox: RunningSandbox;
test.beforeEach(async () => {
  sandbox = await startSandbox({ seed: 'demo', taskDelayMs: 0, validationDelayMs: 0, extraProducts: SAMPLE_PRODUCTS });
});
test.afterEach(async () => {
  await sandbox.close();
});

/** What a listing holds that a sync could change: its stock, and per market its price, comment and warranty. */
const valuesOf = (listing: SandboxListing) => ({
  quantity: listing.quantity,
  markets: Object.fromEntries(Object.entries(listing.markets).map(([code, market]) => [code, { price: market?.price, comment: market?.comment, warranty: market?.warranty_delay }])),
});

test('an existing account: read on connecting, import the unknown listings, keep Back Market’s price for one SKU and mine for another, sync only that', async ({ app }) => {
  test.setTimeout(400_000);
  const page = app.page;
  const demoSkus = sandbox.state.listings.map((listing) => listing.sku);
  const account = await control<ExistingAccountResult>(sandbox, 'POST', '/existing-account', { listingsPerMarket: 12, matchingSkus: 2 });
  expect(account.unmatchedSkus).toBe(10);
  const [keepTheirs, keepMine] = [...new Set(account.matching.map((entry) => entry.sku))];
  if (!keepTheirs || !keepMine) throw new Error('The sandbox gave fewer than two matching SKUs.');
  const before = new Map(sandbox.state.listings.map((listing) => [listing.id, valuesOf(listing)]));
  const frenchListings = sandbox.state.listings.filter((listing) => listing.markets['fr-fr'] !== undefined).length;

  // Connecting reads the account in the background; the catalogue is then imported and mapped as usual.
  await connectTo(page, sandbox);
  await importSampleConnected(page);
  await importSampleMapping(page);

  await openScreen(page, 'Settings');
  const section = page.getByTestId('existing-account');
  const france = section.getByTestId('account-markets').locator('tr[data-country="fr-fr"]');
  await expect(france.locator('[data-column="on-backmarket"]')).toHaveText(String(frenchListings), { timeout: 60_000 });
  await expect(france.locator('[data-column="matched"]')).toHaveText('2');
  await expect(france.locator('[data-column="not-in-catalogue"]')).toHaveText(String(frenchListings - 2));

  // The listings made before Refurb Desk are imported by filter; the demo merchant's stay unmanaged.
  const unmanaged = section.getByTestId('account-unmanaged');
  await unmanaged.getByLabel('Filter by SKU or title').fill('BM-EXIST-');
  await unmanaged.getByRole('button', { name: 'Filter', exact: true }).click();
  await unmanaged.getByRole('button', { name: 'Import the 10 listings the filter shows' }).click();
  await expect(section.getByTestId('account-import-report')).toContainText('Products imported: 10.');
  await expect(unmanaged.getByRole('heading')).toHaveText(`Not managed by Refurb Desk: ${demoSkus.length} SKUs`);
  await unmanaged.getByLabel('Filter by SKU or title').fill('');
  await unmanaged.getByRole('button', { name: 'Filter', exact: true }).click();
  for (const sku of demoSkus) await expect(unmanaged.locator(`tr[data-sku="${sku}"] [data-column="managed"]`)).toHaveText('Not managed by Refurb Desk');

  // The review: Back Market's price for one matched SKU, the catalogue's for the other; Back Market's for every other value.
  const review = section.getByTestId('account-review');
  const priceRow = (sku: string) => review.locator(`tr[data-sku="${sku}"][data-country="fr-fr"][data-field="price"]`);
  await expect(priceRow(keepTheirs)).toBeVisible();
  await priceRow(keepTheirs).getByRole('button', { name: "Keep Back Market's" }).click();
  await expect(priceRow(keepTheirs)).toHaveCount(0);
  // The review shows prices as money of the market (€499.90): the amounts are its digits.
  const amountOf = async (cell: number) => Number((await priceRow(keepMine).locator('td').nth(cell).innerText()).replace(/[^\d.]/g, ''));
  const myPrice = await amountOf(4);
  const theirPrice = (await amountOf(3)).toFixed(2);
  expect(myPrice).not.toBe(Number(theirPrice));
  await priceRow(keepMine).getByRole('button', { name: 'Keep mine' }).click();
  await expect(priceRow(keepMine)).toHaveCount(0);
  await review.getByRole('button', { name: "Keep Back Market's for all" }).click();
  await expect(review).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('existing-account.png') });

  await syncAndWait(page);

  // On the sandbox: among the listings that existed before, only the kept catalogue price changed.
  const changed: string[] = [];
  for (const listing of sandbox.state.listings) {
    const was = before.get(listing.id);
    if (!was) continue;
    const now = valuesOf(listing);
    if (now.quantity !== was.quantity) changed.push(`${listing.sku} quantity ${was.quantity} → ${now.quantity}`);
    for (const [code, market] of Object.entries(was.markets)) {
      const after = now.markets[code];
      for (const field of ['price', 'comment', 'warranty'] as const) {
        if (String(after?.[field]) !== String(market[field])) changed.push(`${listing.sku} ${code} ${field} ${String(market[field])} → ${String(after?.[field])}`);
      }
    }
  }
  expect(changed).toEqual([`${keepMine} fr-fr price ${theirPrice} → ${myPrice.toFixed(2)}`]);
  // The sync still did its usual work: the rest of the sample catalogue is on Back Market now.
  expect(sandbox.state.listings.length).toBeGreaterThan(before.size);


  // The Listings grid shows the listings left unmanaged as rows of their own, after the catalogue's offers and in no
  // count; the Management filter shows them alone; one is taken under management from its detail.
  await openScreen(page, 'Listings');
  const count = page.getByTestId('listings-count');
  const management = page.getByLabel('Management');
  const listed = async () => Number((await count.innerText()).replace(/\D/g, ''));
  await expect(count).toHaveText(/\d+ listings/);
  const everyListing = await listed();
  await management.selectOption({ label: 'Managed by Refurb Desk' });
  await expect(count).not.toHaveText(`${everyListing} listings`);
  const managed = await listed();
  await management.selectOption({ label: 'Not managed by Refurb Desk' });
  await expect(count).not.toHaveText(`${managed} listings`);
  const notManaged = await listed();
  expect(notManaged).toBeGreaterThan(0);
  expect(managed + notManaged).toBe(everyListing);

  const [taken] = demoSkus;
  const takenListing = sandbox.state.listings.find((listing) => listing.sku === taken);
  if (!taken || !takenListing) throw new Error('The demo seed has no listing.');
  await page.getByLabel('Search listings').fill(taken);
  const row = page.locator(`[role="row"][data-sku="${taken}"]`).first();
  await expect(row).toHaveAttribute('data-status', 'not-managed');
  await expect(row.locator('[data-column="status"]')).toContainText('Not managed by Refurb Desk');
  await row.locator('[data-column="title"]').click();
  const detail = page.getByTestId('listing-detail');
  await expect(detail).toHaveAttribute('data-managed', 'no');
  await expect(detail.locator('[data-field="quantity"] dd')).toHaveText(String(takenListing.quantity));
  await detail.getByRole('button', { name: 'Take under management' }).click();
  await expect(page.getByTestId('listings-report')).toContainText('Products imported: 1.');
  // Now a catalogue product: no longer among the listings Refurb Desk does not manage, and an offer of the grid.
  await expect(page.locator(`[role="row"][data-sku="${taken}"]`)).toHaveCount(0);
  await management.selectOption({ label: 'Managed by Refurb Desk' });
  await expect(page.locator(`[role="row"][data-sku="${taken}"]`).first()).not.toHaveAttribute('data-status', 'not-managed');

  // The truth after the sync and the take-over: the offers taken over from the account (imported or matched) stand as
  // Back Market holds them, none held back for product fields they do not need, and Home counts on sale in France
  // exactly the catalogue's listings a customer can buy there on the sandbox.
  const managedSkus = new Set(sandbox.state.listings.filter((listing) => listing.sku === taken || !demoSkus.includes(listing.sku)).map((listing) => listing.sku.toLowerCase()));
  const buyableInFrance = sandbox.state.listings.filter((listing) => managedSkus.has(listing.sku.toLowerCase()) && publicationState(sandbox.state, listing, 'fr-fr') === 2).length;
  expect(buyableInFrance).toBeGreaterThan(10);
  await page.getByLabel('Search listings').fill('BM-EXIST-');
  await expect(page.locator('[role="row"][data-sku^="BM-EXIST-"]').first()).toBeVisible();
  await expect(page.locator('[role="row"][data-sku^="BM-EXIST-"][data-status="none"]')).toHaveCount(0);
  for (const sku of [keepTheirs, keepMine]) {
    await page.getByLabel('Search listings').fill(sku);
    const france = page.locator(`[role="row"][data-sku="${sku}"][data-country="fr-fr"]`);
    await expect(france).toHaveAttribute('data-status', 'published');
    await expect(france.locator('[data-standing]')).toHaveAttribute('data-standing', 'on-sale');
  }
  await openScreen(page, 'Home');
  await expect(page.getByTestId('home-offers').locator('[data-country="fr-fr"]')).toHaveAttribute('data-on-sale', String(buyableInFrance));
});
