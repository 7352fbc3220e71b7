// One-click sync on the sample catalogue against the sandbox marketplace, under each answer Back Market's contract allows
// where it is silent (the sandbox's profiles): complete products turn Published, the deliberately incomplete ones None
// with the pre-flight reason (never sent), an offer whose EAN Back Market does not know and whose content Back Market
// refuses None with the sandbox's message (or, when the task report says nothing, pending and then None because Back
// Market never confirmed it); fixed in the UI it turns Published on the next sync; and a sync with no edits sends nothing.
import { expect, test } from './fixtures/app';
import { importSample, openScreen } from './fixtures/catalogue';
import { control } from './fixtures/orders';
import { asCustomerSandbox, embeddedSandbox, type SandboxControl } from './fixtures/journey';
import { ean13, editProduct, findListing, listingCalls, listingRow, importSampleMapping, saveInDrawer, syncAndWait, syncButton } from './fixtures/sync';
import { DEFAULT_PROFILES, type SandboxProfiles, type SandboxState } from '../electron/sandbox';
import { publicationState } from '../electron/sandbox/domain/listing-view';

/** The explore mode's own choice (per-line reports), a report keyed by SKU, and the contract read literally. */
const PROFILES: { name: string; profiles: Partial<SandboxProfiles> | null }[] = [
  { name: 'lines reports (explore mode)', profiles: null },
  { name: 'reports keyed by SKU', profiles: { taskReport: 'by-sku' } },
  { name: 'the contract read literally (empty reports, statuses 3 and 7, no Retry-After)', profiles: DEFAULT_PROFILES },
];

/** A microwave given an EAN the sandbox does not know, and a 1 g weight: the pre-flight check lets it through, Back Market refuses to create the product. */
const UNKNOWN = { sku: 'SA-MS23-C', ean: ean13('376401009999') };
const INCOMPLETE = [
  { sku: 'HUAWEI-P30-128', reason: /brand/i },
  { sku: 'TRADEIN-0425', reason: /EAN|image/i },
  { sku: 'LOT-MISC-07', reason: /categor|brand/i },
  { sku: 'MBA-M1-512-KB-DE', reason: /EAN|image/i },
];

