// Test kit for the planner and the listings queries: a real SQLite file with the sandbox's category tree, a merchant's
// mapping for phones in three countries, products added and edited the way the catalogue does, and Back Market's
// answers applied to listing_states as the runner applies them.
import categoryTree from '../../../../resources/sandbox/category-tree.json' with { type: 'json' };
import type { FieldSource } from '../../../../shared/mapping';
import type { MappingSnapshot } from '../../../../shared/validation';
import { SkuLineBudget, type CategoryTree } from '../../backmarket';
import type { Db } from '../../db/connection';
import { markPending } from '../../db/outbox-repo';
import type { FieldValues } from '../../db/product-columns';
import { deleteProducts, findProductId, setField, upsertProduct } from '../../db/products-repo';
import { treeForMarket } from '../../../sandbox/domain/category-languages';
import type { CategoryNode } from '../../../sandbox/state/types';
import { storeCategoryTree, storeTreeLanguage } from '../../mapping/category-tree-repo';
import { setCategoryMapping, setFieldMapping, setValueMapping } from '../../mapping/mapping-repo';
import { loadSnapshot, marketCountries } from '../../mapping/snapshot';
import { tempDatabase } from '../../test/temp-db';
import type { Plan, PlannedLine } from '../plan-types';
import { lineHash } from './hashes';
import { planSync } from './plan-sync';

export const KIT_NOW = new Date('2026-11-27T10:00:00.000Z');
export const KIT_COUNTRIES = marketCountries([
  { code: 'fr-fr', language: 'fr' },
  { code: 'de-de', language: 'de' },
  { code: 'en-gb', language: 'en' },
]);

/** A merchant's mapping of what every phone listing needs (the mapping benchmark maps its catalogue with it too). */
export const PHONE_FIELD_MAPPING: readonly [string, string, FieldSource][] = [
  ['brand', '', { kind: 'field', field: 'brand' }],
  ['image1', '', { kind: 'field', field: 'image1' }],
  ['weight', '', { kind: 'field', field: 'weightGrams' }],
  ['title', '', { kind: 'field', field: 'title' }],
  ['description', '', { kind: 'field', field: 'description' }],
  ['price_new', '', { kind: 'fixed', value: '999' }],
  ['sku', '', { kind: 'field', field: 'productNumber' }],
  ['grade', '', { kind: 'field', field: 'condition' }],
  ['quantity', '', { kind: 'field', field: 'stock' }],
  ['ean', '', { kind: 'field', field: 'ean' }],
  ['price', '', { kind: 'field', field: 'price' }],
  ['warranty_delay', '', { kind: 'fixed', value: '12' }],
  ['currency', 'en-gb', { kind: 'fixed', value: 'GBP' }],
  ['category:2:model', '', { kind: 'attribute', name: 'Model' }],
  ['category:2:color', '', { kind: 'field', field: 'colour' }],
  ['category:2:storage', '', { kind: 'field', field: 'storage' }],
  // A decimal comma as a French merchant types it: the line sends it with a point.
  ['category:2:screen_size', '', { kind: 'fixed', value: '6,1' }],
  ['category:2:network', '', { kind: 'fixed', value: 'Débloqué' }],
];

/** The kit's merchant adds a German title, a comment, a carrier and the DEEE fee. */
const MAPPING: readonly [string, string, FieldSource][] = [
  ...PHONE_FIELD_MAPPING,
  ['title', 'de-de', { kind: 'attribute', name: 'Titel' }],
  ['comment', '', { kind: 'attribute', name: 'Comment' }],
  ['shipper_1', '', { kind: 'attribute', name: 'Carrier' }],
  ['shipping_price_1', '', { kind: 'fixed', value: '0' }],
  ['shipping_delay_1', '', { kind: 'fixed', value: '48' }],
  ['deee_price', '', { kind: 'fixed', value: '0.5' }],
];

