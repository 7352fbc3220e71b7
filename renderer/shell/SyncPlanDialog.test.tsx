import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { PlannedOffer, SyncPlanView, SyncState } from '../../shared/sync';
import { createFakeApi } from '../test/fake-api';
import { renderWithApi } from '../test/render';
import { SyncButton } from './SyncButton';
import { NOTHING_DIFFERS } from '../../shared/offer-status';

/** A new offer in the dry run: every field it sends, from nothing before. */
const newOffer = (productId: number, sku: string, country: string, sends: Record<string, string>): PlannedOffer => ({
  productId,
  sku,
  country,
  kind: 'new',
  via: 'task',
  changes: Object.entries(sends).map(([field, after]) => ({ field, before: '', after })),
});

const plan: SyncPlanView = {
  plannedAt: '2026-11-27T21:00:00.000Z',
  summary: {
    send: { stock: 1, price: 2, new: 150, content: 0 },
    linesNow: 1850,
    budgetLeft: 0,
    tasks: [
      { country: 'fr-fr', lines: 1200 },
      { country: 'de-de', lines: 650 },
    ],
    realtime: 1,
    blocked: [{ country: 'fr-fr', offers: 3, onBackMarket: 1, notRead: 0 }],
    unchanged: 40,
    keptOff: [{ country: 'de-de', offers: 2 }],
    attributeLabels: { screen_size: 'Screen size (inches)' },
    deferred: { lines: 300, byKind: { stock: 0, price: 0, new: 250, content: 50 }, nextAt: '2026-11-27T22:00:00.000Z' },
  },
  offers: [
    { productId: 2, sku: 'IP11-64GB-WHIT', country: 'fr-fr', kind: 'price', via: 'task', changes: [{ field: 'price', before: '259.00', after: '249.00' }] },
    newOffer(1, 'IP11-64GB-BLAC', 'de-de', { grade: 'EXCELLENT', price: '279.00', image1: 'https://img.example/1.jpg', screen_size: '6.1' }),
    { productId: 3, sku: 'IP11-64GB-PURP', country: 'fr-fr', kind: 'stock', via: 'realtime', changes: [{ field: 'quantity', before: '8', after: '7' }] },
  ],
  more: 1700,
};

const state: SyncState = { running: null, lastRun: null, pendingChanges: 153, openTasks: 0, truth: { ...NOTHING_DIFFERS, pendingChanges: 153 } };

function setup() {
  const fake = createFakeApi({ 'sync:state': () => state, 'sync:plan': () => plan, 'sync:start': () => ({ ...state, running: null }) });
  renderWithApi(<SyncButton />, fake.api);
  return fake;
}


/** Opens the dry run of a plan that sends nothing because these offers are held back, and returns its dialog. */
async function heldDryRun(blocked: SyncPlanView['summary']['blocked'], button: string, dialogName?: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  const held: SyncPlanView = {
    ...plan,
    summary: { ...plan.summary, send: { stock: 0, price: 0, new: 0, content: 0 }, tasks: [], realtime: 0, linesNow: 0, deferred: null, blocked },
    offers: [],
    more: 0,
  };
  const heldBack = blocked.reduce((sum, market) => sum + market.offers, 0);
  const fake = createFakeApi({ 'sync:state': () => ({ ...state, truth: { ...NOTHING_DIFFERS, heldBack } }), 'sync:plan': () => held });
  renderWithApi(<SyncButton />, fake.api);
  await user.click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('dialog', dialogName ? { name: dialogName } : {});
}

