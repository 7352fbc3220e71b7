// The review says what will really happen: a merchant reviewing an existing account's differences is told, row by row,
// when "Keep mine" or "Publish" cannot be sent as the catalogue and the mapping stand (no price for that market, a
// comment not mapped, a title taken from another language's market), with where to fix it; after the choice the
// report says the offer is held and why; the sync indeed sends nothing for it until the need is met, then sends it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewNeed, ReviewRow } from '../../../shared/account';
import { setFieldMapping, setValueMapping } from '../mapping/mapping-repo';
import { phone, type PlannerKit } from '../sync/plan/plan-test-kit';
import type { SyncKit } from '../sync/run/run-test-kit';
import type { AccountService } from './account-service';
import { otherToolsAccountInEachTest, syncElsewhere } from './account-test-kit';

const at = () => new Date().toISOString();
/** Germany's title on Back Market (the other tool's « Titel »). */
const GERMAN_TITLE = 'iPhone 13 128 GB Schwarz';

/** A need as the merchant reads it, in short: the problem's code and where it is fixed, or the need's kind. */
const brief = (need: ReviewNeed) =>
  need.kind === 'problem' ? [need.said.code, need.fix.kind === 'product-field' ? need.fix.field : need.fix.section] : need.kind === 'not-mapped' ? ['not-mapped', need.field] : ['title-language', need.market, need.language];

