// Setup and the token's life cycle, against a sandbox marketplace this spec starts itself (read from Node, never from
// the page): a wrong token is refused with its reason, the right one proceeds; after the token is rotated (as a
// password change does) the next action shows the banner, and pasting the new token clears it.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startSandbox, type RunningSandbox } from '../electron/sandbox';
import { chooseSandbox, expect, ROOT, test } from './fixtures/app';

const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

let sandbox: RunningSandbox;
test.beforeEach(async () => {
  sandbox = await startSandbox({ seed: 'demo', taskDelayMs: 0 });
});
test.afterEach(async () => {
  await sandbox.close();
});

async function rotateToken(): Promise<string> {
  const response = await fetch(`${sandbox.url}/__sandbox/token/rotate`, {
    method: 'POST',
    headers: { 'X-Sandbox-Secret': sandbox.controlSecret, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

const openSettings = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();

test('the wizard refuses a wrong token and proceeds with the right one; a rotated token shows the banner until a new one is pasted', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Set up Refurb Desk' })).toBeVisible();
  await page.getByRole('button', { name: /Connect my Back Market account/ }).click();

  // The guide's eight markets are ticked; the others are offered.
  for (const country of ['Germany', 'Belgium', 'France', 'Spain', 'Italy', 'Austria', 'United Kingdom', 'Netherlands']) await expect(page.getByRole('checkbox', { name: country })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Portugal' })).not.toBeChecked();
  await page.getByLabel('Language for Belgium').selectOption('nl');

  await page.getByLabel('API token', { exact: true }).fill('not-the-right-token');
  await page.getByLabel('Company name').fill('Atelier Reconditionné');
  await page.getByLabel('Contact e-mail').fill('ops@atelier.example');
  await page.getByText('Advanced settings').click();
  await page.getByLabel('Sandbox address').fill(sandbox.url);
  await expect(page.getByLabel('API token', { exact: true })).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Check and connect' }).click();
  await expect(page.getByTestId('connect-failure-token-rejected')).toContainText('rejected this API token');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'setup-wrong-token.png') });

  await page.getByLabel('API token', { exact: true }).fill(sandbox.token);
  await page.getByRole('button', { name: 'Check and connect' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByTestId('token-banner')).toHaveCount(0);

  // A password change on Back Market: the old token fails at once; the next action shows the banner.
  const newToken = await rotateToken();
  await openSettings(page);
  await expect(page.getByTestId('connection-summary')).toContainText('Accepted by Back Market');
  await page.getByRole('button', { name: 'Check connection' }).click();
  const banner = page.getByTestId('token-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Seller Portal');
  await expect(banner).toContainText('Options');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'token-rejected-banner.png') });

  await banner.getByLabel('New API token').fill('still-not-it');
  await banner.getByRole('button', { name: 'Check and use this token' }).click();
  await expect(banner).toContainText('rejected this API token');
  await banner.getByLabel('New API token').fill(newToken);
  await banner.getByRole('button', { name: 'Check and use this token' }).click();
  await expect(page.getByTestId('token-banner')).toHaveCount(0);
  await expect(page.getByTestId('connection-summary')).toContainText('Accepted by Back Market');

  // Every call is in the activity log, the refused ones included.
  const activity = page.getByTestId('activity-table');
  await expect(activity.locator('tbody tr')).not.toHaveCount(0);
  await page.getByLabel('Outcome').selectOption('failed');
  await expect(activity).toContainText('401');
  await expect(activity).not.toContainText(sandbox.token);
});

test('explore with the sandbox marketplace, then run setup again from Settings', async ({ app }) => {
  const page = app.page;
  await chooseSandbox(page);
  await openSettings(page);
  await expect(page.getByTestId('connection-summary')).toContainText('Sandbox marketplace');
  await page.getByRole('button', { name: 'Run setup again' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Run setup again' }).click();
  await expect(page.getByRole('heading', { name: 'Set up Refurb Desk' })).toBeVisible();
});
