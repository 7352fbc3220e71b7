// Layout holds in every language: with the sample catalogue imported and orders in, the spec visits every screen in
// English, French and German at 1280×800 (Home, Catalogue and its product drawer, Listings and a listing's detail,
// Orders, an order's drawer and its ship dialog, Returns, Units, Categories, Attributes, Carriers, Prices, Settings
// with its backups, the sync's dry-run dialog, and the Import wizard's report and column step) and fails, with every
// offender named by language, screen, element, text and sizes, when something does not fit. Each language is a test of
// its own (its own data folder, host and embedded sandbox), so two run at once. Screenshots go to
// test-results/layout/<language>-<screen>.png: test output, not the repository.
//
// The rule (fixtures/layout.ts, findOverflows):
// - Text boxes (buttons, labels, links, table headers and cells, badges, tabs, headings, summary terms, hints): the
//   content must fit the box (scrollWidth ≤ clientWidth + 1 px); a grid's column name may wrap, within its header's height. Content wider than a box that shows it anyway spills
//   out; wider than a box that hides it is cut.
// - An ellipsis is allowed only where the full text shows on hover: the element, or the cell around it, has a title
//   holding the whole text (the grids' long titles, a filter's long chosen category). Any other cut text is an
//   offender, even with "…". A drop-down's chosen option and a field's placeholder count as its text.
// - Cards (Home's cards and panels, settings sections, dialogs, fields, filters, toolbars, alerts, table frames): no
//   button, link, field, label, badge or image leaves the card's box sideways, except inside a region that scrolls.
// - Regions that scroll sideways on purpose (overflow-x auto/scroll: wide tables, the price matrix) are not offenders;
//   the window itself never scrolls sideways.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { importSampleConnected, SAMPLE_PRODUCTS } from './fixtures/backbox';
import { grid, importSample, SAMPLE } from './fixtures/catalogue';
import { chooseLanguage, findOverflows, goTo, LAYOUT_SCREENSHOTS, settle, uiText, type Overflow } from './fixtures/layout';
import { importSampleMapping } from './fixtures/mapping';
import { connectTo, control, startSandbox } from './fixtures/orders';

/** The offenders found so far in this test, one line each. */
class LayoutReport {
  readonly lines: string[] = [];
  constructor(private readonly page: Page, private readonly language: string) {}

  /** Checks the window as it is now and saves its screenshot. */
  async check(screen: string): Promise<void> {
    await settle(this.page);
    // No focus ring or hover left from the last click.
    await this.page.mouse.move(0, 0);
    const offenders: Overflow[] = await findOverflows(this.page);
    for (const offender of offenders) this.lines.push(`${this.language} · ${screen} · ${offender.what} "${offender.text}": ${offender.problem}`);
    await this.page.screenshot({ path: path.join(LAYOUT_SCREENSHOTS, `${this.language}-${screen}.png`) });
  }
}

/** In English, before the language changes: orders imported from the sandbox and the waiting one accepted, so it can ship. */
async function importAndAcceptOrders(page: Page): Promise<void> {
  await goTo(page, 'orders');
  await page.getByRole('button', { name: 'Import orders' }).click();
  await expect(page.getByTestId('orders-import-report')).toContainText('orders received', { timeout: 20_000 });
  await page.locator('[data-tab="to-accept"]').click();
  const waiting = page.getByTestId('order-row').first();
  await expect(waiting).toBeVisible();
  await waiting.getByRole('button').first().click();
  const detail = page.getByTestId('order-detail');
  await detail.getByRole('button', { name: /^Accept / }).first().click();
  await page.getByTestId('accept-dialog').getByRole('button', { name: 'Accept line' }).click();
  await expect(detail.getByTestId('move-outcome')).toContainText('Back Market has it');
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
}

