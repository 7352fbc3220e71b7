// Keyboard focus shows, as the merchant tabs through the app: on Home, the Catalogue (its grid), Listings and Settings,
// every stop Tab reaches — buttons, links, fields, grids — wears a focus indicator in the accent colour: a 2 px outline,
// or for a field its accent border ring. A control's own box-shadow (every .button has one) must not hide it, as it
// did when the indicator was itself a box-shadow of the same specificity.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { importSample } from './fixtures/catalogue';
import { goTo } from './fixtures/layout';

interface FocusStop {
  what: string;
  focusVisible: boolean;
  outline: string;
  boxShadow: string;
  /** A 2 px (or wider) solid outline in the accent colour. */
  outlined: boolean;
  /** A field's ring: a box-shadow in the accent colour. */
  ringed: boolean;
  isButton: boolean;
}

/** The DOM members the check reads (the e2e project is typed without the DOM library, as fixtures/layout-check.ts says). */
interface Element {
  id: string;
  tagName: string;
  textContent: string | null;
  classList: Iterable<string> & { contains(name: string): boolean };
  style: { color: string };
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  append(child: Element): void;
  remove(): void;
}
interface Window {
  document: { activeElement: Element | null; body: Element; createElement(tag: string): Element };
  getComputedStyle(element: Element): { color: string; outlineStyle: string; outlineWidth: string; outlineColor: string; boxShadow: string };
}

/** What the focused element looks like, or null when nothing but the page (or the screen itself) holds focus. */
const focusStop = (page: Page): Promise<FocusStop | null> =>
  page.evaluate(() => {
    const win = globalThis as unknown as Window;
    const element = win.document.activeElement;
    if (!element || element === win.document.body || element.id === 'main') return null;
    // The accent colour as the browser computes it, read from the stylesheet's own token.
    const probe = win.document.createElement('span');
    probe.style.color = 'var(--accent)';
    win.document.body.append(probe);
    const accent = win.getComputedStyle(probe).color;
    probe.remove();
    const style = win.getComputedStyle(element);
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      what: `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')} "${text}"`,
      focusVisible: element.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      outlined: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor === accent,
      ringed: style.boxShadow.includes(accent),
      isButton: element.classList.contains('button'),
    };
  });

/** Tabs through a screen (at most `stops` times) and returns every stop that shows no focus indicator, and the stops. */
async function tabThrough(page: Page, stops: number): Promise<{ unseen: string[]; seen: FocusStop[] }> {
  const unseen: string[] = [];
  const seen: FocusStop[] = [];
  for (let press = 0; press < stops; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop) continue;
    seen.push(stop);
    if (!stop.focusVisible || !(stop.outlined || stop.ringed)) unseen.push(`${stop.what}: focus-visible ${stop.focusVisible}, outline ${stop.outline}, box-shadow ${stop.boxShadow}`);
  }
  return { unseen, seen };
}

test('every control Tab reaches shows its focus, a .button included', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await importSample(page);
  const unseen: string[] = [];
  const buttons: FocusStop[] = [];
  for (const screen of ['home', 'catalogue', 'listings', 'settings']) {
    await goTo(page, screen);
    // Start from the top of the page, as after opening the screen from the nav.
    await page.locator('#main').focus();
    const walk = await tabThrough(page, 30);
    unseen.push(...walk.unseen.map((line) => `${screen} · ${line}`));
    buttons.push(...walk.seen.filter((stop) => stop.isButton));
    if (screen === 'catalogue') expect(walk.seen.some((stop) => stop.what.startsWith('div.grid'))).toBe(true);
  }
  expect(unseen).toEqual([]);
  // The .button's own box-shadow stays, and the outline shows beside it.
  expect(buttons.length).toBeGreaterThan(0);
  for (const button of buttons) expect(button.outlined, button.what).toBe(true);
});
