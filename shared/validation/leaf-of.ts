// Which Back Market leaf a product goes to: its own leaf when the merchant set one, else the leaf of its category's rule
// for its brand, else its category's leaf. The one answer plan, readiness, sync and export read.
import type { ValidationProduct } from './types';

/** How a brand is matched: trimmed, letters A–Z without case (as SQLite's NOCASE, so SQL counts agree). */
export const brandKey = (brand: string) => brand.trim().replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

export type LeafChoice = 'product' | 'brand' | 'category';

export interface LeafRules {
  categories: ReadonlyMap<string, number>;
  /** Merchant category -> brandKey -> leaf. */
  brandRules: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Product number -> leaf. */
  productLeaves: ReadonlyMap<string, number>;
}

/** The leaf of a product and what chose it; undefined when nothing maps it. */
export function resolveLeaf(product: Pick<ValidationProduct, 'productNumber' | 'category' | 'brand'>, rules: LeafRules): { marketplaceCategoryId: number; via: LeafChoice } | undefined {
  const own = rules.productLeaves.get(product.productNumber);
  if (own !== undefined) return { marketplaceCategoryId: own, via: 'product' };
  if (!product.category) return undefined;
  const byBrand = product.brand ? rules.brandRules.get(product.category)?.get(brandKey(product.brand)) : undefined;
  if (byBrand !== undefined) return { marketplaceCategoryId: byBrand, via: 'brand' };
  const mapped = rules.categories.get(product.category);
  return mapped === undefined ? undefined : { marketplaceCategoryId: mapped, via: 'category' };
}

export const leafIdOf = (product: Pick<ValidationProduct, 'productNumber' | 'category' | 'brand'>, rules: LeafRules): number | undefined => resolveLeaf(product, rules)?.marketplaceCategoryId;
