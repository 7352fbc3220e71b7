// One product's offers as the catalogue and the mapping describe them now: its cells per enabled country and the three
// hashes. The country-independent part is resolved and hashed once per product; the values object is only built for
// an offer that has something to send.
import type { ValidationProduct } from '../../../../shared/validation';
import type { OfferHashes } from '../plan-types';
import { RunningHash, stockHashOf } from './hashes';
import type { CellRule, CountryRules, OfferRules } from './offer-cells';

export interface ProductCells {
  product: ValidationProduct;
  base: (string | null)[];
  /** The SKU as sent ('' when unmapped, for a product the pre-flight check holds back). */
  sku: string;
  quantity: string;
  stockHash: string;
  /** The rules the base cells were read with. */
  baseRules: readonly CellRule[];
  /**
   * The running hashes of the base content and price cells, continued with each country's cells; built on first use
   * (baseHashesOf): a first sync hashes only the offers the budget lets go now (their lines carry the hashes).
   */
  baseHashes: { content: RunningHash; price: RunningHash } | undefined;
}

export interface CountryCells {
  rules: CountryRules;
  cells: (string | null)[];
  hashes: OfferHashes;
}

function hashInto(hash: RunningHash, rules: readonly CellRule[], cells: readonly (string | null)[], group: CellRule['group']): RunningHash {
  for (let index = 0; index < rules.length; index += 1) {
    const value = cells[index];
    const entry = rules[index] as CellRule;
    if (value !== null && value !== undefined && entry.group === group) hash.addCell(entry.column, value);
  }
  return hash;
}

/** The base cell of a column ('' when unmapped or empty). */
function baseCell(rules: OfferRules, base: readonly (string | null)[], column: string): string {
  const index = rules.base.findIndex((entry) => entry.column === column);
  return index === -1 ? '' : (base[index] ?? '');
}

/** Each rule's cell for this product (no closure per call: a plan or an import reads one list per offer). */
function readCells(rules: readonly CellRule[], product: ValidationProduct): (string | null)[] {
  const cells = new Array<string | null>(rules.length);
  for (let index = 0; index < rules.length; index += 1) cells[index] = (rules[index] as CellRule).read(product);
  return cells;
}

export function productCells(product: ValidationProduct, rules: OfferRules): ProductCells {
  const base = readCells(rules.base, product);
  const quantity = baseCell(rules, base, 'quantity');
  return { product, base, sku: baseCell(rules, base, 'sku'), quantity, stockHash: stockHashOf(quantity), baseRules: rules.base, baseHashes: undefined };
}

function baseHashesOf(product: ProductCells): { content: RunningHash; price: RunningHash } {
  return (product.baseHashes ??= {
    content: hashInto(new RunningHash(), product.baseRules, product.base, 'content'),
    price: hashInto(new RunningHash(), product.baseRules, product.base, 'price'),
  });
}

/** One running hash continued for every offer in turn: an offer's digest needs no copy of its product's hash. */
const continued = new RunningHash();

export function countryCells(product: ProductCells, rules: CountryRules): CountryCells {
  const cells = readCells(rules.rules, product.product);
  const base = baseHashesOf(product);
  return {
    rules,
    cells,
    hashes: {
      stock: product.stockHash,
      price: hashInto(continued.from(base.price), rules.rules, cells, 'price').digest(),
      content: hashInto(continued.from(base.content), rules.rules, cells, 'content').digest(),
    },
  };
}

/** Adds the non-empty cells of these rules (of the given groups only when asked; identity cells always) to `values`. */
function addCells(values: Record<string, string>, rules: readonly CellRule[], cells: readonly (string | null)[], groups: ReadonlySet<CellRule['group']> | undefined): void {
  for (let index = 0; index < rules.length; index += 1) {
    const entry = rules[index] as CellRule;
    const value = cells[index];
    if (value === null || value === undefined) continue;
    if (!groups || entry.identity || groups.has(entry.group)) values[entry.column] = value;
  }
}

/**
 * The offer's cells (CSV column -> value), those of the given groups only when asked; empty values are left out. No
 * closure per call: a plan or an import builds one per offer.
 */
export function offerValues(base: readonly CellRule[], product: ProductCells, country: CountryCells, groups?: ReadonlySet<CellRule['group']>): Record<string, string> {
  const values: Record<string, string> = {};
  addCells(values, base, product.base, groups);
  addCells(values, country.rules.rules, country.cells, groups);
  return values;
}

/** The SKU cell alone, as productCells gives it ('' when unmapped): what a blocked offer shows without its other cells. */
export function skuReader(rules: OfferRules): (product: ValidationProduct) => string {
  const rule = rules.base.find((entry) => entry.column === 'sku');
  return (product) => (rule ? (rule.read(product) ?? '') : '');
}
