// Navigation security, driven as an injected link or an accident would: a link, window.open or a form aimed at
// another site never replaces the app. In the preview the app's tab keeps its address, screen and state, and the
// other site opens in a tab of its own that has no handle on the app; in Electron the window keeps the app's page and
// no second window appears (main hands https to the merchant's browser instead).
import type { Page, Request, TestInfo } from '@playwright/test';
import { chooseSandbox, expect, test, type AppFixture } from './fixtures/app';

// Never reached: every request to it is answered here, and the machine needs no network.
const OUTSIDE = 'https://example.com/';
const OUTSIDE_PAGE = '<!doctype html><title>Example Domain</title><h1>Example Domain</h1>';
// Lives in the app's JavaScript heap: a reload or another document would lose it, so finding it again proves the page stayed.
const STATE_MARK = 'refurb-navigation-security';

/** The parts of the page's window the spec touches inside evaluate (the e2e tsconfig has no DOM types). */
interface PageWindow {
  refurbStateMark?: string;
  opener: unknown;
  open(url: string, target?: string): unknown;
  location: { assign(url: string): void };
}

interface Attempt {
  page: Page;
  appUrl: string;
  /** Every request to the outside site, with whether it would have replaced the app's page. */
  outsideRequests: { url: string; replacesApp: boolean }[];
}

