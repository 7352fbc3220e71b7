// Back Market matches SKUs whatever their case, so the catalogue does too: a CSV line "ip13-1" updates the product
// "IP13-1" taken over from the account (one product, one line per offer), the product form refuses a SKU another product
// has in another case, and a catalogue that already holds two such products (an older database) has both held by the
// pre-flight check, saying why, until the merchant deletes or renames one: nothing merged or deleted on their behalf.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { said } from '../../../shared/messages/merchant-message';
import type { AccountService } from '../account/account-service';
import { closeAccount, otherToolsAccount, readAndImport } from '../account/account-test-kit';
import { AppError } from '../errors';
import { EventBus } from '../events';
import { createFileStaging } from '../files/staging';
import type { MappingService } from '../mapping/mapping-service';
import { skuKey } from '../db/sku-key';
import { phone } from '../sync/plan/plan-test-kit';
import type { Plan } from '../sync/plan-types';
import type { SyncKit } from '../sync/run/run-test-kit';
import { tempDatabase, tempDir } from '../test/temp-db';
import { createCatalogueService, type CatalogueService } from './catalogue-service';
import { field } from './csv/csv-test-kit';
import { importCsv } from './csv/import';

const NAMES = { comment: 'Commentaire', warranty_delay: 'Garantie (mois)' };
const MARKETS = ['fr-fr', 'de-de', 'en-gb'];

/** The catalogue service over the kit's catalogue, as the app builds it (its markets given for the Sync column). */
function catalogueOver(kit: SyncKit): { catalogue: CatalogueService; cleanup: () => void } {
  const staging = tempDir();
  const catalogue = createCatalogueService({
    db: kit.catalogue.db,
    events: kit.bus,
    files: createFileStaging(path.join(staging.dir, 'staging')),
    now: () => new Date(),
    countries: () => MARKETS,
  });
  return { catalogue, cleanup: staging.cleanup };
}

/** Comment and warranty sent from the columns the account's import wrote them in, as "Map every suggested field" does. */
function mapImportedColumns(mapping: MappingService): void {
  mapping.setField('comment', undefined, { kind: 'attribute', name: NAMES.comment });
  mapping.setField('warranty_delay', undefined, { kind: 'attribute', name: NAMES.warranty_delay });
}

/** Imports a "SKU;Stock" file as the import screen does. */
async function importStock(kit: SyncKit, rows: [string, number][]) {
  const dir = tempDir();
  try {
    const file = path.join(dir.dir, 'stock.csv');
    fs.writeFileSync(file, ['SKU;Stock', ...rows.map(([sku, stock]) => `${sku};${stock}`)].join('\n') + '\n');
    return await importCsv(kit.catalogue.db, file, { options: {}, mapping: [field('productNumber'), field('stock')], now: new Date().toISOString() });
  } finally {
    dir.cleanup();
  }
}

const spellingsOf = (kit: SyncKit, sku: string) => kit.catalogue.db.prepare('SELECT product_number FROM products WHERE product_number = ? COLLATE NOCASE ORDER BY id').pluck().all(sku);

/** Every line and real-time update the plan would send, as [SKU whatever its case, market]. */
const offersSent = (plan: Plan) => [
  ...plan.tasks.flatMap((task) => task.lines.map((line) => [skuKey(line.sku), line.country])),
  ...plan.realtime.flatMap((update) => update.countries.map((country) => [skuKey(update.productNumber), country])),
];

