// The planner against a real SQLite catalogue: what it resolves per country, and what it decides to send after each
// kind of edit, refusal, deletion and budget.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkuLineBudget } from '../../backmarket';
import { markPending } from '../../db/outbox-repo';
import { retry } from '../listings';
import type { Plan, PlannedLine, PlannedTask } from '../plan-types';
import { planSync, toPlanView } from '.';
import { KIT_NOW, phone, plannerKit, type PlannerKit } from './plan-test-kit';

let kit: PlannerKit;
beforeEach(() => {
  kit = plannerKit();
});
afterEach(() => kit.cleanup());

const taskOf = (plan: Plan, country: string) => plan.tasks.find((task) => task.country === country) as PlannedTask;
const lineOf = (plan: Plan, country: string, productNumber = 'IP13-1') => taskOf(plan, country)?.lines.find((line) => line.productNumber === productNumber) as PlannedLine;
/** The task's CSV read back as Back Market reads it: ';' delimited, '"' quoted, the header naming the columns. */
const rowsOf = (task: PlannedTask) => parse(task.csv, { delimiter: ';', quote: '"', columns: true }) as Record<string, string>[];

describe('intent per country', () => {
  it('resolves the mapping into the CSV cells Back Market takes, per country', () => {
    kit.save(phone(1));
    const plan = kit.plan();
    expect(plan.tasks.map((task) => task.country)).toEqual(['fr-fr', 'de-de', 'en-gb']);
    const [fr] = rowsOf(taskOf(plan, 'fr-fr'));
    expect(fr).toMatchObject({
      sku: 'IP13-1',
      ean: '0885909950805',
      quantity: '3',
      price: '499.90',
      currency: 'EUR',
      grade: 'EXCELLENT',
      warranty_delay: '12',
      comment: 'Boîte d’origine',
      shipper_1: 'Colissimo',
      shipping_price_1: '0.00',
      shipping_delay_1: '48',
      deee_price: '0.50',
      category_id: '2',
      title: 'iPhone 13 128 Go Noir #1',
      price_new: '999.00',
      brand: 'Apple',
      weight: '174',
      image1: 'https://img.example/1.jpg',
      // Category attributes by their field name, value maps applied, decimals with a point.
      model: 'A2633',
      color: 'Noir',
      storage: '128 Go',
      screen_size: '6.1',
      network: 'Débloqué',
    });
    const [de] = rowsOf(taskOf(plan, 'de-de'));
    expect(de?.title).toBe('iPhone 13 128 GB Schwarz');
    expect(taskOf(plan, 'de-de').header).not.toContain('deee_price');
    // The price stored in the price matrix wins, in the market's currency.
    const [gb] = rowsOf(taskOf(plan, 'en-gb'));
    expect(gb).toMatchObject({ price: '429.00', currency: 'GBP' });
    expect(taskOf(plan, 'fr-fr').csv.split('\n')[0]).toMatch(/^"sku";"ean";"quantity";"price";"currency"/);
    expect(lineOf(plan, 'fr-fr').changes).toContainEqual({ field: 'price', before: '', after: '499.90' });
  });

  it('offers are products without variations: a parent is not sent, its variations are', () => {
    kit.save(phone(1, { productNumber: 'PARENT' }));
    kit.save(phone(2, { productNumber: 'CHILD', parentNumber: 'PARENT' }));
    kit.db.prepare("UPDATE products SET parent_id = (SELECT id FROM products WHERE product_number = 'PARENT') WHERE product_number = 'CHILD'").run();
    const plan = kit.plan();
    expect(plan.tasks.flatMap((task) => task.lines.map((line) => line.productNumber))).toEqual(['CHILD', 'CHILD', 'CHILD']);
  });
});

