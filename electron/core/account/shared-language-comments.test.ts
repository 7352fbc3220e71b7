// Two markets of one language (fr-fr and fr-be) read the comment from one catalogue column, yet a listing can hold a
// different comment in each on Back Market. Imported, each market keeps its own (the second as comment_fr-be, which wins
// there as a price of the price matrix does), so the first sync sends nothing, and a later content change sends each
// market the comment it held.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/connection';
import { marketCountries, loadSnapshot } from '../mapping/snapshot';
import { planSync } from '../sync/plan/plan-sync';
import { KIT_COUNTRIES, PHONE_ATTRIBUTES, phone, plannerKit, type PlannerKit } from '../sync/plan/plan-test-kit';
import { startSyncKit, type SyncKit } from '../sync/run/run-test-kit';
import type { AccountService } from './account-service';
import { accountOver, syncElsewhere } from './account-test-kit';

const WITH_BELGIUM = [...KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language })), { code: 'fr-be', language: 'fr' as Language }];
const countries = () => WITH_BELGIUM;
const FRANCE = 'Boîte d’origine, batterie 92 %';
const BELGIUM = 'Boîte d’origine, chargeur belge, batterie 92 %';

describe('per-market comments of markets sharing a language', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  const plan = () => planSync({ db: kit.catalogue.db, snapshot: loadSnapshot(kit.catalogue.db, marketCountries(countries())), now: new Date(), budget: kit.catalogue.budget });
  const comments = async (sku: string) => {
    const held: Record<string, string | null | undefined> = {};
    for (const { code } of WITH_BELGIUM) held[code] = (await kit.client.forCountry(code).getListingDetail({ sku }))?.comment;
    return held;
  };

  beforeEach(async () => {
    kit = await startSyncKit();
    // Another tool put a phone on the account in four markets, with a Belgian comment of its own.
    other = plannerKit();
    other.save(phone(7), { ...PHONE_ATTRIBUTES, Comment: FRANCE, 'comment_fr-be': BELGIUM });
    expect((await syncElsewhere(kit, other, countries)).outcome).toBe('finished');
    account = accountOver(kit, countries);
  });

  afterEach(async () => {
    account.close();
    other.cleanup();
    await kit.close();
  });

  it("keeps fr-fr's and fr-be's comments on import, so a plan afterwards sends nothing", async () => {
    expect(await comments('IP13-7')).toMatchObject({ 'fr-fr': FRANCE, 'fr-be': BELGIUM });
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    expect(account.import({ scope: 'skus', skus: ['IP13-7'] })).toMatchObject({ imported: 1, adopted: 4, skipped: [] });

    const attributes = JSON.parse(kit.catalogue.db.prepare("SELECT attributes FROM products WHERE product_number = 'IP13-7'").pluck().get() as string) as Record<string, string>;
    expect(attributes).toMatchObject({ Comment: FRANCE, 'comment_fr-be': BELGIUM });
    // Each market's intent is the comment it holds: no comment was taken as another market's (no review row for one),
    // and what Back Market holds is recorded per market.
    expect(account.review({}).rows.filter((row) => row.field === 'comment')).toEqual([]);
    const accepted = kit.catalogue.db.prepare("SELECT country, json_extract(accepted_values, '$.comment') AS comment FROM listing_states WHERE product_number = 'IP13-7' ORDER BY country").all();
    expect(accepted).toEqual([
      { country: 'de-de', comment: expect.any(String) },
      { country: 'en-gb', comment: expect.any(String) },
      { country: 'fr-be', comment: BELGIUM },
      { country: 'fr-fr', comment: FRANCE },
    ]);
    const first = plan();
    expect(first.tasks.flatMap((task) => task.lines)).toEqual([]);
    expect(first.realtime).toEqual([]);
    expect(first.blocked).toEqual([]);
  });

  it("keeps Back Market's fr-be comment as fr-be's own on review, and a later change sends each market the one it held", async () => {
    // The catalogue already has the phone, with the French comment only.
    kit.catalogue.save(phone(7), { ...PHONE_ATTRIBUTES, Comment: FRANCE });
    kit.catalogue.db.prepare('DELETE FROM outbox').run();
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    expect(account.review({}).rows.map((row) => [row.productNumber, row.country, row.field, row.backmarket, row.mine])).toEqual([['IP13-7', 'fr-be', 'comment', BELGIUM, FRANCE]]);
    expect(account.decide({ scope: 'all', decision: 'backmarket' })).toEqual({ decided: 1, released: 1, keptOnly: [] });
    // fr-fr reads the same column: Back Market's Belgian comment is kept as fr-be's own, the French one stays.
    const attributes = JSON.parse(kit.catalogue.db.prepare("SELECT attributes FROM products WHERE product_number = 'IP13-7'").pluck().get() as string) as Record<string, string>;
    expect(attributes).toMatchObject({ Comment: FRANCE, 'comment_fr-be': BELGIUM });
    expect(plan().tasks.flatMap((task) => task.lines)).toEqual([]);

    // A grade change goes to every market of the listing (a title edit no longer does: the product sheet is Back Market's).
    kit.catalogue.edit('IP13-7', 'condition', 'A+');
    const lines = plan().tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-7');
    expect(Object.fromEntries(lines.map((line) => [line.country, line.values.comment]))).toMatchObject({ 'fr-fr': FRANCE, 'fr-be': BELGIUM });
    expect((await kit.sync(kit.makeService({ countries }))).outcome).toBe('finished');
    expect(await comments('IP13-7')).toMatchObject({ 'fr-fr': FRANCE, 'fr-be': BELGIUM });
  });

  it('keeps a Belgian listing without a comment as fr-be’s own empty one: no later change sends it France’s', async () => {
    // Back Market holds no comment for IP13-7 in Belgium (published there, not on sale).
    const belgium = kit.market.sandbox.state.listings.find((listing) => listing.sku === 'IP13-7')?.markets['fr-be'];
    if (!belgium) throw new Error('The other tool did not list IP13-7 in fr-be.');
    belgium.comment = null;
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    expect(account.import({ scope: 'skus', skus: ['IP13-7'] })).toMatchObject({ imported: 1, adopted: 4, toReview: 0 });
    const attributes = JSON.parse(kit.catalogue.db.prepare("SELECT attributes FROM products WHERE product_number = 'IP13-7'").pluck().get() as string) as Record<string, string>;
    expect(attributes).toMatchObject({ Comment: FRANCE, 'comment_fr-be': '' });
    expect(plan().tasks.flatMap((task) => task.lines)).toEqual([]);

    // A content change goes to every market (sent once by a grade change): France keeps its comment, Belgium gets none.
    // A grade change goes to every market of the listing (a title edit no longer does: the product sheet is Back Market's).
    kit.catalogue.edit('IP13-7', 'condition', 'A+');
    const lines = plan().tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-7');
    expect(Object.fromEntries(lines.map((line) => [line.country, line.values.comment ?? null]))).toMatchObject({ 'fr-fr': FRANCE, 'fr-be': null });
    expect((await kit.sync(kit.makeService({ countries }))).outcome).toBe('finished');
    expect(await comments('IP13-7')).toMatchObject({ 'fr-fr': FRANCE, 'fr-be': null });
  });
});
