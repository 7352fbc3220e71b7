// The carrier map lists the carriers found in imported orders, counted per order, next to the catalogue's own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection';
import { tempDatabase } from '../test/temp-db';
import type { MappingService } from './mapping-service';
import { mappingServiceOver } from './mapping-test-kit';
import { orderCarrierCounts } from './order-carriers';

let db: Db;
let cleanup: () => void;
let mapping: MappingService;

function addOrder(orderId: number, shipperDisplay: string) {
  db.prepare(
    `INSERT INTO orders (order_id, state, place, shipper_display, content_hash, imported_at, updated_at)
     VALUES (?, 3, 'shipped', ?, 'h', '2026-11-27T10:00:00Z', '2026-11-27T10:00:00Z')`,
  ).run(orderId, shipperDisplay);
}

beforeEach(() => {
  ({ db, cleanup } = tempDatabase());
  mapping = mappingServiceOver(db, '2026-11-27T10:00:00Z');
});
afterEach(() => cleanup());

describe('carriers found in orders', () => {
  it('counts each carrier name of the imported orders, trimmed, ignoring orders without one', () => {
    expect(orderCarrierCounts(db)).toEqual([]);
    addOrder(1, 'Colissimo');
    addOrder(2, ' Colissimo ');
    addOrder(3, 'PostNL');
    addOrder(4, '');
    expect(orderCarrierCounts(db)).toEqual([
      { value: 'Colissimo', count: 2 },
      { value: 'PostNL', count: 1 },
    ]);
  });

  it('lists them in the carrier map with a suggestion, mapped or not', () => {
    addOrder(1, 'Colissimo');
    addOrder(2, 'PostNL');
    mapping.setValue('carrier', 'PostNL', 'TNT');
    const entries = mapping.valueMap('carrier').entries;
    expect(entries).toEqual([
      { merchantValue: 'Colissimo', count: 1, target: null, suggestion: 'Colissimo' },
      { merchantValue: 'PostNL', count: 1, target: 'TNT', suggestion: 'TNT' },
    ]);
  });
});
