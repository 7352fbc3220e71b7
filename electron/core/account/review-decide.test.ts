// The review's decisions as a merchant takes them in Settings › Existing account, on a sandbox account another tool
// filled: "… for all" never overrides a decision already made; quantity and grade (one per listing) take one decision
// for every market; markets reading one catalogue column for their comment never get another market's value written
// over theirs; and no false difference (a grade through the condition map, values the mapping does not read yet).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/connection';
import { setFieldMapping, setValueMapping } from '../mapping/mapping-repo';
import { phone, KIT_COUNTRIES, PHONE_ATTRIBUTES, type PlannerKit } from '../sync/plan/plan-test-kit';
import type { SyncKit } from '../sync/run/run-test-kit';
import { createAccountService, type AccountService } from './account-service';
import { otherToolsAccountInEachTest, syncElsewhere } from './account-test-kit';

const countries = () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language }));
const at = () => new Date().toISOString();

describe('the review of an existing account’s differences', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  // Another tool put three phones on the account (grade EXCELLENT, quantity 3, comment "Boîte d’origine").
  otherToolsAccountInEachTest(3, (made) => {
    expect(made.elsewhere.outcome).toBe('finished');
    ({ kit, other, account } = made);
  });

  const db = () => kit.catalogue.db;
  const rows = () => account.review({ undecidedOnly: false, limit: 500 }).rows.map((row) => [row.country, row.field, row.backmarket, row.mine, row.decision]);
  const product = (sku: string) => db().prepare('SELECT stock, condition, attributes FROM products WHERE product_number = ?').get(sku) as { stock: number; condition: string; attributes: string };
  async function readAccount(): Promise<void> {
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
  }
  /** The other tool gives IP13-2 one comment in France and another in Germany on Back Market. */
  async function otherComments(french: string, german: string): Promise<void> {
    setFieldMapping(other.db, 'comment', 'de-de', { kind: 'attribute', name: 'Kommentar' }, at());
    other.save(phone(2), { ...PHONE_ATTRIBUTES, Comment: french, Kommentar: german });
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    kit.market.seen.length = 0;
  }

  it('takes one decision for the quantity of every market, and "keep Back Market’s for all" leaves the decisions made as they are', async () => {
    kit.catalogue.save(phone(2, { price: 459, stock: 5 }));
    await readAccount();
    expect(rows()).toEqual([
      ['de-de', 'price', '499.90', '459.00', null],
      ['de-de', 'quantity', '3', '5', null],
      ['en-gb', 'quantity', '3', '5', null],
      ['fr-fr', 'price', '499.90', '459.00', null],
      ['fr-fr', 'quantity', '3', '5', null],
    ]);
    // "Keep mine" for the quantity in France: the one quantity of the listing is decided in every market.
    expect(account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'quantity' }] })).toMatchObject({ decided: 3, keptOnly: [] });
    // And "keep mine" for France's price.
    account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price' }] });
    expect(account.summary()).toMatchObject({ offersToReview: 1, fieldsToReview: 1 });
    // "Keep Back Market's for all" decides only what was still open: Germany's price.
    expect(account.decide({ scope: 'all', decision: 'backmarket' })).toMatchObject({ decided: 1, keptOnly: [] });
    // Germany's price is now Back Market's in the catalogue (its price matrix): no difference is left there.
    expect(db().prepare("SELECT p.price_cents FROM country_prices p JOIN products x ON x.id = p.product_id WHERE x.product_number = 'IP13-2' AND country = 'de-de'").pluck().get()).toBe(49990);
    expect(rows()).toEqual([
      ['de-de', 'quantity', '3', '5', 'mine'],
      ['en-gb', 'quantity', '3', '5', 'mine'],
      ['fr-fr', 'price', '499.90', '459.00', 'mine'],
      ['fr-fr', 'quantity', '3', '5', 'mine'],
    ]);
    expect(product('IP13-2').stock).toBe(5);
    // The sync sends the kept quantity and France's price, nothing else.
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-2' })).toMatchObject({ quantity: 5 });
    expect(Number((await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-2' })).price)).toBe(459);
    expect(Number((await kit.client.forCountry('de-de').getListingDetail({ sku: 'IP13-2' })).price)).toBe(499.9);
  });

  it('gives a quantity still open in one market the decision already made in another, with "… for all"', async () => {
    kit.catalogue.save(phone(2, { stock: 5 }));
    await readAccount();
    // A decision left for one market only (as a review taken before quantity was one decision could leave it).
    db().prepare("UPDATE account_reviews SET decision = 'mine', decided_at = ? WHERE product_number = 'IP13-2' AND country = 'fr-fr' AND field = 'quantity'").run(at());
    expect(account.decide({ scope: 'all', decision: 'backmarket' })).toMatchObject({ decided: 2, keptOnly: [] });
    expect(rows().map(([country, field, , , decision]) => [country, field, decision])).toEqual([
      ['de-de', 'quantity', 'mine'],
      ['en-gb', 'quantity', 'mine'],
      ['fr-fr', 'quantity', 'mine'],
    ]);
    expect(product('IP13-2').stock).toBe(5);
  });

  it('gives a market read later the quantity decision its other markets had: the one quantity is not asked again', async () => {
    kit.catalogue.save(phone(2, { stock: 5 }));
    // The merchant sold in France and Germany first.
    const twoMarkets = createAccountService({ database: () => db(), run: (job) => job(kit.client), countries: () => countries().slice(0, 2), events: kit.bus, now: () => new Date() });
    twoMarkets.read();
    expect((await twoMarkets.settled()).outcome).toBe('finished');
    twoMarkets.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'quantity' }] });
    twoMarkets.close();
    // Then enabled the United Kingdom and read the account again.
    await readAccount();
    expect(rows().map(([country, field, , , decision]) => [country, field, decision])).toEqual([
      ['de-de', 'quantity', 'mine'],
      ['en-gb', 'quantity', 'mine'],
      ['fr-fr', 'quantity', 'mine'],
    ]);
    expect(account.summary()).toMatchObject({ offersToReview: 0, fieldsToReview: 0 });
  });

  describe('two markets reading one catalogue column for their comment', () => {
    beforeEach(() => {
      // Germany reads the same "Comment" column as France (the catalogue keeps one comment for both).
      setFieldMapping(db(), 'comment', 'de-de', { kind: 'attribute', name: 'Comment' }, at());
    });

    it('keeps Back Market’s comment of one market as its own, without writing it over the other’s, and opens no new difference', async () => {
      await otherComments('Chargeur inclus', 'Mit Ladegerät');
      kit.catalogue.save(phone(2));
      await readAccount();
      // England has no English comment in the catalogue: it reads the catalogue's one as well.
      expect(rows()).toEqual([
        ['de-de', 'comment', 'Mit Ladegerät', 'Boîte d’origine', null],
        ['en-gb', 'comment', 'Chargeur inclus', 'Boîte d’origine', null],
        ['fr-fr', 'comment', 'Chargeur inclus', 'Boîte d’origine', null],
      ]);
      const report = account.decide({ scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'comment' }] });
      expect(report).toEqual({ decided: 1, released: 1, keptOnly: [] });
      // France keeps Back Market's as its own comment; Germany's is untouched, its difference as it was; no new row appeared.
      expect(JSON.parse(product('IP13-2').attributes)).toMatchObject({ Comment: 'Boîte d’origine', 'comment_fr-fr': 'Chargeur inclus' });
      // France's offer now equals what Back Market holds: adopted, its row gone.
      expect(rows()).toEqual([
        ['de-de', 'comment', 'Mit Ladegerät', 'Boîte d’origine', null],
        ['en-gb', 'comment', 'Chargeur inclus', 'Boîte d’origine', null],
      ]);
      // "Keep mine" for the others: France keeps its own comment on Back Market, Germany gets the catalogue's.
      account.decide({ scope: 'all', decision: 'mine' });
      expect(account.summary()).toMatchObject({ offersToReview: 0, fieldsToReview: 0 });
      expect((await kit.sync()).outcome).toBe('finished');
      expect(await kit.client.forCountry('de-de').getListingDetail({ sku: 'IP13-2' })).toMatchObject({ comment: 'Boîte d’origine' });
      expect(kit.sentLines().filter((line) => line.startsWith('fr-fr|') && line.includes('"IP13-2"'))).toEqual([]);
    });

    it('writes Back Market’s comment when it is the same in both markets, deciding both together', async () => {
      await otherComments('Chargeur inclus', 'Chargeur inclus');
      kit.catalogue.save(phone(2));
      await readAccount();
      const report = account.decide({ scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'comment' }] });
      // England reads the same column (no English comment of its own) and holds the same comment: decided with them.
      expect(report).toMatchObject({ decided: 3, released: 3, keptOnly: [] });
      expect(JSON.parse(product('IP13-2').attributes)).toMatchObject({ Comment: 'Chargeur inclus' });
      expect(account.review({}).total).toBe(0);
    });

    it('"Keep Back Market’s for all" keeps each of two different comments as its market’s own and leaves no difference behind', async () => {
      await otherComments('Chargeur inclus', 'Mit Ladegerät');
      kit.catalogue.save(phone(2));
      await readAccount();
      const report = account.decide({ scope: 'all', decision: 'backmarket' });
      expect(report.keptOnly).toEqual([]);
      // Each market's comment as Back Market holds it, none written over another's; the shared column is untouched.
      expect(JSON.parse(product('IP13-2').attributes)).toMatchObject({ Comment: 'Boîte d’origine', 'comment_de-de': 'Mit Ladegerät', 'comment_fr-fr': 'Chargeur inclus' });
      expect(account.summary()).toMatchObject({ offersToReview: 0, fieldsToReview: 0 });
      // A second "for all" finds nothing open: nothing was cleared silently.
      expect(account.decide({ scope: 'all', decision: 'backmarket' })).toMatchObject({ decided: 0 });
      expect((await kit.sync()).outcome).toBe('finished');
      expect(kit.sentLines().filter((line) => line.includes('"IP13-2"'))).toEqual([]);
    });
  });

  describe('no false difference', () => {
    it('compares the grade through the condition map, and price, quantity and grade the mapping does not read yet from the catalogue’s own columns', async () => {
      // The merchant's CSV is in, the fields not mapped yet: price 499.90, quantity 8, condition A (mapped to Excellent).
      for (const field of ['price', 'quantity', 'grade']) setFieldMapping(db(), field, '', null, at());
      kit.catalogue.save(phone(1));
      kit.catalogue.save(phone(2, { stock: 8 }));
      await readAccount();
      // No "(none)": the quantity the catalogue holds differs, the price and the grade do not.
      expect(rows()).toEqual([
        ['de-de', 'quantity', '3', '8', null],
        ['en-gb', 'quantity', '3', '8', null],
        ['fr-fr', 'quantity', '3', '8', null],
      ]);
    });

    it('reads the catalogue’s price where the price is mapped to the price grid and a market has no price of its own there', async () => {
      setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
      // The CSV gave 459.00; only England has a price of its own in the grid (429.00, as Back Market holds it).
      kit.catalogue.save(phone(2, { price: 459 }));
      await readAccount();
      expect(rows()).toEqual([
        ['de-de', 'price', '499.90', '459.00', null],
        ['fr-fr', 'price', '499.90', '459.00', null],
      ]);
    });

    it('"Keep Back Market’s" for the grade writes the merchant’s condition that maps to it, never a raw grade into a column of conditions', async () => {
      // The other tool sold IP13-3 as Good: no condition of this merchant's is sent as Good.
      setValueMapping(other.db, 'condition', 'C', 'GOOD', at());
      other.save(phone(3, { condition: 'C' }));
      expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
      kit.catalogue.save(phone(2, { condition: 'B' }));
      kit.catalogue.save(phone(3, { condition: 'B' }));
      await readAccount();
      expect(rows().filter((row) => row[1] === 'grade')).toHaveLength(6);
      const report = account.decide({ scope: 'all', decision: 'backmarket', field: 'grade' });
      expect(report.decided).toBe(6);
      expect(report.keptOnly).toEqual([{ productNumber: 'IP13-3', country: 'de-de', field: 'grade', reason: 'no-condition', sharedWith: ['en-gb', 'fr-fr'] }]);
      // Excellent is the merchant's "A"; Good has no condition: the column keeps "B", the sync sends nothing.
      expect(product('IP13-2').condition).toBe('A');
      expect(product('IP13-3').condition).toBe('B');
      expect(account.summary()).toMatchObject({ offersToReview: 0 });
      kit.market.seen.length = 0;
      expect((await kit.sync()).outcome).toBe('finished');
      expect(kit.sentLines().filter((line) => line.includes('"IP13-3"') || line.includes('"IP13-2"'))).toEqual([]);
    });
  });
});
