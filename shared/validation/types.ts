// What the validation engine works on: a product as it reads it, and the mapping as plain data (no I/O on either side).
import type { Product } from '../catalogue';
import type { FieldSource, LeafAttribute, MarketCountry } from '../mapping';

/** A product with what validation needs: its fields, free attributes and the prices stored per country. */
export type ValidationProduct = Omit<Product, 'updatedAt' | 'pending'> & {
  /** When the product last changed, if known: the readiness cache keeps it to tell which products to recheck. */
  updatedAt?: string;
  /** Stored prices of the price matrix, by country, in that country's currency. */
  countryPrices?: Readonly<Record<string, number>>;
};

export interface StoredLeaf {
  marketplaceCategoryId: number;
  path: string;
  isLeaf: boolean;
  attributes: LeafAttribute[];
}

/** Every mapping the merchant made, as stored. */
export interface MappingSnapshot {
  /** Enabled countries, in the order the merchant chose them. */
  countries: MarketCountry[];
  /** merchant category -> marketplace_category_id */
  categories: Readonly<Record<string, number>>;
  /** Merchant category -> brand as typed -> marketplace_category_id: the category's products of that brand go there. */
  brandRules?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Product number -> marketplace_category_id: that product goes there, whatever its category and brand. */
  productLeaves?: Readonly<Record<string, number>>;
  /** The stored tree's nodes that categories, brand rules and products map to, by marketplace_category_id. */
  leaves: Readonly<Record<number, StoredLeaf>>;
  /**
   * The same leaves in each enabled market's tree language (treeLanguageOf), by language then marketplace_category_id.
   * A language missing here has no stored tree: its markets' offers wait for it. Left out (older callers, tests of the
   * engine alone): every market reads `leaves`.
   */
  leafLanguages?: Readonly<Record<string, Readonly<Record<number, StoredLeaf>>>>;
  fields: readonly { backMarketField: string; country: string; source: FieldSource }[];
  values: readonly { map: string; merchantValue: string; target: string }[];
  warrantyMinimumMonths: number;
}