describe('what the review says "Keep mine" and "Publish" still need', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  // Another tool put three phones on the account (499.90 in every market, comment « Boîte d’origine »).
  otherToolsAccountInEachTest(3, (made) => {
    expect(made.elsewhere.outcome).toBe('finished');
    ({ kit, other, account } = made);
  });

  const db = () => kit.catalogue.db;
  const row = (sku: string, country: string, field: ReviewRow['field']) =>
    account.review({ undecidedOnly: false, limit: 500 }).rows.find((entry) => entry.productNumber === sku && entry.country === country && entry.field === field);
  async function readAccount(): Promise<void> {
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
  }
  const frenchPrice = async () => Number((await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-2' })).price);

  it('writes a price kept from the catalogue into the market’s empty box of the price grid, so the sync sends it', async () => {
    // The merchant's prices come from the price grid; the catalogue's own column says 459 but France has no grid price.
    setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
    kit.catalogue.save(phone(2, { price: 459 }));
    await readAccount();
    const france = row('IP13-2', 'fr-fr', 'price');
    expect(france).toMatchObject({ backmarket: '499.90', mine: '459.00', decision: null, productId: expect.any(Number) });
    // "Keep mine" fills France's box with 459: it needs nothing more.
    expect(france?.needs).toEqual([]);
    const report = account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price' }] });
    expect(report.heldCount ?? 0).toBe(0);
    const box = db().prepare("SELECT c.price_cents FROM country_prices c JOIN products p ON p.id = c.product_id WHERE p.product_number = 'IP13-2' AND c.country = 'fr-fr'").pluck().get();
    expect(box).toBe(45900);
    // The rest is Back Market's: nothing is left to decide, and the sync sends France's 459.
    account.decide({ scope: 'all', decision: 'backmarket' });
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await frenchPrice()).toBe(459);
  });

  it('says no missing price on the other rows of an offer whose price row keeps the catalogue’s price for the empty grid box, and the sync sends that price', async () => {
    // France has no grid price; the catalogue says 459 and 5 in stock, Back Market 499.90 and its own stock.
    setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
    kit.catalogue.save(phone(2, { price: 459, stock: 5 }));
    await readAccount();
    expect(row('IP13-2', 'fr-fr', 'price')).toMatchObject({ mine: '459.00', needs: [] });
    // The quantity's "Keep mine" waits on the same take-over, which writes France's 459: it needs no price.
    const quantity = row('IP13-2', 'fr-fr', 'quantity');
    expect(quantity).toMatchObject({ mine: '5' });
    expect(quantity?.needs?.map(brief)).toEqual([]);
    const report = account.decide({ scope: 'all', decision: 'mine' });
    expect(report.held?.filter((held) => held.needs.some((need) => need.kind === 'problem' && need.said.code === 'problem.noPrice')) ?? []).toEqual([]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await frenchPrice()).toBe(459);
  });

  it('says "not mapped yet" for a comment the mapping does not read, rather than an empty comment, and nothing for a sendable value', async () => {
    setFieldMapping(db(), 'comment', '', null, at());
    kit.catalogue.save(phone(2, { stock: 5 }));
    await readAccount();
    expect(row('IP13-2', 'fr-fr', 'comment')).toMatchObject({ backmarket: 'Boîte d’origine', mine: '' });
    expect(row('IP13-2', 'fr-fr', 'comment')?.needs?.map(brief)).toEqual([['not-mapped', 'comment']]);
    // The quantity is mapped and valid: "Keep mine" is sent by the next sync, nothing is said.
    expect(row('IP13-2', 'fr-fr', 'quantity')?.needs).toEqual([]);
    const comments = account.review({}).rows.filter((entry) => entry.field === 'comment').map((entry) => [[entry.country], 'comment']);
    expect(comments.length).toBeGreaterThan(0);
    const report = account.decide({ scope: 'all', decision: 'mine' });
    // Quantity is one choice for every market, sent; the comments are the held ones.
    expect(report.held?.map((held) => [held.countries, held.field])).toEqual(comments);
    expect(report.heldCount).toBe(comments.length);
  });

  it('compares a grade through the conditions table, as it is sent: a condition with no grade there is what to fix, and once mapped no difference is left', async () => {
    // The merchant's file says « Très bon » where Back Market holds EXCELLENT (the other tool's « A »).
    kit.catalogue.save(phone(2, { condition: 'Très bon' }));
    await readAccount();
    expect(row('IP13-2', 'fr-fr', 'grade')).toMatchObject({ backmarket: 'EXCELLENT', mine: 'Très bon' });
    expect(row('IP13-2', 'fr-fr', 'grade')?.needs?.map(brief)[0]).toEqual(['problem.conditionUnmapped', 'conditions']);
    // Mapped to Excellent in the conditions table: the catalogue sends EXCELLENT, what Back Market holds.
    setValueMapping(db(), 'condition', 'Très bon', 'EXCELLENT', at());
    kit.bus.emit('mapping:changed', { section: 'conditions' });
    expect(account.review({}).rows.filter((entry) => entry.productNumber === 'IP13-2' && entry.field === 'grade')).toEqual([]);
  });

  describe('an imported listing Back Market holds in Germany only', () => {
    beforeEach(async () => {
      // The other tool had a price for IP13-8 in Germany only; the merchant's prices come from the price grid.
      const id = other.save(phone(8, { price: null }));
      other.db.prepare("UPDATE country_prices SET country = 'de-de', price_cents = 47900 WHERE product_id = ? AND country = 'en-gb'").run(id);
      expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
      setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
      await readAccount();
      expect(account.import({ scope: 'skus', skus: ['IP13-8'] })).toMatchObject({ imported: 1, skipped: [] });
    });
    /** What the listing did not carry (category, EAN, description, …), filled in by the merchant; the title stays Germany's. */
    const completeInCatalogue = () => kit.catalogue.save(phone(8, { price: null, title: GERMAN_TITLE }));

    it('says before and after "Publish" in France that the offer needs a French price and a French title, and holds it until then', async () => {
      // The only title Back Market gave is Germany's: it became the catalogue's, which France would be sent.
      expect(db().prepare("SELECT title FROM products WHERE product_number = 'IP13-8'").pluck().get()).toBe(GERMAN_TITLE);
      // Creating the offer in France needs all that creating one needs: the listing did not carry the category, the EAN…
      expect(row('IP13-8', 'fr-fr', 'market')?.needs?.map(brief)).toEqual(expect.arrayContaining([['problem.noCategory', 'category'], ['problem.noPrice', 'price:fr-fr'], ['title-language', 'de-de', 'de']]));
      completeInCatalogue();
      expect(row('IP13-8', 'fr-fr', 'market')?.needs?.map(brief)).toEqual([
        ['problem.noPrice', 'price:fr-fr'],
        ['title-language', 'de-de', 'de'],
      ]);
      const report = account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-8', country: 'fr-fr', field: 'market' }] });
      expect(report).toMatchObject({ decided: 1, heldCount: 1 });
      expect(report.held?.[0]?.needs.map(brief)).toEqual([
        ['problem.noPrice', 'price:fr-fr'],
        ['title-language', 'de-de', 'de'],
      ]);
      // The plan holds France's offer back for the price, as the report said: nothing is created there.
      const plan = kit.catalogue.plan(new Date());
      expect(plan.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-8' && line.country === 'fr-fr')).toEqual([]);
      expect(plan.blocked.filter((offer) => offer.productNumber === 'IP13-8' && offer.country === 'fr-fr').map((offer) => offer.reasons.map((reason) => reason.code))).toEqual([['problem.noPrice']]);

      // A French price and a French title: nothing is left to say.
      kit.catalogue.setCountryPrice('IP13-8', 'fr-fr', 489);
      kit.catalogue.edit('IP13-8', 'title', 'iPhone 13 128 Go Noir');
      expect(row('IP13-8', 'fr-fr', 'market')?.needs).toEqual([]);
    });
  });
});