/** A phone ready in every country (its en-gb price is stored in the price matrix, in GBP). */
export function phone(index: number, overrides: FieldValues = {}): FieldValues {
  return {
    productNumber: `IP13-${index}`,
    title: `iPhone 13 128 Go Noir #${index}`,
    description: 'Reconditionné, testé sur 30 points.',
    ean: ['4006381333931', '0885909950805', '5901234123457', '4007817327098'][index % 4] as string,
    brand: 'Apple',
    category: 'Phones',
    condition: 'A',
    stock: 3,
    price: 499.9,
    weightGrams: 174,
    colour: 'Midnight',
    storage: '128 GB',
    image1: `https://img.example/${index}.jpg`,
    ...overrides,
  };
}

export const PHONE_ATTRIBUTES = { Model: 'A2633', Titel: 'iPhone 13 128 GB Schwarz', Comment: 'Boîte d’origine', Carrier: 'Colissimo' };

export interface PlannerKit {
  db: Db;
  cleanup: () => void;
  snapshot: () => MappingSnapshot;
  budget: SkuLineBudget;
  plan: (now?: Date) => Plan;
  /** Adds or saves a product as the product form does (the outbox marks it); returns its id. */
  save: (values: FieldValues, attributes?: Record<string, string>) => number;
  /** A bulk edit of one field, as the catalogue's bulk edit does. */
  edit: (productNumber: string, field: 'stock' | 'price' | 'title' | 'condition', value: string | number | null) => void;
  remove: (productNumber: string) => void;
  setCountryPrice: (productNumber: string, country: string, price: number) => void;
  /** Back Market accepts everything the plan sent (listing ids given), as the runner records it; settled outbox entries go. */
  acceptAll: (plan: Plan, except?: PlannedLine) => void;
  /** Back Market refuses a line: status none, its message and the line's full hash as rejected_hash. */
  reject: (plan: Plan, line: PlannedLine, message: string) => void;
}

export function plannerKit(): PlannerKit {
  const { db, cleanup } = tempDatabase();
  const at = KIT_NOW.toISOString();
  // Each market language's tree as Back Market (here the sandbox) serves it: same ids, names and values translated.
  storeCategoryTree(db, categoryTree as CategoryTree[], at, 'fr', 'fr-fr');
  for (const market of ['de-de', 'en-gb']) storeTreeLanguage(db, market.slice(0, 2), market, treeForMarket(categoryTree as unknown as CategoryNode[], market) as CategoryTree[], at);
  db.transaction(() => {
    setCategoryMapping(db, 'Phones', 2, at);
    for (const [field, country, source] of MAPPING) setFieldMapping(db, field, country, source, at);
    for (const [value, grade] of [['A+', 'PREMIUM'], ['A', 'EXCELLENT'], ['B', 'VERY_GOOD']] as const) setValueMapping(db, 'condition', value, grade, at);
    setValueMapping(db, 'attribute:2:color', 'Midnight', 'Noir', at);
    setValueMapping(db, 'attribute:2:storage', '128 GB', '128 Go', at);
    // German and English values: a French value is not sent to de-de or en-gb ('128 GB' is already one of theirs).
    for (const [language, black, unlocked] of [['de', 'Schwarz', 'Entsperrt'], ['en', 'Black', 'Unlocked']] as const) {
      setValueMapping(db, `attribute:2:color:${language}`, 'Midnight', black, at);
      setValueMapping(db, `attribute:2:network:${language}`, 'Débloqué', unlocked, at);
    }
    setValueMapping(db, 'carrier', 'Colissimo', 'Colissimo', at);
  })();
  const snapshot = () => loadSnapshot(db, KIT_COUNTRIES);
  const budget = new SkuLineBudget();
  const idOf = (productNumber: string) => findProductId(db, productNumber) as number;
  const kit: PlannerKit = {
    db,
    cleanup,
    snapshot,
    budget,
    plan: (now = KIT_NOW) => planSync({ db, snapshot: snapshot(), now, budget }),
    save(values, attributes = PHONE_ATTRIBUTES) {
      const id = upsertProduct(db, values, attributes, at);
      markPending(db, values.productNumber as string, 'upsert', ['title'], at);
      const stored = db.prepare("SELECT count(*) FROM country_prices WHERE product_id = ? AND country = 'en-gb'").pluck().get(id) as number;
      if (stored === 0) db.prepare("INSERT INTO country_prices (product_id, country, price_cents) VALUES (?, 'en-gb', 42900)").run(id);
      return id;
    },
    edit(productNumber, field, value) {
      for (const changed of setField(db, [idOf(productNumber)], field, value, at)) markPending(db, changed, 'upsert', [field], at);
    },
    remove(productNumber) {
      for (const deleted of deleteProducts(db, [idOf(productNumber)])) markPending(db, deleted, 'delete', [], at);
    },
    setCountryPrice(productNumber, country, price) {
      db.prepare('INSERT OR REPLACE INTO country_prices (product_id, country, price_cents) VALUES (?, ?, ?)').run(idOf(productNumber), country, Math.round(price * 100));
      markPending(db, productNumber, 'upsert', [`price:${country}`], at, [country]);
    },
    acceptAll(plan, except) {
      acceptPlan(db, plan, at, except);
    },
    reject(plan, line, message) {
      const task = plan.tasks.find((entry) => entry.lines.includes(line));
      const csvLine = task ? `${task.header.join(';')}\n${task.csvLines[task.lines.indexOf(line)] ?? ''}` : '';
      upsertState(db, line.productNumber, line.country, line.sku, at);
      db.prepare("UPDATE listing_states SET status = 'none', none_source = 'backmarket', error = ?, csv_line = ?, rejected_hash = ? WHERE product_number = ? AND country = ?").run(
        message,
        csvLine,
        lineHash(line.hashes),
        line.productNumber,
        line.country,
      );
    },
  };
  return kit;
}