for (const { name, profiles } of PROFILES) {
test(`sync the sample catalogue (${name}): Published, None with the reason, fixed and published, then nothing to send`, async ({ app, dataDir }) => {
  test.setTimeout(600_000);
  const page = app.page;
  await importSample(page);
  if (profiles) await control(asCustomerSandbox(await embeddedSandbox(page, dataDir)), 'PUT', '/profiles', profiles);
  const silent = profiles?.taskReport === 'empty';
  await importSampleMapping(page);
  await editProduct(page, UNKNOWN.sku, { EAN: UNKNOWN.ean, 'Weight (g)': '1' });

  // Before anything is sent, the header says how much waits, and the dry run shows what would go.
  await expect(page.getByTestId('sync-badge')).toHaveText(/^(\d+|999\+)$/);
  await page.getByTestId('sync-dry-run').click();
  const plan = page.getByTestId('sync-plan');
  await expect(plan.getByTestId('plan-summary')).toContainText(/new offers?/);
  await expect(plan.getByTestId('plan-blocked')).toContainText('France');
  await expect(plan.getByTestId('plan-offers').locator('tbody tr').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('dry-run.png') });
  await page.keyboard.press('Escape');
  await expect(plan).toHaveCount(0);

  // The first sync, from the keyboard.
  await syncAndWait(page, 'keyboard');
  // When a task report says nothing, or a task ends in 3 or 7, what Back Market's listings do not show goes once more.
  if (profiles) await syncAndWait(page);
  if (silent) await syncAndWait(page);

  // Complete products: Published.
  await openScreen(page, 'Listings');
  const france = page.getByTestId('listings-summary').locator('[data-country="fr-fr"]');
  await expect(france.locator('[data-standing="on-sale"]')).toHaveText(/^\d{2,} on sale$/);
  // Every None in France is one of the offers below: the incomplete ones held back, the unknown EAN refused.
  await expect(france.locator('[data-standing="held-back"]')).toHaveText(`${INCOMPLETE.length} held back`);
  await expect(france.locator('[data-standing="refused"]')).toHaveText('1 refused');
  await france.locator('[data-standing="held-back"]').click();
  await expect(page.getByTestId('listings-count')).toHaveText(`${INCOMPLETE.length} listings`);
  // The header never says all is synced while offers are held back or refused; each part leads to them.
  await expect(page.getByTestId('pending-changes')).toContainText(/\d+ not synced: \d+ held back, \d+ refused/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  for (const sku of ['IP11-64GB-BLAC', 'DL-DEDICA-A', 'SA-MS23-A']) {
    await expect(await findListing(page, sku)).toHaveAttribute('data-status', 'published');
  }

  // The deliberately incomplete ones: None, held back by the pre-flight check with its reason, never sent.
  for (const { sku, reason } of INCOMPLETE) {
    const row = await findListing(page, sku);
    await expect(row).toHaveAttribute('data-status', 'none');
    await expect(row.locator('[data-column="status"]')).toContainText('held back');
    await expect(row.locator('[data-column="error"]')).toContainText(reason);
    await row.locator('[data-column="title"]').click();
    await expect(page.getByTestId('listing-detail')).toContainText(sku);
    await expect(page.getByTestId('listing-csv-line')).toHaveCount(0);
  }
  const sent = (await listingCalls(page, 'writes')).length;
  expect(sent).toBeGreaterThan(0);

  // The unknown EAN with refused content: None with the sandbox's own message and the CSV line it came from; when the
  // report says nothing, None because Back Market never confirmed it after the one re-send.
  let row = await findListing(page, UNKNOWN.sku);
  await expect(row).toHaveAttribute('data-status', 'none');
  await expect(row.locator('[data-column="status"]')).toContainText('refused');
  await expect(row.locator('[data-column="error"]')).toContainText(silent ? 'Back Market did not confirm this change' : 'weight must be a whole number of grams above 1');
  await row.locator('[data-column="title"]').click();
  await expect(page.getByTestId('listing-csv-line')).toContainText(UNKNOWN.ean);
  await page.screenshot({ path: test.info().outputPath('listings.png') });

  // Fixed from the Listings screen, in the catalogue's drawer; the next sync publishes it.
  await row.getByRole('button', { name: UNKNOWN.sku, exact: true }).click();
  await saveInDrawer(page, { 'Weight (g)': '12500' });
  await expect(page.getByTestId('sync-badge')).toBeVisible();
  await syncAndWait(page);
  row = await findListing(page, UNKNOWN.sku);
  await expect(row).toHaveAttribute('data-status', 'published');
  // Published, and truthfully not on sale yet: its EAN was unknown, so Back Market validates the new product first.
  await expect(row.locator('[data-column="status"]')).toContainText('not on sale: Back Market is validating a new product');
  await expect(row.locator('[data-column="error"]')).toHaveText('Nothing to do: it goes on sale once Back Market has approved the new product.');

  // A sync with no edits sends nothing: the activity log shows no new listing call at all (no catalog task, no stock
  // update, and no read-back either: the listings were read after the last sync's writes, minutes ago). An offer Back
  // Market never confirmed is read again at each sync, so under the literal profiles only the writes are compared.
  const which = profiles === DEFAULT_PROFILES ? 'writes' : 'all';
  const before = await listingCalls(page, which);
  expect((await listingCalls(page, 'writes')).length).toBeGreaterThan(sent);
  await expect(syncButton(page)).toBeVisible();
  await syncAndWait(page);
  expect(await listingCalls(page, which)).toEqual(before);
  await expect(page.getByTestId('sync-partial')).toHaveCount(0);
});
}

const sandboxState = (sandbox: SandboxControl) => control<SandboxState>(asCustomerSandbox(sandbox), 'GET', '/state');

/**
 * What a customer can buy in a market, as the sandbox itself holds it: listings online there (publication_state 2) with
 * stock, leaving out those it held before the first sync (the demo merchant's, which are not in this catalogue).
 */