describe('the dry run dialog', () => {
  it('shows what a sync would send per kind and country, the budget, what waits and what the pre-flight check holds back', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await user.click(await screen.findByRole('button', { name: 'Dry run' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dry run: what a sync would send now' });
    const summary = await within(dialog).findByTestId('plan-summary');
    expect(callsOf('sync:plan')).toEqual([{ limit: 500 }]);
    expect(summary.textContent).toContain('1 stock change, 2 price changes, and 150 new offers');
    expect(summary.textContent).toContain('France: 1,200 lines and Germany: 650 lines');
    expect(summary.textContent).toContain('1 stock update sent one by one');
    expect(summary.textContent).toContain('1,850 SKU lines now; 0 left for this hour after them');
    expect(within(dialog).getByTestId('plan-deferred').textContent).toMatch(/300 lines wait for the hourly limit \(250 new offers and 50 content changes\); they go from .+2026/);
    expect(within(dialog).getByTestId('plan-blocked').textContent).toContain('France: 3 offers');
    expect(summary.textContent).toContain('40 offers are as Back Market last accepted them');
    // A market kept off by the merchant's choice is said apart, neither held back nor waiting.
    expect(within(dialog).getByTestId('plan-kept-off').textContent).toContain('Germany: 2 offers');
    expect(dialog.textContent).toContain('And 1,700 more offers, not listed here.');
  });

  it('lists the offers country by country, field by field, before and after', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(await screen.findByRole('button', { name: 'Dry run' }));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Germany before France, then by SKU.
    expect(rows.map((row) => row.getAttribute('data-sku'))).toEqual(['IP11-64GB-BLAC', 'IP11-64GB-PURP', 'IP11-64GB-WHIT']);
    expect(rows[0]?.textContent).toContain('Germany');
    expect(rows[0]?.textContent).toContain('New offer');
    // Fields by the merchant's names for them, never Back Market's API names (grade, image1, screen_size).
    // A grade by its name in the merchant's language, not Back Market's code.
    expect(rows[0]?.textContent).toContain('Condition (grade): (empty) → Excellent');
    expect(rows[0]?.textContent).not.toContain('EXCELLENT');
    expect(rows[0]?.textContent).toContain('Image 1: (empty) → https://img.example/1.jpg');
    expect(rows[0]?.textContent).toContain('Screen size (inches): (empty) → 6.1');
    expect(rows[0]?.textContent).not.toMatch(/image1|screen_size/);
    expect(rows[1]?.textContent).toContain('sent at once');
    expect(rows[2]?.textContent).toContain('Price: €259.00 → €249.00');
  });

  it('writes prices and numbers as the merchant reads them in French, in the market\'s currency', async () => {
    await i18next.changeLanguage('fr');
    try {
      const user = userEvent.setup();
      const french: SyncPlanView = {
        ...plan,
        offers: [
          { productId: 7, sku: 'BM-EXIST-00007', country: 'fr-fr', kind: 'price', via: 'task', changes: [{ field: 'price', before: '220.99', after: '214.99' }] },
          { productId: 7, sku: 'BM-EXIST-00007', country: 'fr-be', kind: 'price', via: 'realtime', changes: [{ field: 'min_price', before: '', after: '199.5' }] },
          newOffer(8, 'IP11-64GB-BLAC', 'en-gb', { price: '1299.50', quantity: '1200', screen_size: '6.1', sku: '12345' }),
        ],
      };
      const fake = createFakeApi({ 'sync:state': () => state, 'sync:plan': () => french });
      renderWithApi(<SyncButton />, fake.api);
      await user.click(await screen.findByRole('button', { name: 'Simulation' }));
      const table = await screen.findByRole('table');
      const france = within(table).getAllByRole('row').find((row) => row.getAttribute('data-country') === 'fr-fr');
      // Never « 220.99 → 214.99 » in French: a comma, and the euro after the amount.
      expect(france?.textContent?.replace(/\s/g, ' ')).toContain('Prix : 220,99 € → 214,99 €');
      const belgium = within(table).getAllByRole('row').find((row) => row.getAttribute('data-country') === 'fr-be');
      expect(belgium?.textContent?.replace(/\s/g, ' ')).toContain('→ 199,50 €');
      const uk = within(table).getAllByRole('row').find((row) => row.getAttribute('data-country') === 'en-gb');
      const text = uk?.textContent?.replace(/\s/g, ' ') ?? '';
      expect(text).toContain('1 299,50 £');
      expect(text).toMatch(/Quantité : \(vide\) → 1 200/);
      expect(text).toContain('→ 6,1');
      // A SKU made of digits is sent as it is, never as a number.
      expect(text).toContain('→ 12345');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('warns that French texts go to Germany, shows each line\'s language, and records the choice once for the market', async () => {
    const user = userEvent.setup();
    let choice: 'fallback' | 'fill' | null = null;
    const warned: SyncPlanView = {
      ...plan,
      summary: {
        ...plan.summary,
        languageWarnings: [{ country: 'de-de', language: 'de', catalogueLanguage: 'fr', fields: ['title', 'description'], lines: 12, choice: null }],
      },
      offers: [{ ...(plan.offers[1] as SyncPlanView['offers'][number]), language: 'de', catalogueTexts: ['title'] }],
    };
    const fake = createFakeApi({
      'sync:state': () => state,
      'sync:plan': () =>
        choice === null
          ? warned
          : { ...warned, summary: { ...warned.summary, languageWarnings: [], languageChoices: [{ country: 'de-de', language: 'de', catalogueLanguage: 'fr', choice }] } },
      'mapping:setValue': (input) => {
        choice = input.target as 'fallback' | 'fill';
        return { affectedProducts: 0 };
      },
    });
    renderWithApi(<SyncButton />, fake.api);
    await user.click(await screen.findByRole('button', { name: 'Dry run' }));
    const dialog = await screen.findByRole('dialog');
    const warning = await within(dialog).findByTestId('plan-languages');
    expect(warning.textContent).toContain('French texts sent to Germany.');
    expect(warning.textContent).toContain('12 lines send the French title and description to Germany, whose market reads German');
    const row = within(dialog).getByTestId('plan-offers').querySelector('[data-country="de-de"]');
    expect(row?.textContent).toContain('In German');
    expect(row?.textContent).toContain('Sends the catalogue text: title');
    await user.click(within(warning).getByRole('button', { name: 'Fill the German texts first' }));
    await waitFor(() => expect(fake.callsOf('mapping:setValue')).toEqual([{ map: 'content-language', merchantValue: 'de-de', target: 'fill' }]));
    // The choice made stays visible, and can be changed.
    const chosen = await within(dialog).findByTestId('plan-language-choices');
    expect(chosen.textContent).toContain('Germany: you chose to fill the German texts first');
    await user.click(within(chosen).getByRole('button', { name: 'Use the French text in Germany' }));
    await waitFor(() => expect(fake.callsOf('mapping:setValue').at(-1)).toEqual({ map: 'content-language', merchantValue: 'de-de', target: 'fallback' }));
  });

  it('starts the sync from "Sync now" and closes', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await user.click(await screen.findByRole('button', { name: 'Dry run' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByTestId('plan-summary');
    await user.click(within(dialog).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(callsOf('sync:start')).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps focus inside, closes with Escape and gives focus back to the button', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    const opener = await screen.findByRole('button', { name: 'Dry run' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByTestId('plan-summary');
    expect(dialog.contains(document.activeElement)).toBe(true);
    for (let press = 0; press < 5; press += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(callsOf('sync:start')).toHaveLength(0);
  });
  it('says nothing is sent because offers are held back, with their count, never that Back Market has everything', async () => {
    const blocked = [{ country: 'fr-fr', offers: 6, onBackMarket: 6, notRead: 0 }, { country: 'de-de', offers: 3, onBackMarket: 3, notRead: 0 }];
    const dialog = await heldDryRun(blocked, 'Dry run', 'Dry run: what a sync would send now');
    const sendNow = await within(dialog).findByTestId('plan-send-now');
    expect(sendNow.textContent).toBe('Nothing: 9 offers are held back (see Held back), so Back Market keeps what it has for them.');
    expect(dialog.textContent).not.toContain('Back Market already has everything');
    expect(within(dialog).getByTestId('plan-blocked').textContent).toContain('France: 6 offers and Germany: 3 offers');
  });

  it('never says Back Market keeps what it has for held offers it does not hold: they are not on Back Market, and nothing is sent', async () => {
    // A merchant's own CSV: nine offers never published, held back by the pre-flight check.
    const blocked = [{ country: 'fr-fr', offers: 6, onBackMarket: 0, notRead: 0 }, { country: 'de-de', offers: 3, onBackMarket: 0, notRead: 0 }];
    const dialog = await heldDryRun(blocked, 'Dry run', 'Dry run: what a sync would send now');
    expect((await within(dialog).findByTestId('plan-send-now')).textContent).toBe('Nothing: 9 offers are held back (see Held back for what Back Market holds of them).');
    expect(dialog.textContent).not.toContain('keeps what it has');
    expect(within(dialog).getByTestId('plan-held-where').textContent).toBe(
      '9 are not on Back Market (never published there, or Back Market does not sell the product there): nothing is sent for them, so they stay off Back Market until what holds them back is fixed.',
    );
  });

  it('says, in French, which held offers Back Market keeps as it holds them, which are not on Back Market and which are not known yet', async () => {
    await i18next.changeLanguage('fr');
    try {
      const dialog = await heldDryRun(
        [
          { country: 'fr-fr', offers: 4, onBackMarket: 3, notRead: 0 },
          { country: 'de-de', offers: 2, onBackMarket: 0, notRead: 2 },
        ],
        'Simulation',
      );
      const sendNow = await within(dialog).findByTestId('plan-send-now');
      expect(sendNow.textContent).toBe('Rien : 6 offres sont retenues (voir Retenues pour ce que Back Market en détient).');
      const where = [...within(dialog).getByTestId('plan-held-where').querySelectorAll('li')].map((item) => item.textContent);
      expect(where).toEqual([
        '3 sont sur Back Market : Back Market garde ce qu’il a pour elles.',
        '1 n’est pas sur Back Market (jamais publiée, ou Back Market ne vend pas le produit dans ce pays) : rien n’est envoyé pour elle, elle reste donc absente de Back Market tant que ce qui la retient n’est pas corrigé.',
        '2 sont dans des pays dont Refurb Desk n’a pas encore lu les annonces : on ne sait pas si Back Market les détient, et rien n’est envoyé pour elles avant cette lecture (Paramètres › Compte existant).',
      ]);
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('says one SKU line in the singular, and that offers held back may wait for the existing account’s review, in French', async () => {
    await i18next.changeLanguage('fr');
    try {
      const user = userEvent.setup();
      const one: SyncPlanView = { ...plan, summary: { ...plan.summary, linesNow: 1, budgetLeft: 1199, deferred: null } };
      const fake = createFakeApi({ 'sync:state': () => state, 'sync:plan': () => one });
      renderWithApi(<SyncButton />, fake.api);
      await user.click(await screen.findByRole('button', { name: 'Simulation' }));
      const summary = await screen.findByTestId('plan-summary');
      const text = summary.textContent?.replace(/\s/g, ' ') ?? '';
      expect(text).toContain('1 ligne SKU maintenant ; il en restera 1 199 pour cette heure');
      expect(text).not.toContain('1 lignes');
      // Held back for the review is no problem the pre-flight check found: the hint says both, and where to choose.
      expect(screen.getByTestId('plan-blocked').textContent).toContain('elles attendent votre choix dans la revue du compte existant (Paramètres › Compte existant)');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
