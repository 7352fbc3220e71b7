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
  /** The running hashes of the base content and price cells, continued with each country's cells; built on first use. */
  baseHashes: () => { content: RunningHash; price: RunningHash };
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

export function productCells(product: ValidationProduct, rules: OfferRules): ProductCells {
  const base = rules.base.map((entry) => entry.read(product));
  const at = (column: string) => {
    const index = rules.base.findIndex((entry) => entry.column === column);
    return index === -1 ? '' : (base[index] ?? '');
  };
  const quantity = at('quantity');
  let hashes: { content: RunningHash; price: RunningHash } | undefined;
  return {
    product,
    base,
    sku: at('sku'),
    quantity,
    stockHash: stockHashOf(quantity),
    // A first sync hashes only the offers the budget lets go now (their lines carry the hashes).
    baseHashes: () => (hashes ??= { content: hashInto(new RunningHash(), rules.base, base, 'content'), price: hashInto(new RunningHash(), rules.base, base, 'price') }),
  };
}

export function countryCells(product: ProductCells, rules: CountryRules): CountryCells {
  const cells = rules.rules.map((entry) => entry.read(product.product));
  return {
    rules,
    cells,
    hashes: {
      stock: product.stockHash,
      price: hashInto(product.baseHashes().price.copy(), rules.rules, cells, 'price').digest(),
      content: hashInto(product.baseHashes().content.copy(), rules.rules, cells, 'content').digest(),
    },
  };
}

/** The offer's cells (CSV column -> value), those of the given groups only when asked; empty values are left out. */
export function offerValues(base: readonly CellRule[], product: ProductCells, country: CountryCells, groups?: ReadonlySet<CellRule['group']>): Record<string, string> {
  const values: Record<string, string> = {};
  const add = (rules: readonly CellRule[], cells: readonly (string | null)[]) => {
    for (let index = 0; index < rules.length; index += 1) {
      const entry = rules[index] as CellRule;
      const value = cells[index];
      if (value === null || value === undefined) continue;
      if (!groups || entry.identity || groups.has(entry.group)) values[entry.column] = value;
    }
  };
  add(base, product.base);
  add(country.rules.rules, country.cells);
  return values;
}

/** The SKU cell alone, as productCells gives it ('' when unmapped): what a blocked offer shows without its other cells. */
export function skuReader(rules: OfferRules): (product: ValidationProduct) => string {
  const rule = rules.base.find((entry) => entry.column === 'sku');
  return (product) => (rule ? (rule.read(product) ?? '') : '');
}