describe('only what changed is sent', () => {
  it('a second plan after everything was accepted plans nothing, and settles the outbox', () => {
    kit.save(phone(1));
    const first = kit.plan();
    expect(first.settles).toEqual(['IP13-1']);
    kit.acceptAll(first);
    const second = kit.plan();
    expect(second.tasks).toEqual([]);
    expect(second.realtime).toEqual([]);
    expect(second.summary.linesNow).toBe(0);
    // Even when the product is marked again without a real change, its hashes equal the accepted ones.
    markPending(kit.db, 'IP13-1', 'upsert', ['title'], KIT_NOW.toISOString());
    const third = kit.plan();
    expect(third.summary).toMatchObject({ linesNow: 0, unchanged: 3, tasks: [], realtime: 0 });
  });

  it('a price edit plans one price line per country whose price follows it, carrying only the sku, ids and price', () => {
    kit.save(phone(1));
    kit.acceptAll(kit.plan());
    kit.edit('IP13-1', 'price', 450);
    const plan = kit.plan();
    // en-gb's price is stored in the price matrix: the catalogue price does not reach it.
    expect(plan.tasks.map((task) => [task.country, task.lines.map((line) => line.kind)])).toEqual([
      ['fr-fr', ['price']],
      ['de-de', ['price']],
    ]);
    expect(taskOf(plan, 'fr-fr').header).toEqual(['sku', 'ean', 'price', 'currency']);
    expect(lineOf(plan, 'fr-fr').changes).toEqual([{ field: 'price', before: '499.90', after: '450.00' }]);
    expect(plan.realtime).toEqual([]);
    expect(plan.summary.send).toEqual({ stock: 0, price: 2, new: 0, content: 0 });
  });

  it('a stock edit plans one real-time update for the SKU, for all its countries', () => {
    kit.save(phone(1));
    kit.acceptAll(kit.plan());
    kit.edit('IP13-1', 'stock', 5);
    const plan = kit.plan();
    expect(plan.tasks).toEqual([]);
    expect(plan.realtime).toHaveLength(1);
    expect(plan.realtime[0]).toMatchObject({ sku: 'IP13-1', quantity: 5, countries: ['fr-fr', 'de-de', 'en-gb'], reason: 'stock', changes: [{ field: 'quantity', before: '3', after: '5' }] });
    expect(plan.summary).toMatchObject({ realtime: 1, linesNow: 1 });
    kit.acceptAll(plan);
    expect(kit.plan().realtime).toEqual([]);
  });

  it('a content edit is a content line with the whole content group', () => {
    kit.save(phone(1));
    kit.acceptAll(kit.plan());
    kit.edit('IP13-1', 'title', 'iPhone 13 reconditionné');
    const plan = kit.plan();
    expect(plan.tasks.map((task) => task.country)).toEqual(['fr-fr', 'en-gb']);
    const line = lineOf(plan, 'fr-fr');
    expect(line.kind).toBe('content');
    expect(line.changes).toEqual([{ field: 'title', before: 'iPhone 13 128 Go Noir #1', after: 'iPhone 13 reconditionné' }]);
    expect(taskOf(plan, 'fr-fr').header).not.toContain('quantity');
    expect(taskOf(plan, 'fr-fr').header).not.toContain('price');
  });

  it('a deleted product with a known listing is taken offline: quantity 0 in real time', () => {
    kit.save(phone(1));
    kit.save(phone(2));
    kit.acceptAll(kit.plan());
    kit.remove('IP13-1');
    const plan = kit.plan();
    expect(plan.tasks).toEqual([]);
    expect(plan.realtime).toEqual([expect.objectContaining({ productNumber: 'IP13-1', quantity: 0, reason: 'offline', countries: ['fr-fr', 'de-de', 'en-gb'] })]);
    expect(plan.settles).toEqual(['IP13-1']);
    kit.acceptAll(plan);
    expect(kit.plan().realtime).toEqual([]);
  });
});

describe('pre-flight', () => {
  it('a product that is not ready is blocked with its problem text and never in a task', () => {
    kit.save(phone(1));
    kit.save(phone(2, { condition: 'Z' }));
    kit.save(phone(3, { weightGrams: null }), { ...{ Model: 'A2633', Titel: 'x', Comment: 'ok', Carrier: 'Colissimo' } });
    const plan = kit.plan();
    const sent = plan.tasks.flatMap((task) => task.lines.map((line) => line.productNumber));
    expect(new Set(sent)).toEqual(new Set(['IP13-1']));
    expect(plan.blocked.filter((offer) => offer.productNumber === 'IP13-2').map((offer) => offer.country)).toEqual(['fr-fr', 'de-de', 'en-gb']);
    expect(plan.blocked.find((offer) => offer.productNumber === 'IP13-2')?.problems).toEqual([expect.stringMatching(/condition "Z" is not mapped to a Back Market grade/)]);
    expect(plan.blocked.find((offer) => offer.productNumber === 'IP13-3')?.problems.join(' ')).toMatch(/Weight/);
    expect(plan.summary.blocked).toEqual([
      // Never sent: none is on Back Market.
      { country: 'fr-fr', offers: 2, onBackMarket: 0, notRead: 0 },
      { country: 'de-de', offers: 2, onBackMarket: 0, notRead: 0 },
      { country: 'en-gb', offers: 2, onBackMarket: 0, notRead: 0 },
    ]);
  });

  it('a price missing in one country blocks that country only', () => {
    kit.save(phone(1));
    kit.db.prepare("DELETE FROM country_prices WHERE country = 'en-gb'").run();
    kit.db.prepare("INSERT INTO field_mappings (bm_field, country, source, updated_at) VALUES ('price', 'en-gb', '{\"kind\":\"price-matrix\"}', 'x')").run();
    const plan = kit.plan();
    expect(plan.tasks.map((task) => task.country)).toEqual(['fr-fr', 'de-de']);
    expect(plan.blocked).toEqual([
      {
        productNumber: 'IP13-1',
        sku: 'IP13-1',
        country: 'en-gb',
        problems: [expect.stringMatching(/no price for the United Kingdom/)],
        reasons: [{ code: 'problem.noPrice', params: { country: 'en-gb' } }],
      },
    ]);
  });
});

