// The Catalogue's Sync column says what the Listings grid and the header say: a published product whose change is held
// back is held back (not "Synced"), as is one Back Market never got; a change waiting is pending; "Synced" only where
// Back Market holds what was sent in every market.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogueSync } from '../../../shared/catalogue';
import { listingQuerySchema } from '../../../shared/sync';
import type { AccountService } from '../account/account-service';
import { closeAccount, otherToolsAccount, readAndImport } from '../account/account-test-kit';
import { createFileStaging } from '../files/staging';
import { listings } from '../sync/listings/listings-query';
import { KIT_COUNTRIES, phone, PHONE_ATTRIBUTES } from '../sync/plan/plan-test-kit';
import { syncTruth } from '../sync/sync-truth';
import { tempDir } from '../test/temp-db';
import { createCatalogueService } from './catalogue-service';
import { field } from './csv/csv-test-kit';
import { importCsv } from './csv/import';
import { catalogueSyncOf } from './sync-column';

const NAMES = { comment: 'Commentaire', warranty_delay: 'Garantie (mois)' };
const MARKETS = KIT_COUNTRIES.map((country) => country.code);

describe("the Catalogue's Sync column", () => {
  it('agrees with the Listings grid: held back, pending and synced as the grid and the header count them', async () => {
    const { kit, other } = await otherToolsAccount(2);
    let account: AccountService | undefined;
    const staging = tempDir();
    try {
      const catalogue = createCatalogueService({ db: kit.catalogue.db, events: kit.bus, files: createFileStaging(path.join(staging.dir, 'staging')), now: () => new Date(), countries: () => MARKETS });
      const taken = await readAndImport(kit, ['IP13-1', 'IP13-2'], NAMES);
      account = taken.account;
      taken.mapping.setField('comment', undefined, { kind: 'attribute', name: NAMES.comment });
      taken.mapping.setField('warranty_delay', undefined, { kind: 'attribute', name: NAMES.warranty_delay });
      // The merchant's own new phone, one whose category is not mapped (the pre-flight check holds it), and a second
      // product spelling IP13-2's SKU in lower case, as an older catalogue may hold (held with IP13-2).
      const attributes = { ...PHONE_ATTRIBUTES, [NAMES.comment]: 'Boîte d’origine', [NAMES.warranty_delay]: '12' };
      kit.catalogue.save(phone(5), attributes);
      kit.catalogue.save(phone(6, { category: 'Tablets' }), attributes);
      kit.catalogue.save(phone(2, { productNumber: 'ip13-2', stock: 9 }), attributes);
      const column = () => Object.fromEntries(catalogue.list({ search: 'IP13-' }).rows.map((row) => [row.productNumber, row.sync]));
      // Mapping the comment and the warranty marked the taken-over products too: every offer waits, as the header says.
      expect(column()).toEqual({ 'IP13-1': 'pending', 'IP13-2': 'pending', 'ip13-2': 'pending', 'IP13-5': 'pending', 'IP13-6': 'pending' });
      expect(syncTruth(kit.catalogue.db, MARKETS, null)).toMatchObject({ heldBack: 0, pendingChanges: 5 * MARKETS.length });

      // A second stock file changes IP13-1, taken over and never sent.
      const file = path.join(staging.dir, 'stock.csv');
      fs.writeFileSync(file, 'SKU;Stock\nIP13-1;7\n');
      expect(await importCsv(kit.catalogue.db, file, { options: {}, mapping: [field('productNumber'), field('stock')], now: new Date().toISOString() })).toMatchObject({ updated: 1 });
      expect(column()['IP13-1']).toBe('pending');

      expect((await kit.sync()).outcome).toBe('finished');
      expect(column()).toEqual({ 'IP13-1': 'synced', 'IP13-2': 'held-back', 'ip13-2': 'held-back', 'IP13-5': 'synced', 'IP13-6': 'held-back' });

      // The Listings grid says the same of each product, market by market.
      const grid = listings(kit.catalogue.db, listingQuerySchema.parse({ search: 'IP13-', limit: 100 }), KIT_COUNTRIES).rows;
      const rowsOf = (productNumber: string) => grid.filter((row) => row.productNumber === productNumber);
      // IP13-2: Back Market keeps its listing as it holds it, the change held back; ip13-2 and IP13-6: None · held back.
      expect(rowsOf('IP13-2').map((row) => [row.truth?.word, row.truth?.changeHeld])).toEqual(MARKETS.map(() => ['published', true]));
      for (const productNumber of ['ip13-2', 'IP13-6']) expect(rowsOf(productNumber).map((row) => row.truth?.standing)).toEqual(MARKETS.map(() => 'held-back'));
      for (const productNumber of ['IP13-1', 'IP13-5']) {
        expect(rowsOf(productNumber).map((row) => [row.truth?.word, row.truth?.changeHeld])).toEqual(MARKETS.map(() => ['published', false]));
      }
      // …and the header counts as held back the offers of the three products said held back.
      expect(syncTruth(kit.catalogue.db, MARKETS, null)).toMatchObject({ heldBack: 3 * MARKETS.length });

      // An edit of a synced product waits for the next sync.
      kit.catalogue.edit('IP13-1', 'price', 479);
      expect(column()['IP13-1']).toBe('pending');
    } finally {
      staging.cleanup();
      await closeAccount(account, other, kit);
    }
  });

  it('says never sent, partly sent or not known yet only where no market says more', () => {
    expect(catalogueSyncOf(new Set(['not-sent']), false, 3)).toBe('not-sent');
    expect(catalogueSyncOf(new Set(['kept-off', 'synced']), false, 3)).toBe('synced');
    expect(catalogueSyncOf(new Set(['synced', 'not-sent']), false, 3)).toBe('partly-sent');
    expect(catalogueSyncOf(new Set(['synced', 'unconfirmed']), false, 3)).toBe('unconfirmed');
    expect(catalogueSyncOf(new Set(['synced', 'pending', 'held-back']), true, 3)).toBe('held-back');
    expect(catalogueSyncOf(new Set(['synced', 'refused', 'pending']), true, 3)).toBe('refused');
    // No market enabled: nothing is on Back Market; a change still waits in the outbox.
    expect(catalogueSyncOf(new Set(), true, 0)).toBe('pending' satisfies CatalogueSync);
    expect(catalogueSyncOf(new Set(), false, 0)).toBe('not-sent');
  });
});
