// An account imported from Back Market: its listings' products are Back Market's own (their title, brand, description,
// category). Mapping the title, the brand and the description, editing a title or confirming the condition map sends
// none of them to the offers taken over (Back Market's product sheet stays as it is, the dry run shows nothing and no
// change waits), while an offer Refurb Desk created still gets its title change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MappingService } from '../../mapping/mapping-service';
import { closeAccount, readAndImport, syncElsewhere } from '../../account/account-test-kit';
import type { AccountService } from '../../account/account-service';
import { PHONE_ATTRIBUTES, phone, plannerKit, type PlannerKit } from './plan-test-kit';
import { startSyncKit, type SyncKit } from '../run/run-test-kit';

const NAMES = { comment: 'Commentaire', warranty_delay: 'Garantie (mois)' };
const SHEET = ['title', 'brand', 'description', 'category_id', 'image1', 'weight', 'price_new'];

describe('the product sheet of offers taken over from the account', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;
  let mapping: MappingService;

  const plan = () => kit.catalogue.plan(new Date());
  const lines = () => plan().tasks.flatMap((task) => task.lines);
  /** The lines the merchant's own catalogue sent for a product, as the sync recorded them. */
  const sentFor = (productNumber: string) =>
    kit.catalogue.db.prepare('SELECT country, kind, "values" FROM sync_task_lines WHERE product_number = ? ORDER BY task, line').all(productNumber) as { country: string; kind: string; values: string }[];

  beforeEach(async () => {
    kit = await startSyncKit();
    // Another tool put two phones on the account (its titles, brand and category are Back Market's product sheet).
    other = plannerKit();
    other.save(phone(3));
    other.save(phone(4));
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    const taken = await readAndImport(kit, ['IP13-3', 'IP13-4'], NAMES);
    ({ account, mapping } = taken);
    expect(taken.read.outcome).toBe('finished');
    expect(taken.imported).toMatchObject({ imported: 2, adopted: 6, toReview: 0 });
    // "Map every suggested field": the comment and the warranty are read from the columns the import wrote.
    mapping.setField('comment', undefined, { kind: 'attribute', name: NAMES.comment });
    mapping.setField('warranty_delay', undefined, { kind: 'attribute', name: NAMES.warranty_delay });
    expect(lines()).toEqual([]);
  });

  afterEach(async () => {
    await closeAccount(account, other, kit);
  });

  it('sends no title, brand or description to them whatever the mapping and the catalogue say, and nothing waits for them', async () => {
    // The merchant maps the product texts to values of their own and confirms the condition map, then edits a title.
    mapping.setField('title', undefined, { kind: 'fixed', value: 'iPhone 13 128 Go Noir — reconditionné' });
    mapping.setField('title', 'de-de', { kind: 'fixed', value: 'iPhone 13 128 GB Schwarz — generalüberholt' });
    mapping.setField('brand', undefined, { kind: 'fixed', value: 'Apple Inc.' });
    mapping.setField('description', undefined, { kind: 'fixed', value: 'Testé sur 30 points.' });
    for (const [value, grade] of [['A+', 'PREMIUM'], ['A', 'EXCELLENT'], ['B', 'VERY_GOOD']] as const) mapping.setValue('condition', value, grade);
    kit.catalogue.edit('IP13-3', 'title', 'Mon iPhone 13');

    const planned = plan();
    expect(planned.blocked).toEqual([]);
    expect(planned.tasks).toEqual([]);
    expect(planned.realtime).toEqual([]);
    // The dry run: nothing to send, no text in the catalogue's language for Germany, every offer unchanged.
    expect(planned.summary.send).toEqual({ stock: 0, price: 0, new: 0, content: 0 });
    expect(planned.summary.languageWarnings).toEqual([]);
    expect(planned.summary.unchanged).toBe(6);
    // No change waits for them: the outbox settles once the plan is recorded.
    expect(planned.quiet).toEqual(expect.arrayContaining(['IP13-3', 'IP13-4']));

    expect((await kit.sync()).outcome).toBe('finished');
    expect([...sentFor('IP13-3'), ...sentFor('IP13-4')]).toEqual([]);
    expect(kit.catalogue.db.prepare("SELECT count(*) FROM outbox WHERE product_number IN ('IP13-3', 'IP13-4')").pluck().get()).toBe(0);
  });

  it('sends a listing change of theirs without the product sheet', async () => {
    mapping.setField('title', undefined, { kind: 'fixed', value: 'iPhone 13 128 Go Noir — reconditionné' });
    mapping.setField('brand', undefined, { kind: 'fixed', value: 'Apple Inc.' });
    // The merchant chooses their own comment for France: only the comment goes, with the SKU that identifies the listing.
    kit.catalogue.db.prepare("UPDATE products SET attributes = json_set(attributes, '$.\"comment_fr-fr\"', 'Batterie neuve') WHERE product_number = 'IP13-3'").run();
    const { tasks } = plan();
    const planned = tasks.flatMap((task) => task.lines);
    expect(planned.map((line) => [line.productNumber, line.country, line.changes.map((change) => [change.field, change.after])])).toEqual([['IP13-3', 'fr-fr', [['comment', 'Batterie neuve']]]]);
    // The CSV Back Market receives carries the listing's own columns (the SKU that identifies it, the comment), none of the product sheet's.
    expect(tasks.map((task) => task.header)).toHaveLength(1);
    const header = tasks[0]?.header ?? [];
    expect(header).toEqual(expect.arrayContaining(['sku', 'comment']));
    expect(header.filter((column) => SHEET.includes(column) || column.startsWith('image'))).toEqual([]);
  });

  it('still sends a title change to an offer Refurb Desk created', async () => {
    kit.catalogue.save(phone(7), { ...PHONE_ATTRIBUTES, [NAMES.comment]: 'Boîte d’origine', [NAMES.warranty_delay]: '12' });
    expect((await kit.sync()).outcome).toBe('finished');
    expect(sentFor('IP13-7').map((line) => line.kind)).toEqual(['new', 'new', 'new']);
    kit.catalogue.edit('IP13-7', 'title', 'iPhone 13 128 Go Noir — comme neuf');
    kit.catalogue.edit('IP13-3', 'title', 'Mon iPhone 13');
    const changed = lines().map((line) => [line.productNumber, line.country, line.kind, line.changes.map((change) => [change.field, change.after])]);
    // Germany reads its own title (Titel), unchanged; France and the United Kingdom (the catalogue's title) get the new one.
    expect(changed).toEqual(
      ['fr-fr', 'en-gb'].map((country) => ['IP13-7', country, 'content', [['title', 'iPhone 13 128 Go Noir — comme neuf']]]),
    );
  });
});
