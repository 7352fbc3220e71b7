// An account whose markets hold different warranties (Germany 24 months, the others 12) and one market holding no
// comment (the United Kingdom), imported into a catalogue that maps neither: each market keeps what it holds, so the
// first plan sends nothing, and mapping the comment and the warranty to the columns the import wrote them in (as "Map
// every suggested field" does) changes nothing on Back Market. A later mapping change that does make those offers differ
// from Back Market (taken over, never sent) sends nothing either: the differences go back to the review, and only what
// the merchant then decides goes. Offers Refurb Desk has sent once are the merchant's: their changes go as before.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldSource } from '../../../shared/mapping';
import { createCatalogueService } from '../catalogue/catalogue-service';
import { createFileStaging } from '../files/staging';
import { setFieldMapping } from '../mapping/mapping-repo';
import type { MappingService } from '../mapping/mapping-service';
import { createOrdersService } from '../orders/orders-service';
import { phone, plannerKit, type PlannerKit } from '../sync/plan/plan-test-kit';
import type { PlannedLine } from '../sync/plan-types';
import { startSyncKit, type SyncKit } from '../sync/run/run-test-kit';
import { tempDir } from '../test/temp-db';
import type { AccountService } from './account-service';
import { closeAccount, readAndImport, syncElsewhere } from './account-test-kit';
import { ACCOUNT_REVIEW_HOLD } from './hold';

const NAMES = { comment: 'Commentaire', warranty_delay: 'Garantie (mois)' };
const COMMENT = 'Boîte d’origine';
const MARKETS = ['fr-fr', 'de-de', 'en-gb'] as const;