async function buyableInSandbox(sandbox: SandboxControl, market: string, before: ReadonlySet<string>): Promise<number> {
  const state = await sandboxState(sandbox);
  return state.listings.filter((listing) => !before.has(listing.id) && listing.markets[market] !== undefined && publicationState(state, listing, market) === 2 && listing.quantity > 0).length;
}

test('without a comment the offers are published but not on sale; with the suggested comment they go on sale, without a reload', async ({ app, dataDir }) => {
  test.setTimeout(600_000);
  const page = app.page;
  await importSample(page);
  const sandbox = await embeddedSandbox(page, dataDir);
  const before = new Set((await sandboxState(sandbox)).listings.map((listing) => listing.id));
  await importSampleMapping(page);
  // The suggested mapping proposes a comment per market; this merchant leaves it out.
  await openScreen(page, 'Attributes');
  const comment = page.getByTestId('field-row-comment');
  await expect(comment.getByText('Needed to be on sale')).toBeVisible();
  const perCountry = comment.getByRole('combobox', { name: /^Source of Comment for / });
  for (let index = 0; index < (await perCountry.count()); index += 1) await perCountry.nth(index).selectOption({ label: 'As for all countries' });
  await expect(page.getByRole('button', { name: 'Map all suggested fields' })).toBeVisible();

  // The dry run says it before anything is sent.
  await page.getByTestId('sync-dry-run').click();
  await expect(page.getByTestId('plan-without-comment')).toContainText('France');
  await page.keyboard.press('Escape');
  await syncAndWait(page);

  // Published, but nobody can buy them: Listings says why, Home counts 0 on sale.
  await openScreen(page, 'Listings');
  const france = page.getByTestId('listings-summary').locator('[data-country="fr-fr"]');
  await expect(france.locator('[data-standing="on-sale"]')).toHaveText('0 on sale');
  await expect(france.locator('[data-standing="not-on-sale"]')).toHaveText(/^\d{2,} not on sale$/);
  const row = await findListing(page, 'IP11-64GB-BLAC');
  await expect(row).toHaveAttribute('data-status', 'published');
  await expect(row.locator('[data-column="status"]')).toContainText('not on sale: missing comment');
  await expect(row.locator('[data-column="error"]')).toContainText('without a comment');
  await openScreen(page, 'Home');
  await expect(page.getByTestId('home-offers').locator('[data-country="fr-fr"]')).toHaveAttribute('data-on-sale', '0');
  // The same number Back Market gives: the sandbox holds the offers, none of them can be bought in France.
  expect(await buyableInSandbox(sandbox, 'fr-fr', before)).toBe(0);
  expect((await sandboxState(sandbox)).listings.filter((listing) => !before.has(listing.id) && listing.markets['fr-fr'] !== undefined).length).toBeGreaterThan(10);

  // The merchant takes the suggested comment; the next sync sends it, and the open Listings grid follows by itself.
  await openScreen(page, 'Attributes');
  await page.getByRole('button', { name: 'Map all suggested fields' }).click();
  await expect(page.getByRole('button', { name: 'Map all suggested fields' })).toHaveCount(0);
  const sample = await findListing(page, 'IP11-64GB-BLAC');
  await expect(sample.locator('[data-column="status"]')).toContainText('not on sale: missing comment');
  await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
  await syncAndWait(page);
  await expect(listingRow(page, 'IP11-64GB-BLAC').locator('[data-column="status"]')).toContainText(/on sale$/);
  await expect(listingRow(page, 'IP11-64GB-BLAC').locator('[data-column="status"]')).not.toContainText('not on sale');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const onSale = Number((await france.locator('[data-standing="on-sale"]').innerText()).replace(/\D/g, ''));
  expect(onSale).toBeGreaterThan(10);
  await openScreen(page, 'Home');
  await expect(page.getByTestId('home-offers').locator('[data-country="fr-fr"]')).toHaveAttribute('data-on-sale', String(onSale));
  // Home and Listings count exactly the listings a customer can buy in France on the sandbox.
  expect(await buyableInSandbox(sandbox, 'fr-fr', before)).toBe(onSale);
  expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
