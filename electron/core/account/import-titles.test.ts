// Importing an existing account's listings for a merchant whose markets are listed Germany first: the catalogue's title
// and euro price come from their home market (France), each other market's title goes where the catalogue keeps that
// language's title (as the mapping reads it), and the Settings list of listings not in the catalogue shows the French title.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/connection';
import { marketCountries } from '../mapping/snapshot';
import { setFieldMapping } from '../mapping/mapping-repo';
import { phone, plannerKit, type PlannerKit } from '../sync/plan/plan-test-kit';
import { startSyncKit, type SyncKit } from '../sync/run/run-test-kit';
import type { AccountService } from './account-service';
import { accountOver, syncElsewhere } from './account-test-kit';

/** The merchant chose Germany first, then France and the United Kingdom. */
const GERMANY_FIRST = marketCountries([
  { code: 'de-de', language: 'de' },
  { code: 'fr-fr', language: 'fr' },
  { code: 'en-gb', language: 'en' },
]);
const countries = () => GERMANY_FIRST.map((country) => ({ code: country.code, language: country.language as Language }));

describe('imported listings keep their titles and the home market’s price', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  beforeEach(async () => {
    kit = await startSyncKit();
    // Another tool sold IP13-4 with a German title in Germany and a higher price there than in France.
    other = plannerKit();
    other.save(phone(4));
    other.setCountryPrice('IP13-4', 'de-de', 519);
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    account = accountOver(kit, countries);
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    // Back Market answers each market in its language (Accept-Language); the sandbox gives one title to all, so the
    // German answer is set as Back Market would have given it.
    kit.catalogue.db.prepare("UPDATE account_listings SET title = 'iPhone 13 128 GB Schwarz' WHERE sku = 'IP13-4' AND country = 'de-de'").run();
  });

  afterEach(async () => {
    account.close();
    other.cleanup();
    await kit.close();
  });

  const imported = () =>
    kit.catalogue.db.prepare("SELECT id, title, price_cents, attributes FROM products WHERE product_number = 'IP13-4'").get() as { id: number; title: string; price_cents: number; attributes: string };

  it('shows the title of the merchant’s own market in the list of listings not in the catalogue', () => {
    expect(account.unmanaged({}).rows.map((row) => [row.sku, row.title])).toEqual([['IP13-4', 'iPhone 13 128 Go Noir #4']]);
  });

  it('takes the catalogue’s title and euro price from France, and keeps the German title where Germany reads it', () => {
    expect(account.import({ scope: 'all' })).toMatchObject({ imported: 1, toReview: 0, skipped: [] });
    const product = imported();
    expect(product.title).toBe('iPhone 13 128 Go Noir #4');
    expect(product.price_cents).toBe(49990);
    // The catalogue maps Germany's title to "Titel"; England's title is the catalogue's own (no English copy made).
    const attributes = JSON.parse(product.attributes) as Record<string, string>;
    expect(attributes.Titel).toBe('iPhone 13 128 GB Schwarz');
    expect(Object.keys(attributes).filter((name) => name.startsWith('title_'))).toEqual([]);
    expect(kit.catalogue.db.prepare('SELECT country, price_cents FROM country_prices WHERE product_id = ? ORDER BY country').all(product.id)).toEqual([
      { country: 'de-de', price_cents: 51900 },
      { country: 'en-gb', price_cents: 42900 },
      { country: 'fr-fr', price_cents: 49990 },
    ]);
    // Nothing to send for it: what Back Market holds is what the catalogue now says, in every market.
    const plan = kit.catalogue.plan(new Date());
    expect(plan.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-4')).toEqual([]);
  });

  it('puts the German title in the catalogue’s German title column when the mapping reads Germany’s title from there', () => {
    setFieldMapping(kit.catalogue.db, 'title', 'de-de', null, new Date().toISOString());
    account.import({ scope: 'all' });
    const product = imported();
    expect(product.title).toBe('iPhone 13 128 Go Noir #4');
    expect(JSON.parse(product.attributes)).toMatchObject({ title_de: 'iPhone 13 128 GB Schwarz' });
  });
});