for (const language of ['en', 'fr', 'de']) {
  test(`every screen fits its texts in ${language} at 1280×800`, async ({ app }) => {
    test.setTimeout(150_000);
    const page = app.page;
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    await importSample(page);
    await importAndAcceptOrders(page);
    await chooseLanguage(page, language);
    const report = new LayoutReport(page, language);

    await goTo(page, 'home');
    await report.check('home');

    await goTo(page, 'catalogue');
    await expect(grid(page).or(page.getByRole('grid').first())).toBeVisible();
    await report.check('catalogue');
    await page.getByRole('grid').first().locator('.link-button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await report.check('catalogue-drawer');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await goTo(page, 'listings');
    await report.check('listings');

    await goTo(page, 'orders');
    await report.check('orders');
    await page.locator('[data-tab="to-ship"]').click();
    await page.getByTestId('order-row').first().getByRole('button').first().click();
    const detail = page.getByTestId('order-detail');
    await expect(detail).toBeVisible();
    await report.check('order-detail');
    await detail.getByRole('button', { name: uiText(language, 'orders', 'orders.detail.ship'), exact: true }).click();
    await expect(page.getByTestId('ship-dialog')).toBeVisible();
    await report.check('order-ship');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);

    for (const screen of ['returns', 'units', 'mapping-categories', 'mapping-attributes', 'mapping-carriers', 'pricing', 'settings']) {
      await goTo(page, screen);
      await report.check(screen);
    }

    await page.getByTestId('sync-dry-run').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await report.check('sync-plan');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // The import wizard: the last report, then a file chosen and its columns to map.
    await goTo(page, 'import');
    await expect(page.getByTestId('import-report')).toBeVisible();
    await report.check('import-report');
    await page.getByTestId('import-report').locator('.button-row button').click();
    await page.getByTestId('import-file').setInputFiles(SAMPLE);
    await expect(page.getByTestId('import-file-summary')).toContainText('sample-catalogue.csv');
    await report.check('import-columns');

    expect(report.lines, `Texts that do not fit their box:\n${report.lines.join('\n')}`).toEqual([]);
  });
}

// The existing account's review in Settings (issue #20): its values, the publish question of a listing imported from
// one market, and what "Keep mine" / "Publish" still needs, in the languages whose texts ran longest.
for (const language of ['fr', 'de']) {
  test(`the existing account's review fits its texts in ${language} at 1280×800`, async ({ app }) => {
    test.setTimeout(240_000);
    const sandbox = await startSandbox({ seed: 'demo', taskDelayMs: 0, validationDelayMs: 0, extraProducts: SAMPLE_PRODUCTS });
    try {
      const page = app.page;
      // Germany only: two SKUs of the sample catalogue at other prices, and one listing the catalogue does not have.
      await control(sandbox, 'POST', '/existing-account', { listingsPerMarket: 3, matchingSkus: 2, markets: ['de-de'] });
      await connectTo(page, sandbox);
      await importSampleConnected(page);
      await importSampleMapping(page);
      await goTo(page, 'settings');
      const section = page.getByTestId('existing-account');
      await expect(section.getByTestId('account-markets').locator('tr[data-country="de-de"] [data-column="matched"]')).toHaveText('2', { timeout: 60_000 });
      const unmanaged = section.getByTestId('account-unmanaged');
      await unmanaged.getByLabel('Filter by SKU or title').fill('BM-EXIST-');
      await unmanaged.getByRole('button', { name: 'Filter', exact: true }).click();
      await unmanaged.getByRole('button', { name: /^Import/ }).first().click();
      await expect(section.getByTestId('account-import-report')).toBeVisible({ timeout: 30_000 });
      const review = section.getByTestId('account-review');
      await expect(review.locator('tr[data-field="market"]').first()).toBeVisible({ timeout: 60_000 });
      await chooseLanguage(page, language);
      await expect(review).toBeVisible();
      const report = new LayoutReport(page, language);
      await review.scrollIntoViewIfNeeded();
      await report.check('account-review');
      // "Publish" where the listing is not sold: the report says what the offer still needs there.
      await review.locator('tr[data-field="market"]').first().getByRole('button', { name: uiText(language, 'account', 'account.review.publish'), exact: true }).click();
      await expect(section.getByTestId('account-review-held')).toBeVisible();
      await report.check('account-review-held');
      expect(report.lines, `Texts that do not fit their box:\n${report.lines.join('\n')}`).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
}