function upsertState(db: Db, productNumber: string, country: string, sku: string, at: string): void {
  db.prepare(
    `INSERT INTO listing_states (product_number, country, sku, status, updated_at) VALUES (?, ?, ?, 'pending', ?)
     ON CONFLICT(product_number, country) DO NOTHING`,
  ).run(productNumber, country, sku, at);
}

let nextListingId = 1000;

function acceptPlan(db: Db, plan: Plan, at: string, except?: PlannedLine): void {
  const accept = db.prepare(
    `UPDATE listing_states SET status = 'published', none_source = NULL, error = '', rejected_hash = '', accepted_values = @values,
       stock_hash = @stock, price_hash = @price, content_hash = @content, listing_id = coalesce(listing_id, @listingId),
       publication_state = 2, last_sync_at = @at, updated_at = @at
     WHERE product_number = @productNumber AND country = @country`,
  );
  const listingIds = new Map<string, number>();
  db.transaction(() => {
    for (const task of plan.tasks) {
      for (const line of task.lines) {
        upsertState(db, line.productNumber, line.country, line.sku, at);
        if (line === except) continue;
        let listingId = listingIds.get(line.sku);
        if (listingId === undefined) listingIds.set(line.sku, (listingId = (nextListingId += 1)));
        accept.run({ values: JSON.stringify(line.values), ...line.hashes, listingId, at, productNumber: line.productNumber, country: line.country });
      }
    }
    const stock = db.prepare(
      `UPDATE listing_states SET stock_hash = ?, accepted_values = json_set(accepted_values, '$.quantity', ?), last_sync_at = ? WHERE product_number = ? AND country = ?`,
    );
    for (const update of plan.realtime) for (const country of update.countries) stock.run(update.stockHash, String(update.quantity), at, update.productNumber, country);
    const block = db.prepare(
      `INSERT INTO listing_states (product_number, country, sku, status, none_source, error, error_said, updated_at) VALUES (?, ?, ?, 'none', 'preflight', ?, ?, ?)
       ON CONFLICT(product_number, country) DO UPDATE SET status = 'none', none_source = 'preflight', error = excluded.error, error_said = excluded.error_said`,
    );
    for (const offer of plan.blocked) block.run(offer.productNumber, offer.country, offer.sku, offer.problems.join(' '), JSON.stringify(offer.reasons), at);
    const settle = db.prepare('DELETE FROM outbox WHERE product_number = ?');
    for (const productNumber of plan.settles) settle.run(productNumber);
  })();
}
