// Test support for the BackBox: the sync kit (catalogue, mapping, sandbox marketplace, real client and sync service)
// with a cost price mapped, and a BackBox service over the same database and client.
import type { Language } from '../../../shared/connection';
import type { BackboxSettings } from '../../../shared/backbox';
import { DEFAULT_BACKBOX_SETTINGS } from '../../../shared/backbox';
import { setFieldMapping } from '../mapping/mapping-repo';
import { KIT_COUNTRIES, phone } from '../sync/plan/plan-test-kit';
import { startSyncKit, type SyncKit } from '../sync/run/run-test-kit';
import { saveSettings } from './backbox-repo';
import { createBackboxService, type BackboxService } from './backbox-service';

export interface BackboxKit extends SyncKit {
  backbox: BackboxService;
  /** Products on sale after a sync: `count` phones, each its own listing in fr-fr, de-de and en-gb. */
  publishPhones(count: number, overrides?: Record<string, string | number>): Promise<void>;
  productId(productNumber: string): number;
  /** Another merchant's offer on the same product and grade as the listing with this sku. */
  addCompetitor(sku: string, country: string, price: string, extra?: Record<string, unknown>): Promise<void>;
  useSettings(settings: Partial<BackboxSettings>): void;
}

export async function startBackboxKit(options: { concurrency?: number } = {}): Promise<BackboxKit> {
  const kit = await startSyncKit();
  // What the merchant paid for each phone: 200 (the catalogue's cost price, mapped as a fixed value for the kit).
  setFieldMapping(kit.catalogue.db, 'cost_price', '', { kind: 'fixed', value: '200' }, new Date().toISOString());
  const backbox = createBackboxService({
    database: () => kit.catalogue.db,
    run: (job) => job(kit.client),
    countries: () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language })),
    events: kit.bus,
    now: () => new Date(),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  });
  const close = kit.close;
  return {
    ...kit,
    backbox,
    async publishPhones(count, overrides = {}) {
      // Each phone its own EAN, so no two of the merchant's listings share a BackBox.
      for (let index = 1; index <= count; index += 1) kit.catalogue.save(phone(index, { ean: eanOf(index), ...overrides }));
      const report = await kit.sync();
      if (report.outcome !== 'finished') throw new Error(`The sync ended ${report.outcome}.`);
    },
    productId: (productNumber) => kit.catalogue.db.prepare('SELECT id FROM products WHERE product_number = ?').pluck().get(productNumber) as number,
    async addCompetitor(sku, country, price, extra = {}) {
      await kit.market.control('POST', '/competitors', { sku, country_code: country, price, ...extra });
    },
    useSettings: (settings) => saveSettings(kit.catalogue.db, { ...DEFAULT_BACKBOX_SETTINGS, ...settings }),
    close: async () => {
      backbox.close();
      await close();
    },
  };
}

/** A valid EAN-13 for each index: 12 digits from the index, then the check digit. */
export function eanOf(index: number): string {
  const body = `400${String(index).padStart(9, '0')}`;
  const sum = [...body].reduce((total, digit, position) => total + Number(digit) * (position % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}
