// The preview survives a restart of its host: while it is down the open tab says the background process is not
// responding and keeps trying; once it is back the tab picks up the new session by itself, with what was typed kept.
import { expect, test } from './fixtures/app';
import { importSample, openScreen } from './fixtures/catalogue';

test('an open tab follows the preview host through a restart, without a reload', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'preview', 'the preview host is what restarts');
  test.setTimeout(180_000);
  const page = app.page;
  await importSample(page);
  await openScreen(page, 'Catalogue');
  const search = page.getByLabel('Search');
  await search.fill('iphone');
  await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));

  await app.restartHost(async () => {
    // Down: the header says so (the event stream broke), and the tab keeps trying.
    await expect(page.getByTestId('host-down')).toHaveText("Refurb Desk's background process is not responding. Trying again…", { timeout: 20_000 });
  });

  // Back, with a new secret: the header clears, every screen answers, and nothing typed was lost.
  await expect(page.getByTestId('host-down')).toHaveCount(0, { timeout: 20_000 });
  await expect(search).toHaveValue('iphone');
  await openScreen(page, 'Listings');
  await expect(page.getByTestId('listings-count')).toHaveText(/listing/);
  await expect(page.getByText('Missing or wrong preview secret')).toHaveCount(0);
  await openScreen(page, 'Catalogue');
  await expect(page.getByTestId('catalogue-count')).toContainText(/\d/);
  expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
