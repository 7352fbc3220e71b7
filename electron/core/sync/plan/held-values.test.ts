import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../../test/temp-db';
import { changedCells, sameCell } from './held-values';
import { backMarketSpelling } from './plan-reads';

describe('what Back Market holds beside what the catalogue sends', () => {
  it('compares numbers as numbers, SKUs whatever their case, texts without their outer spaces', () => {
    expect(sameCell('price', '289.00', '289')).toBe(true);
    expect(sameCell('quantity', '7', '7.0')).toBe(true);
    expect(sameCell('warranty_delay', '12', '24')).toBe(false);
    expect(sameCell('sku', 'ip11-64gb-Blac', 'IP11-64GB-BLAC')).toBe(true);
    expect(sameCell('comment', 'Très bon état ', 'Très bon état')).toBe(true);
    // A text of digits is no number: "007" is not "7".
    expect(sameCell('model', '007', '7')).toBe(false);
  });

  it('lists only the cells of the groups asked that differ, leaving out an EAN Back Market never said', () => {
    const held = { sku: 'IP13-2', product_id: 'uuid-1', price: '499.90', currency: 'EUR', grade: 'EXCELLENT', quantity: '3' };
    const sent = { sku: 'ip13-2', ean: '5901234123457', product_id: 'uuid-1', price: '489.9', currency: 'EUR', grade: 'EXCELLENT', quantity: '3' };
    expect(changedCells(sent, held, new Set(['price']))).toEqual([{ field: 'price', before: '499.90', after: '489.9' }]);
    expect(changedCells(sent, held, new Set(['stock', 'content']))).toEqual([]);
    expect(changedCells({ ...sent, product_id: 'uuid-2' }, held, new Set(['content']))).toEqual([{ field: 'product_id', before: 'uuid-1', after: 'uuid-2' }]);
  });

  it("spells a SKU as the account read found it, keeping one Back Market holds exactly as it is", () => {
    const { db, cleanup } = tempDatabase();
    try {
      const insert = db.prepare("INSERT INTO account_listings (country, sku, listing_uuid, quantity, price, read_at) VALUES ('fr-fr', ?, ?, 1, '10.00', '2026-12-06')");
      expect(backMarketSpelling(db)('ip11-64gb-Blac')).toBe('ip11-64gb-Blac');
      insert.run('IP11-64GB-BLAC', 'a');
      insert.run('IP13-2', 'b');
      insert.run('ip13-2', 'c');
      const spelled = backMarketSpelling(db);
      expect(spelled('ip11-64gb-Blac')).toBe('IP11-64GB-BLAC');
      expect(spelled('ip13-2')).toBe('ip13-2');
      expect(spelled('NEW-1')).toBe('NEW-1');
    } finally {
      cleanup();
    }
  });
});