async function openSettings(app: AppFixture): Promise<Attempt> {
  const page = app.page;
  const outsideRequests: Attempt['outsideRequests'] = [];
  // The page's own requests: a navigation among them would be the outside site replacing the app.
  const appPageRequests = new Set<Request>();
  page.on('request', (request) => appPageRequests.add(request));
  await page.context().route(`${OUTSIDE}**`, async (route, request) => {
    outsideRequests.push({ url: request.url(), replacesApp: request.isNavigationRequest() && appPageRequests.has(request) });
    await route.fulfill({ status: 200, contentType: 'text/html', body: OUTSIDE_PAGE });
  });
  await chooseSandbox(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.evaluate((mark) => ((globalThis as unknown as PageWindow).refurbStateMark = mark), STATE_MARK);
  return { page, appUrl: page.url(), outsideRequests };
}

/** Puts markup on the current screen, as content from a catalogue or a marketplace could if it were ever rendered as HTML. */
async function inject(page: Page, html: string): Promise<void> {
  await page.getByRole('main').evaluate((main, markup) => main.insertAdjacentHTML('afterbegin', markup), html);
}

/** Lets the page run the tasks an attempt may have queued (a form's navigation starts from one) before anything is judged. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(() => setTimeout(resolve, 0), 0)));
}

async function expectAppKept({ page, appUrl, outsideRequests }: Attempt): Promise<void> {
  await settle(page);
  expect(page.url()).toBe(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await page.evaluate(() => (globalThis as unknown as PageWindow).refurbStateMark)).toBe(STATE_MARK);
  expect(outsideRequests.filter((request) => request.replacesApp)).toEqual([]);
}

/**
 * The outside site must turn up in a tab of its own (the preview) or nowhere (Electron: main denies the window and opens
 * https in the merchant's browser), and the app's window stays the only one of the app.
 */
async function expectOpenedApart(attempt: Attempt, testInfo: TestInfo, leave: () => Promise<unknown>): Promise<void> {
  const context = attempt.page.context();
  if (testInfo.project.name === 'electron') {
    const windowsBefore = context.pages().length;
    await leave();
    await expectAppKept(attempt);
    expect(context.pages()).toHaveLength(windowsBefore);
    return;
  }
  const [tab] = await Promise.all([context.waitForEvent('page', { timeout: 10_000 }), leave()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(OUTSIDE);
  // noopener: the other site cannot reach back and send the app's tab elsewhere.
  expect(await tab.evaluate(() => (globalThis as unknown as PageWindow).opener)).toBeNull();
  await tab.close();
  await expectAppKept(attempt);
}

for (const target of ['', '_self', '_top', '_blank']) {
  test(`a link to another site (target "${target || 'none'}") leaves the app's page in place`, async ({ app }, testInfo) => {
    const attempt = await openSettings(app);
    const targetAttribute = target ? ` target="${target}"` : '';
    await inject(attempt.page, `<a id="outside-link" href="${OUTSIDE}"${targetAttribute}>Back Market help</a>`);
    await expectOpenedApart(attempt, testInfo, () => attempt.page.locator('#outside-link').click());
  });
}

test('a link to another site drawn in an SVG chart leaves the app in place', async ({ app }, testInfo) => {
  const attempt = await openSettings(app);
  await inject(
    attempt.page,
    `<svg width="200" height="40"><a id="outside-chart-link" href="${OUTSIDE}"><rect width="200" height="40" fill="#888"></rect></a></svg>`,
  );
  await expectOpenedApart(attempt, testInfo, () => attempt.page.locator('#outside-chart-link').click());
});

for (const target of [undefined, '_blank', '_self', '_top', 'refurb-desk']) {
  test(`window.open of another site (target ${target ?? 'none'}) opens it apart and leaves the app in place`, async ({ app }, testInfo) => {
    const attempt = await openSettings(app);
    const leave = () =>
      attempt.page.evaluate(
        ([url, name]) => {
          // What an accidental window.open returns must not let the caller drive the other window either.
          const page = globalThis as unknown as PageWindow;
          const handle = name === undefined ? page.open(url) : page.open(url, name);
          return handle === null;
        },
        [OUTSIDE, target] as const,
      );
    await expectOpenedApart(attempt, testInfo, async () => expect(await leave()).toBe(true));
  });
}

for (const method of ['get', 'post']) {
  test(`a form addressed to another site (${method.toUpperCase()}) is not sent and the app stays`, async ({ app }) => {
    const attempt = await openSettings(app);
    await inject(
      attempt.page,
      `<form id="outside-form" method="${method}" action="${OUTSIDE}"><input name="token" value="secret"><button>Send</button></form>`,
    );
    const windowsBefore = attempt.page.context().pages().length;
    await attempt.page.locator('#outside-form').getByRole('button', { name: 'Send' }).click();
    await expectAppKept(attempt);
    expect(attempt.outsideRequests).toEqual([]);
    expect(attempt.page.context().pages()).toHaveLength(windowsBefore);
  });
}

test("a submit button's formaction to another site is not followed either", async ({ app }) => {
  const attempt = await openSettings(app);
  await inject(
    attempt.page,
    `<form id="app-looking-form"><input name="token" value="secret"><button formaction="${OUTSIDE}" formtarget="_blank">Save</button></form>`,
  );
  const windowsBefore = attempt.page.context().pages().length;
  await attempt.page.locator('#app-looking-form').getByRole('button', { name: 'Save' }).click();
  await expectAppKept(attempt);
  expect(attempt.outsideRequests).toEqual([]);
  expect(attempt.page.context().pages()).toHaveLength(windowsBefore);
});

// Changes of address the page makes itself. React renders no markup from data and the CSP runs only the app's own
// scripts, so neither can get into the page; should one ever do, Electron's will-navigate still refuses it. A browser
// tab has no such hook — a refresh or a script may take it anywhere — so the preview has nothing to prove here.
const SHELL_ONLY = 'only the Electron shell can refuse a navigation the page makes itself (will-navigate); a browser tab cannot';
const selfNavigations: [string, (page: Page) => Promise<unknown>][] = [
  ['a meta refresh', (page) => inject(page, `<meta http-equiv="refresh" content="0; url=${OUTSIDE}">`)],
  ['location.assign', (page) => page.evaluate((url) => (globalThis as unknown as PageWindow).location.assign(url), OUTSIDE)],
];
for (const [trick, leave] of selfNavigations) {
  test(`${trick} to another site leaves the app's window on the app (Electron)`, async ({ app }, testInfo) => {
    test.skip(testInfo.project.name !== 'electron', SHELL_ONLY);
    const attempt = await openSettings(app);
    const windowsBefore = attempt.page.context().pages().length;
    await leave(attempt.page);
    await expectAppKept(attempt);
    expect(attempt.page.context().pages()).toHaveLength(windowsBefore);
  });
}