describe('refusals', () => {
  it('a refused line is not planned again while unchanged; an edit or a retry sends it again', () => {
    kit.save(phone(1));
    const first = kit.plan();
    const refused = lineOf(first, 'fr-fr');
    kit.acceptAll(first, refused);
    kit.reject(first, refused, 'price 499.90 is above max_price 450.00 EUR');
    // Marked again without a change: the same line would be refused again.
    markPending(kit.db, 'IP13-1', 'upsert', ['title'], KIT_NOW.toISOString());
    const second = kit.plan();
    expect(second.tasks).toEqual([]);
    expect(second.summary.unchanged).toBe(3);

    const id = kit.db.prepare("SELECT id FROM products WHERE product_number = 'IP13-1'").pluck().get() as number;
    expect(retry(kit.db, [{ productId: id, country: 'fr-fr' }], KIT_NOW)).toEqual({ queued: 1 });
    const third = kit.plan();
    expect(third.tasks.map((task) => [task.country, task.lines.map((line) => line.kind)])).toEqual([['fr-fr', ['new']]]);
  });

  it('a refused line whose values change is sent again', () => {
    kit.save(phone(1));
    const first = kit.plan();
    const refused = lineOf(first, 'fr-fr');
    kit.acceptAll(first, refused);
    kit.reject(first, refused, 'price above max_price');
    kit.edit('IP13-1', 'price', 440);
    const plan = kit.plan();
    expect(lineOf(plan, 'fr-fr')).toMatchObject({ kind: 'new' });
    expect(rowsOf(taskOf(plan, 'fr-fr'))[0]?.price).toBe('440.00');
  });
});

describe('the hourly budget', () => {
  it('sends stock, then prices, then new offers, then content; the rest waits with the time it fits', () => {
    kit.save(phone(1));
    kit.save(phone(2));
    kit.save(phone(3));
    kit.acceptAll(kit.plan());
    kit.edit('IP13-1', 'stock', 9); // 1 real-time line
    kit.edit('IP13-2', 'price', 420); // 2 price lines (fr, de)
    kit.edit('IP13-3', 'title', 'Nouveau titre'); // 2 content lines (fr, en-gb; de takes its title elsewhere)
    kit.save(phone(4)); // 3 new lines
    const halfHourAgo = KIT_NOW.getTime() - 30 * 60_000;
    const budget = new SkuLineBudget({ linesPerHour: 6, history: [{ at: halfHourAgo, lines: 2 }] });
    const plan = planSync({ db: kit.db, snapshot: kit.snapshot(), now: KIT_NOW, budget });
    expect(plan.summary.send).toEqual({ stock: 3, price: 2, new: 1, content: 0 });
    expect(plan.summary.linesNow).toBe(4);
    expect(plan.summary.budgetLeft).toBe(0);
    expect(plan.summary.deferred).toEqual({
      lines: 4,
      byKind: { stock: 0, price: 0, new: 2, content: 2 },
      // The 2 lines recorded half an hour ago leave the window then; this plan's 4 lines and one more fit.
      nextAt: new Date(halfHourAgo + 3_600_000).toISOString(),
    });
    // Products with work still waiting keep their outbox entry.
    expect(plan.settles.sort()).toEqual(['IP13-1', 'IP13-2']);
  });

  it('nothing fits: everything waits until the oldest lines of the hour expire', () => {
    kit.save(phone(1));
    const budget = new SkuLineBudget({ linesPerHour: 3, history: [{ at: KIT_NOW.getTime() - 10 * 60_000, lines: 3 }] });
    const plan = planSync({ db: kit.db, snapshot: kit.snapshot(), now: KIT_NOW, budget });
    expect(plan.tasks).toEqual([]);
    expect(plan.summary.deferred).toMatchObject({ lines: 3, nextAt: new Date(KIT_NOW.getTime() + 50 * 60_000).toISOString() });
    expect(plan.settles).toEqual([]);
  });
});

describe('the dry run', () => {
  it('shows the summary and the first offers field by field, with the product to open', () => {
    const id = kit.save(phone(1));
    kit.acceptAll(kit.plan());
    kit.edit('IP13-1', 'price', 450);
    kit.edit('IP13-1', 'stock', 7);
    const view = toPlanView(kit.plan(), 2);
    expect(view.offers).toEqual([
      { productId: id, sku: 'IP13-1', country: 'fr-fr', kind: 'stock', via: 'realtime', changes: [{ field: 'quantity', before: '3', after: '7' }] },
      { productId: id, sku: 'IP13-1', country: 'de-de', kind: 'stock', via: 'realtime', changes: [{ field: 'quantity', before: '3', after: '7' }] },
    ]);
    expect(view.more).toBe(3);
    expect(view.summary.send).toEqual({ stock: 3, price: 2, new: 0, content: 0 });
    expect(view.plannedAt).toBe(KIT_NOW.toISOString());
  });
});