describe('offers taken over from Back Market and never sent', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;
  let mapping: MappingService;

  /** What Back Market holds of a SKU in each market: comment and warranty. */
  const held = (sku: string) => {
    const listing = kit.market.sandbox.state.listings.find((entry) => entry.sku === sku);
    return Object.fromEntries(MARKETS.map((code) => [code, { comment: listing?.markets[code]?.comment ?? null, warranty: listing?.markets[code]?.warranty_delay }])) as Record<
      string,
      { comment: string | null; warranty: number | undefined }
    >;
  };
  const plan = () => {
    const made = kit.catalogue.plan(new Date());
    return { lines: made.tasks.flatMap((task) => task.lines), realtime: made.realtime, blocked: made.blocked };
  };
  const attributesOf = (sku: string) => JSON.parse(kit.catalogue.db.prepare('SELECT attributes FROM products WHERE product_number = ?').pluck().get(sku) as string) as Record<string, string>;
  const reviewRows = () => account.review({}).rows.map((row) => [row.productNumber, row.country, row.field, row.backmarket, row.mine, row.decision]);
  /** Every row, decided ones too. */
  const allRows = () => account.review({ undecidedOnly: false }).rows.map((row) => [row.productNumber, row.country, row.field, row.backmarket, row.mine, row.decision]);
  const mapField = (field: string, source: FieldSource) => mapping.setField(field, undefined, source);
  /** The comments and warranties the lines would change on Back Market: [SKU, market, field, value sent]. */
  const changing = (lines: readonly PlannedLine[]) =>
    lines.flatMap((line) => {
      const holds = held(line.productNumber)[line.country];
      const sent: [string, string | null | undefined, string | number | null | undefined][] = [
        ['comment', line.values.comment, holds?.comment],
        ['warranty_delay', line.values.warranty_delay, holds?.warranty],
      ];
      return sent.filter(([, value, before]) => value !== undefined && String(value) !== String(before)).map(([field, value]) => [line.productNumber, line.country, field, value]);
    });

  beforeEach(async () => {
    kit = await startSyncKit();
    // Another tool put two phones on the account: 24 months of warranty in Germany, 12 elsewhere.
    other = plannerKit();
    setFieldMapping(other.db, 'warranty_delay', 'de-de', { kind: 'fixed', value: '24' }, new Date().toISOString());
    other.save(phone(3));
    other.save(phone(4));
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    // IP13-3 has no comment in the United Kingdom (its offer there is published, not on sale).
    const ip3 = kit.market.sandbox.state.listings.find((listing) => listing.sku === 'IP13-3');
    const uk = ip3?.markets['en-gb'];
    if (!uk) throw new Error('The other tool did not list IP13-3 in en-gb.');
    uk.comment = null;
    // The merchant's catalogue, mapping neither the comment nor the warranty yet, reads the account and imports both.
    const taken = await readAndImport(kit, ['IP13-3', 'IP13-4'], NAMES);
    ({ account, mapping } = taken);
    expect(taken.read.outcome).toBe('finished');
    expect(taken.imported).toMatchObject({ imported: 2, adopted: 6, toReview: 0 });
  });

  afterEach(async () => {
    await closeAccount(account, other, kit);
  });

  it('keeps each market’s warranty and an empty comment as the market’s own, so neither the first plan nor mapping them sends anything', async () => {
    expect(held('IP13-3')).toEqual({ 'fr-fr': { comment: COMMENT, warranty: 12 }, 'de-de': { comment: COMMENT, warranty: 24 }, 'en-gb': { comment: null, warranty: 12 } });
    // The shared columns hold the home market's values; Germany keeps its own warranty, the United Kingdom its lack of a comment.
    expect(attributesOf('IP13-3')).toMatchObject({ Commentaire: COMMENT, 'Garantie (mois)': '12', 'warranty_de-de': '24', 'comment_en-gb': '' });
    expect(attributesOf('IP13-4')).not.toHaveProperty('comment_en-gb');
    expect(plan()).toEqual({ lines: [], realtime: [], blocked: [] });

    // "Map every suggested field": the comment and the warranty are read from the columns the import wrote.
    mapField('comment', { kind: 'attribute', name: NAMES.comment });
    mapField('warranty_delay', { kind: 'attribute', name: NAMES.warranty_delay });
    expect(reviewRows()).toEqual([]);
    const { lines, blocked } = plan();
    expect(blocked).toEqual([]);
    // Whatever goes, each market is sent the comment and warranty it holds, and the United Kingdom no comment.
    expect(changing(lines)).toEqual([]);
    expect(lines.filter((line) => line.productNumber === 'IP13-3' && line.country === 'en-gb').map((line) => line.values.comment)).not.toContain(COMMENT);
    const before = { ip3: held('IP13-3'), ip4: held('IP13-4') };
    expect((await kit.sync()).outcome).toBe('finished');
    expect({ ip3: held('IP13-3'), ip4: held('IP13-4') }).toEqual(before);
  });

  it('sends nothing Back Market holds that a later mapping change makes differ: the review asks, and only the decided values go', async () => {
    mapField('comment', { kind: 'attribute', name: NAMES.comment });
    // The merchant maps the warranty to 36 months for every market (Germany's own 24 still wins there).
    mapField('warranty_delay', { kind: 'fixed', value: '36' });
    expect(reviewRows()).toEqual([
      ['IP13-3', 'en-gb', 'warranty_delay', '12', '36', null],
      ['IP13-3', 'fr-fr', 'warranty_delay', '12', '36', null],
      ['IP13-4', 'en-gb', 'warranty_delay', '12', '36', null],
      ['IP13-4', 'fr-fr', 'warranty_delay', '12', '36', null],
    ]);
    expect(account.summary()).toMatchObject({ offersToReview: 4, fieldsToReview: 4 });
    // Held as on the first import in the markets the review asks about — a warranty is each market's own, so Germany,
    // which keeps its 24 months, is not held; nothing goes.
    const waiting = plan();
    expect(waiting.lines).toEqual([]);
    expect(waiting.realtime).toEqual([]);
    expect(waiting.blocked.map((offer) => [offer.productNumber, offer.country, offer.problems])).toEqual(
      ['IP13-3', 'IP13-4'].flatMap((sku) => ['fr-fr', 'en-gb'].map((code) => [sku, code, [ACCOUNT_REVIEW_HOLD]])),
    );
    const untouched = { ip3: held('IP13-3'), ip4: held('IP13-4') };
    expect((await kit.sync()).outcome).toBe('finished');
    expect({ ip3: held('IP13-3'), ip4: held('IP13-4') }).toEqual(untouched);

    // France gets the 36 months of IP13-3; Back Market's 12 stay everywhere else.
    account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-3', country: 'fr-fr', field: 'warranty_delay' }] });
    expect(account.decide({ scope: 'all', decision: 'backmarket' })).toMatchObject({ decided: 3, keptOnly: [] });
    expect(account.summary()).toMatchObject({ offersToReview: 0, fieldsToReview: 0 });
    expect(attributesOf('IP13-4')).toMatchObject({ 'warranty_fr-fr': '12', 'warranty_en-gb': '12', 'warranty_de-de': '24' });
    const decided = plan();
    expect(decided.blocked).toEqual([]);
    // What goes changes only that warranty (a line that re-sends what a market holds changes nothing there).
    expect(changing(decided.lines)).toEqual([['IP13-3', 'fr-fr', 'warranty_delay', '36']]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(held('IP13-3')).toEqual({ 'fr-fr': { comment: COMMENT, warranty: 36 }, 'de-de': { comment: COMMENT, warranty: 24 }, 'en-gb': { comment: null, warranty: 12 } });
    expect(held('IP13-4')).toEqual(untouched.ip4);

    // Sent once, IP13-3 in France is the merchant's: the next change goes without asking; the offers never sent still ask.
    mapField('warranty_delay', { kind: 'fixed', value: '48' });
    expect(reviewRows().filter((row) => row[5] === null)).toEqual([]);
    expect(changing(plan().lines)).toEqual([['IP13-3', 'fr-fr', 'warranty_delay', '48']]);
  });

  it('asks again about a decision once either value it was made on changes, and sends a catalogue edit as the merchant’s choice', async () => {
    mapField('comment', { kind: 'attribute', name: NAMES.comment });
    mapField('warranty_delay', { kind: 'fixed', value: '36' });
    account.decide({ scope: 'all', decision: 'mine' });
    expect(reviewRows().every((row) => row[5] === 'mine')).toBe(true);
    // Still 36 against 12: the decisions stand through an unrelated mapping change.
    mapField('warranty_delay', { kind: 'fixed', value: '36' });
    expect(reviewRows().filter((row) => row[5] === null)).toEqual([]);
    // 48 is not what "keep mine" was chosen on: asked again, and held meanwhile.
    mapField('warranty_delay', { kind: 'fixed', value: '48' });
    expect(reviewRows().filter((row) => row[5] === null).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['IP13-3', 'en-gb', '48'],
      ['IP13-3', 'fr-fr', '48'],
      ['IP13-4', 'en-gb', '48'],
      ['IP13-4', 'fr-fr', '48'],
    ]);
    // Each row asked again says why: the choice made before ("keep mine" on 12 against 36) and the values it was made on.
    expect(account.review({}).rows.map((row) => row.previous)).toEqual(Array(4).fill({ backmarket: '12', mine: '36', decision: 'mine' }));
    // Changed again before any decision: still the last decision made, not the values of the undecided row in between.
    mapField('warranty_delay', { kind: 'fixed', value: '60' });
    expect(account.review({}).rows.map((row) => [row.mine, row.previous])).toEqual(Array(4).fill(['60', { backmarket: '12', mine: '36', decision: 'mine' }]));
    expect(plan().lines).toEqual([]);
    account.decide({ scope: 'all', decision: 'backmarket' });

    // A price of France typed in the Prix screen for an offer never sent: the merchant's choice, recorded as "keep mine"
    // and sent by the next sync, not parked in the review.
    mapping.setPrice(kit.catalogue.db.prepare("SELECT id FROM products WHERE product_number = 'IP13-4'").pluck().get() as number, 'fr-fr', 459);
    expect(reviewRows().filter((row) => row[5] === null)).toEqual([]);
    expect(allRows().filter((row) => row[2] === 'price')).toEqual([['IP13-4', 'fr-fr', 'price', '499.90', '459.00', 'mine']]);
    const edited = plan();
    expect(edited.blocked).toEqual([]);
    expect(edited.lines.filter((line) => line.productNumber === 'IP13-4').map((line) => [line.country, line.values.price])).toEqual([['fr-fr', '459.00']]);
    // A mapping change afterwards keeps that choice (its values still stand) and asks only about what it changed itself.
    mapField('quantity', { kind: 'fixed', value: '7' });
    expect(allRows().filter((row) => row[0] === 'IP13-4' && row[1] === 'fr-fr' && row[2] !== 'warranty_delay').map((row) => [row[2], row[5]])).toEqual([
      ['price', 'mine'],
      ['quantity', null],
    ]);
  });

  it('takes a sale on Back Market for no difference: the quantity it lowered there is the one compared', async () => {
    const orders = createOrdersService({ database: () => kit.catalogue.db, run: (job) => job(kit.client), events: kit.bus, now: () => new Date(), resolveShipper: () => undefined });
    const stock = () => kit.catalogue.db.prepare("SELECT stock FROM products WHERE product_number = 'IP13-4'").pluck().get();
    expect(stock()).toBe(3);
    await kit.market.control('POST', '/orders', { country_code: 'fr-fr', items: [{ sku: 'IP13-4', quantity: 1 }] });
    await orders.importOrders();
    // The catalogue and Back Market both hold 2 now: nothing to ask, nothing to send.
    expect(stock()).toBe(2);
    expect(reviewRows()).toEqual([]);
    const { lines, realtime, blocked } = plan();
    expect(blocked).toEqual([]);
    expect(realtime.filter((update) => update.productNumber === 'IP13-4')).toEqual([]);
    expect(lines.filter((line) => line.productNumber === 'IP13-4')).toEqual([]);
    // A stock the merchant then sets in the catalogue (3 again, a bulk edit) is their choice: it goes, in every market.
    const staging = tempDir();
    try {
      const catalogue = createCatalogueService({ db: kit.catalogue.db, events: kit.bus, files: createFileStaging(path.join(staging.dir, 'staging')), now: () => new Date() });
      catalogue.updateField([kit.catalogue.db.prepare("SELECT id FROM products WHERE product_number = 'IP13-4'").pluck().get() as number], 'stock', 3);
    } finally {
      staging.cleanup();
    }
    expect(account.review({ undecidedOnly: true }).rows).toEqual([]);
    expect(account.review({ undecidedOnly: false }).rows.filter((row) => row.productNumber === 'IP13-4' && row.field === 'quantity').map((row) => [row.country, row.field, row.backmarket, row.mine, row.decision])).toEqual(MARKETS.map((code) => [code, 'quantity', '2', '3', 'mine']).sort());
    // Not held for the review (this catalogue maps no warranty yet: that, not the review, is what the plan still says).
    expect(plan().blocked.filter((offer) => offer.problems.includes(ACCOUNT_REVIEW_HOLD))).toEqual([]);
  });

  it('asks about a quantity a mapping change makes differ, and holds every market of the listing for it', () => {
    mapField('quantity', { kind: 'fixed', value: '7' });
    expect(account.review({ undecidedOnly: true }).rows.filter((row) => row.productNumber === 'IP13-4').map((row) => [row.country, row.field, row.mine])).toEqual(
      MARKETS.map((code) => [code, 'quantity', '7']).sort(),
    );
    const { lines, blocked } = plan();
    expect(lines).toEqual([]);
    expect(blocked.filter((offer) => offer.productNumber === 'IP13-4').map((offer) => offer.country).sort()).toEqual([...MARKETS].sort());
  });
});
