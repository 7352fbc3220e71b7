// Test support: the Units service over a temporary database with a recorded event bus, a helper to add catalogue
// products, and IMEIs with a right check digit built from any 14 digits.
import { afterEach, beforeEach } from 'vitest';
import { luhnCheckDigit, type UnitDetail, type UnitFields, type UnitInput } from '../../../shared/device-units';
import { unitInputSchema } from '../../../shared/device-units';
import type { Db } from '../db/connection';
import path from 'node:path';
import { EventBus } from '../events';
import { createFileStaging } from '../files/staging';
import { startOrdersKit, type OrdersKit } from '../orders/orders-test-kit';
import { tempDatabase } from '../test/temp-db';
import { createUnitsService, type UnitsService } from './units-service';

export interface UnitsKit {
  db: Db;
  units: UnitsService;
  events: { name: string; payload: unknown }[];
  addProduct(sku: string, stock: number | null): void;
  stockOf(sku: string): number | null;
  pending(sku: string): string[] | undefined;
  add(unit: UnitInput): ReturnType<UnitsService['add']>;
  /** Stages a CSV file as the renderer would; returns its file id. */
  stage(content: string): string;
  close(): void;
}

/** A valid IMEI from a 14-digit body (its Luhn check digit appended). */
export const imeiFrom = (body: string): string => `${body}${luhnCheckDigit(body)}`;

/** A valid IMEI numbered n, for tests that need many distinct devices. */
export const imeiNumber = (n: number): string => imeiFrom(`35${String(n).padStart(12, '0')}`);

export function startUnitsKit(now = () => new Date('2026-03-01T10:00:00Z')): UnitsKit {
  const temp = tempDatabase();
  const bus = new EventBus();
  const events: { name: string; payload: unknown }[] = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  const files = createFileStaging(path.join(path.dirname(temp.file), 'staging'));
  const units = createUnitsService({ database: () => temp.db, files, events: bus, now });
  return {
    db: temp.db,
    units,
    events,
    addProduct(sku, stock) {
      temp.db.prepare("INSERT INTO products (product_number, stock, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')").run(sku, stock);
    },
    stockOf: (sku) => temp.db.prepare('SELECT stock FROM products WHERE product_number = ?').pluck().get(sku) as number | null,
    pending: (sku) => {
      const fields = temp.db.prepare('SELECT fields FROM outbox WHERE product_number = ?').pluck().get(sku) as string | undefined;
      return fields === undefined ? undefined : (JSON.parse(fields) as string[]);
    },
    add: (unit) => units.add(unitInputSchema.parse(unit)),
    stage: (content) => files.stage('units.csv', Buffer.from(content, 'utf8')).fileId,
    close: temp.cleanup,
  };
}

/** Units beside real orders: the sandbox marketplace's orders kit (its history already imported as the baseline, so
 * it moves no device), the Units service over the kit's database, and one catalogue product to sell. */
export interface UnitsOnOrders {
  kit: OrdersKit;
  units: UnitsService;
  /** Adds a device of the product. */
  add(unit: Omit<UnitInput, 'sku'>): ReturnType<UnitsService['add']>;
  /** A customer buys one of the product (in France unless a market is named) and the orders are imported. */
  sell(country?: string): Promise<{ orderId: number; orderlineId: number }>;
}

export async function startUnitsOnOrders(sku: string, stock: number): Promise<UnitsOnOrders> {
  const kit = await startOrdersKit();
  await kit.orders.importOrders();
  const units = createUnitsService({ database: () => kit.db, files: { pathOf: () => { throw new Error('no import here'); } }, events: new EventBus(), now: () => new Date() });
  kit.addProduct(sku, stock);
  return {
    kit,
    units,
    add: (unit) => units.add(unitInputSchema.parse({ sku, ...unit })),
    async sell(country) {
      const placed = await kit.placeOrder([{ sku }], country ? { country_code: country } : undefined);
      await kit.orders.importOrders();
      const line = placed.orderlines[0];
      if (!line) throw new Error('the sandbox placed an order without a line');
      return { orderId: placed.order_id, orderlineId: line.id };
    },
  };
}

/** Units beside real orders started afresh for each test of the file (and closed after it): read its parts in a test. */
export function unitsOnOrdersInEachTest(sku: string, stock: number): UnitsOnOrders {
  let current: UnitsOnOrders | undefined;
  beforeEach(async () => {
    current = await startUnitsOnOrders(sku, stock);
  });
  afterEach(async () => {
    await current?.kit.close();
    current = undefined;
  });
  const started = (): UnitsOnOrders => {
    if (!current) throw new Error('units beside orders are there only while a test runs');
    return current;
  };
  return {
    get kit() {
      return started().kit;
    },
    get units() {
      return started().units;
    },
    add: (unit) => started().add(unit),
    sell: (country) => started().sell(country),
  };
}

/** A unit's details as the editor sends them back (what the merchant may change, without its id, status and history). */
export function editableFields(unit: UnitDetail): UnitFields {
  const { id: _id, history: _history, orderlineIds: _lines, returns: _returns, status: _status, createdAt: _created, updatedAt: _updated, ...fields } = unit;
  return fields;
}
