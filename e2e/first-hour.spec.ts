// The merchant's first hour in their own language, with their own spreadsheet (not the sample): a French shop's export
// (Windows-1252, semicolons, decimal commas, French headers, a cell with a line break, a product with 6 months'
// warranty, "Téléphonie > Smartphones"), worked in French and then in German. The import report numbers the refused rows
// as the spreadsheet shows them; the category is suggested from the merchant's path; the warranty from "Garantie (mois)";
// every country's price is filled from the catalogue in three actions; and no screen visited shows English words.
// Screenshots go to test-results/first-hour/<language>-<screen>.png (test output, not the repository).
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseSandbox, expect, ROOT, test } from './fixtures/app';
import { englishOnScreen, frenchShopExport, SIX_MONTHS } from './fixtures/first-hour';
import { chooseLanguage, goTo, settle, uiText } from './fixtures/layout';

const SHOTS = path.join(ROOT, 'test-results', 'first-hour');
/** The merchant's own data shown on screens, which stays as it is in every language. */
const DATA = [
  'iPhone', 'Galaxy', 'Pixel', 'Apple', 'Samsung', 'Google', 'Téléphonie > Smartphones', 'Garantie (mois)', 'Prix TTC', 'first-hour.csv',
  // The offer comment suggested for the United Kingdom: what British buyers read, rightly in English.
  'Refurbished, tested and under warranty.',
];

class Walk {
  readonly english: string[] = [];
  constructor(private readonly page: Page, private readonly language: string) {}

  /** Saves the screen's screenshot and notes any English word it shows. */
  async look(screen: string): Promise<void> {
    await settle(this.page);
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({ path: path.join(SHOTS, `${this.language}-${screen}.png`) });
    for (const word of await englishOnScreen(this.page, DATA)) this.english.push(`${this.language} · ${screen} · ${word}`);
  }
}

for (const language of ['fr', 'de']) {
  test(`the first hour with a French shop's export, in ${language}`, async ({ app }) => {
    test.setTimeout(120_000);
    const page = app.page;
    const text = (area: string | null, key: string, values: Record<string, string | number> = {}) =>
      Object.entries(values).reduce((words, [name, value]) => words.replaceAll(`{{${name}}}`, String(value)), uiText(language, area, key));
    const walk = new Walk(page, language);
    await chooseSandbox(page);
    await chooseLanguage(page, language);
    await walk.look('settings');

    // Import: the refused rows carry the spreadsheet's row numbers, although a title holds a line break.
    const shop = frenchShopExport();
    await goTo(page, 'import');
    // First the workbook itself rather than its CSV export: said in the merchant's language, with what to do.
    await page.getByTestId('import-file').setInputFiles({ name: 'boutique.xlsx', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) });
    await expect(page.getByText(text('messages', 'messages.csvFile.xlsx'))).toBeVisible();
    await walk.look('import-workbook');
    await page.getByTestId('import-file').setInputFiles({ name: 'first-hour.csv', mimeType: 'text/csv', buffer: shop.file });
    await expect(page.getByTestId('import-file-summary')).toContainText('first-hour.csv');
    await walk.look('import-columns');
    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
    const rejected = page.getByTestId('rejected-rows').locator('tbody tr');
    await expect(rejected).toHaveCount(shop.refusedRows.length);
    expect((await rejected.locator('td:first-child').allInnerTexts()).map(Number)).toEqual(shop.refusedRows);
    await walk.look('import-report');

    // Categories: the merchant's path gets a suggestion.
    await goTo(page, 'mapping-categories');
    const refresh = page.getByRole('button', { name: text(null, 'mapping.categories.refresh') });
    if (await refresh.isVisible()) {
      await refresh.click();
      await settle(page);
    }
    const row = page.getByTestId('category-row').filter({ has: page.getByRole('rowheader', { name: 'Téléphonie > Smartphones', exact: true }) });
    await expect(row.locator('.suggestion')).toBeVisible({ timeout: 20_000 });
    await walk.look('categories');
    await row.locator('.suggestion button').click();
    await expect(row.getByText(text(null, 'mapping.categories.mapped'), { exact: true })).toBeVisible();

    // Attributes: the warranty is suggested from the file's "Garantie (mois)", not a fixed 12.
    await goTo(page, 'mapping-attributes');
    const warrantyName = text('bmfields', 'bmFields.warranty_delay.label');
    const warranty = page.getByRole('combobox', { name: text(null, 'mapping.fields.sourceOfAll', { field: warrantyName }), exact: true });
    await expect(warranty).toBeVisible();
    await walk.look('attributes');
    const useColumn = page.getByRole('button', { name: text(null, 'mapping.useSuggestionOf', { source: 'Garantie (mois)' }), exact: true });
    await useColumn.click();
    await expect(warranty).toHaveValue('attribute:Garantie (mois)');

    // Prices: every country filled from the catalogue price in three actions (open, the pound's rate, apply).
    await goTo(page, 'pricing');
    await page.getByRole('button', { name: text('pricefill', 'priceFill.open') }).click();
    const panel = page.getByRole('region', { name: text('pricefill', 'priceFill.title') });
    await panel.getByLabel(text('pricefill', 'priceFill.rate', { currency: 'GBP', base: 'EUR' })).fill('0,86');
    await expect(panel.locator('tr[data-country="en-gb"] [data-testid="price-fill-preview"]').first()).toContainText('£');
    await walk.look('pricing-fill');
    await panel.getByRole('button', { name: text('pricefill', 'priceFill.apply_other', { count: shop.accepted }) }).click();
    await expect(panel.getByTestId('price-fill-report')).toBeVisible();
    // Every country holds the catalogue's 389,90 €, the United Kingdom 389,90 × 0,86 = 335,31 £, written as the language writes it.
    const priceIn = (market: string) =>
      page.getByRole('textbox', { name: text(null, 'pricing.priceOf', { productNumber: SIX_MONTHS, country: text(null, `markets.${market}`) }), exact: true });
    for (const market of ['FR', 'DE', 'BE', 'ES', 'IT', 'AT', 'NL']) await expect(priceIn(market)).toHaveValue('389,90');
    await expect(priceIn('GB')).toHaveValue('335,31');
    await walk.look('pricing');

    // The product with 6 months' warranty is not ready: Back Market's minimum is named.
    await goTo(page, 'catalogue');
    await page.locator(`[role="row"][data-product-number="${SIX_MONTHS}"]`).getByRole('button', { name: SIX_MONTHS }).click();
    await expect(page.getByTestId('bm-problems')).toBeVisible();
    await walk.look('product');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('product-form')).toHaveCount(0);

    // The sync's plan, the sync itself and what it says once it ends; then the screens a first hour passes by.
    await page.getByTestId('sync-dry-run').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await walk.look('sync-plan');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByTestId('sync-button').click();
    await expect(page.getByTestId('sync-last')).toContainText(text('sync', 'sync.last.finished', { time: '' }).trim(), { timeout: 60_000 });
    for (const screen of ['home', 'catalogue', 'listings', 'orders', 'returns', 'units', 'mapping-carriers', 'settings']) {
      await goTo(page, screen);
      await walk.look(screen);
    }

    expect(walk.english, `English words on ${language} screens:\n${walk.english.join('\n')}`).toEqual([]);
  });
}
