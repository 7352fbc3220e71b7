// Moving the mapping to another computer: export it to a JSON file, change the mapping, import the file, and the mapping is back.
import fs from 'node:fs';
import { expect, test } from './fixtures/app';
import { importSample, openScreen } from './fixtures/catalogue';
import { mapCategory, openCategoriesWithTree } from './fixtures/mapping';

test('export the mapping and import it back', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Electron turns the download into a native save dialog, which Playwright cannot drive; the preview project runs this spec');
  test.setTimeout(180_000);
  const page = app.page;
  await importSample(page);

  await openCategoriesWithTree(page);
  await mapCategory(page, 'Home > Microwaves', 'microwave', /Micro-ondes/);

  await openScreen(page, 'Attributes');
  const transfer = page.getByTestId('mapping-transfer');
  const downloading = page.waitForEvent('download');
  await transfer.getByRole('button', { name: 'Export mapping' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^refurb-desk-mapping-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; categories: { merchantCategory: string }[] };
  expect(exported.format).toBe('refurb-desk-mapping');
  expect(exported.categories.map((entry) => entry.merchantCategory)).toContain('Home > Microwaves');

  // The mapping changes after the export: the category is unmapped again.
  await openScreen(page, 'Categories');
  const microwaves = page.getByTestId('category-row').filter({ has: page.getByRole('rowheader', { name: 'Home > Microwaves', exact: true }) });
  await microwaves.getByRole('button', { name: 'Remove the mapping of Home > Microwaves' }).click();
  await expect(microwaves.getByText('Not mapped', { exact: true })).toBeVisible();

  // Importing the exported file brings it back.
  await openScreen(page, 'Attributes');
  await transfer.getByTestId('mapping-import-file').setInputFiles(file);
  await expect(transfer.getByText(`Import the mapping in ${download.suggestedFilename()}?`)).toBeVisible();
  await transfer.getByRole('button', { name: 'Replace my mapping' }).click();
  await expect(transfer.getByTestId('mapping-import-report')).toContainText(/Mapping imported\. Categories: 1, field sources: \d+, mapped values: \d+\. \d+ products? (was|were) marked pending\./);

  await openScreen(page, 'Categories');
  await expect(microwaves.getByText('Mapped', { exact: true })).toBeVisible();
});