describe('one product per SKU whatever its case', () => {
  it('updates the taken-over product from a CSV line spelling its SKU in another case, and each sync sends one line per offer', async () => {
    const { kit, other } = await otherToolsAccount(2);
    let account: AccountService | undefined;
    try {
      const taken = await readAndImport(kit, ['IP13-1'], NAMES);
      account = taken.account;
      mapImportedColumns(taken.mapping);
      expect(taken.imported).toMatchObject({ imported: 1 });

      const report = await importStock(kit, [['ip13-1', 9]]);
      expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, rejectedTotal: 0, otherCaseTotal: 1, warningsTotal: 0 });
      expect(report.otherCase).toEqual([{ row: 2, fileNumber: 'ip13-1', catalogueNumber: 'IP13-1' }]);
      expect(spellingsOf(kit, 'IP13-1')).toEqual(['IP13-1']);
      expect(kit.catalogue.db.prepare("SELECT stock FROM products WHERE product_number = 'IP13-1'").pluck().get()).toBe(9);

      // The quantity differs from Back Market's on an offer taken over and never sent: the merchant keeps theirs.
      account.decide({ scope: 'all', decision: 'mine' });
      const plan = kit.catalogue.plan(new Date());
      expect(plan.blocked.filter((offer) => offer.productNumber === 'IP13-1')).toEqual([]);
      const sent = offersSent(plan);
      expect(sent.filter(([sku]) => sku === 'ip13-1').length).toBeGreaterThan(0);
      expect(new Set(sent.map((offer) => offer.join('|'))).size).toBe(sent.length);

      expect((await kit.sync()).outcome).toBe('finished');
      const listings = kit.market.sandbox.state.listings.filter((listing) => skuKey(listing.sku) === 'ip13-1');
      expect(listings.map((listing) => [listing.sku, listing.quantity])).toEqual([['IP13-1', 9]]);
      // A second sync has nothing to flip back.
      expect(offersSent(kit.catalogue.plan(new Date())).filter(([sku]) => sku === 'ip13-1')).toEqual([]);
    } finally {
      await closeAccount(account, other, kit);
    }
  });

  it('holds both products of an older catalogue that share a SKU in another case, says why, and lets the merchant delete one', async () => {
    const { kit, other } = await otherToolsAccount(1);
    let account: AccountService | undefined;
    const { catalogue, cleanup } = catalogueOver(kit);
    try {
      const taken = await readAndImport(kit, ['IP13-1'], NAMES);
      account = taken.account;
      mapImportedColumns(taken.mapping);
      account.decide({ scope: 'all', decision: 'backmarket' });
      // A catalogue written before the import and the form compared SKUs this way: a second product in another case.
      kit.catalogue.save(phone(1, { productNumber: 'ip13-1', stock: 9 }));
      // …which that older version synced too: its offers point at the same listing as IP13-1's.
      const columns = (kit.catalogue.db.pragma('table_info(listing_states)') as { name: string }[]).map((column) => column.name).filter((name) => name !== 'product_number');
      kit.catalogue.db.prepare(`INSERT INTO listing_states (product_number, ${columns.join(', ')}) SELECT 'ip13-1', ${columns.join(', ')} FROM listing_states WHERE product_number = 'IP13-1'`).run();
      expect(spellingsOf(kit, 'IP13-1')).toEqual(['IP13-1', 'ip13-1']);
      const quantityBefore = kit.market.sandbox.state.listings.find((listing) => listing.sku === 'IP13-1')?.quantity;

      const plan = kit.catalogue.plan(new Date());
      expect(offersSent(plan).filter(([sku]) => sku === 'ip13-1')).toEqual([]);
      const held = plan.blocked.filter((offer) => skuKey(offer.productNumber) === 'ip13-1');
      expect(held.map((offer) => [offer.productNumber, offer.country]).sort()).toEqual(['IP13-1', 'ip13-1'].flatMap((number) => MARKETS.map((market) => [number, market])).sort());
      expect(held.find((offer) => offer.productNumber === 'ip13-1')?.reasons).toEqual([said('problem.skuSharedCase', { skus: '"ip13-1", "IP13-1"' })]);
      expect(held.find((offer) => offer.productNumber === 'IP13-1')?.problems).toEqual([
        'Two products share this SKU on Back Market, which ignores letter case: "IP13-1", "ip13-1". Nothing is sent for either until one is deleted or renamed in the Catalogue.',
      ]);

      expect((await kit.sync()).outcome).toBe('finished');
      expect(kit.market.sandbox.state.listings.filter((listing) => skuKey(listing.sku) === 'ip13-1').map((listing) => [listing.sku, listing.quantity])).toEqual([['IP13-1', quantityBefore]]);
      // Both kept, both said held back in the Catalogue, as the Listings grid and the header count them.
      const rows = catalogue.list({ search: 'ip13-1' }).rows;
      expect(rows.map((row) => [row.productNumber, row.sync]).sort()).toEqual([
        ['IP13-1', 'held-back'],
        ['ip13-1', 'held-back'],
      ]);

      // The merchant deletes the duplicate: the listing is IP13-1's, so it is not taken offline, and IP13-1 goes again.
      catalogue.remove([rows.find((row) => row.productNumber === 'ip13-1')?.id as number]);
      const after = kit.catalogue.plan(new Date());
      expect(after.blocked.filter((offer) => skuKey(offer.productNumber) === 'ip13-1')).toEqual([]);
      expect(after.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'ip13-1')).toEqual([]);
      expect(after.realtime.filter((update) => update.productNumber === 'ip13-1')).toEqual([]);
      expect((await kit.sync()).outcome).toBe('finished');
      expect(kit.market.sandbox.state.listings.find((listing) => listing.sku === 'IP13-1')?.quantity).toBe(quantityBefore);
      expect(catalogue.list({ search: 'ip13-1' }).rows.map((row) => [row.productNumber, row.sync])).toEqual([['IP13-1', 'synced']]);
    } finally {
      cleanup();
      await closeAccount(account, other, kit);
    }
  });

  it('refuses in the product form a SKU another product has in another case, naming it and the fix', () => {
    const database = tempDatabase();
    const staging = tempDir();
    const catalogue = createCatalogueService({ db: database.db, events: new EventBus(), files: createFileStaging(path.join(staging.dir, 'staging')), now: () => new Date() });
    const refusal = (run: () => unknown): AppError => {
      try {
        run();
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
      throw new Error('expected a refusal');
    };
    try {
      const kept = catalogue.save({ productNumber: 'BM-EXIST-00007', title: 'iPhone 12', stock: 2 });
      const another = catalogue.save({ productNumber: 'IP11', title: 'iPhone 11', stock: 1 });

      const created = refusal(() => catalogue.save({ productNumber: 'bm-exist-00007', title: 'iPhone 12', stock: 9 }));
      expect(created.code).toBe('conflict');
      expect(created.said).toEqual(said('product.numberOtherCase', { productNumber: 'bm-exist-00007', existing: 'BM-EXIST-00007' }));
      expect(created.message).toBe(
        'The product "BM-EXIST-00007" already has this SKU: Back Market ignores letter case, so "bm-exist-00007" would be the same offer there. Open "BM-EXIST-00007" to edit it, or choose another product number.',
      );
      expect(created.issues).toEqual([
        { path: 'productNumber', message: 'Same SKU on Back Market as "BM-EXIST-00007" (letter case is ignored there).', said: said('product.numberOtherCaseField', { existing: 'BM-EXIST-00007' }) },
      ]);

      const renamed = refusal(() => catalogue.save({ productNumber: 'Bm-Exist-00007', title: 'iPhone 11', stock: 1 }, another.id));
      expect(renamed.said).toEqual(said('product.numberOtherCase', { productNumber: 'Bm-Exist-00007', existing: 'BM-EXIST-00007' }));

      const recased = refusal(() => catalogue.save({ productNumber: 'bm-exist-00007', title: 'iPhone 12', stock: 2 }, kept.id));
      expect(recased.said).toEqual(said('product.numberCaseOnly', { productNumber: 'bm-exist-00007', current: 'BM-EXIST-00007' }));

      // Nothing was written: the two products as they were, and the kept one still edits under its own number.
      expect(catalogue.list({}).rows.map((row) => row.productNumber).sort()).toEqual(['BM-EXIST-00007', 'IP11']);
      expect(catalogue.save({ productNumber: 'BM-EXIST-00007', title: 'iPhone 12', stock: 3 }, kept.id).stock).toBe(3);
      // An older catalogue holding both spellings: each still edits under its own number, and renames to a free one.
      database.db.prepare("INSERT INTO products (product_number, title, created_at, updated_at) VALUES ('bm-exist-00007', 'iPhone 12', 'x', 'x')").run();
      const duplicate = { id: database.db.prepare("SELECT id FROM products WHERE product_number = 'bm-exist-00007'").pluck().get() as number };
      expect(catalogue.save({ productNumber: 'BM-EXIST-00007', title: 'iPhone 12', stock: 4 }, kept.id).stock).toBe(4);
      expect(catalogue.save({ productNumber: 'bm-exist-00007', title: 'iPhone 12', stock: 9 }, duplicate.id).stock).toBe(9);
      expect(catalogue.save({ productNumber: 'BM-EXIST-00008', title: 'iPhone 12', stock: 9 }, duplicate.id).productNumber).toBe('BM-EXIST-00008');
    } finally {
      staging.cleanup();
      database.cleanup();
    }
  });
});
