// One merchant category sent to several Back Market leaves: by brand (Apple -> iPhone, Samsung -> Android smartphones,
// the other brands -> the category's leaf) or one product at a time. What the mapping screen shows of each branch.
import type { CategoryHit } from './mapping';

export interface BrandBranch {
  /** The brand as the catalogue spells it most often (matched without letter case). */
  brand: string;
  /** Products of the category with this brand, not counting those sent to a leaf of their own. */
  productCount: number;
  /** The leaf of this brand's rule; null when the brand follows the category's leaf. */
  marketplaceCategoryId: number | null;
  /** The rule's leaf as stored in the tree; null without a rule or when the tree no longer has it. */
  leaf: CategoryHit | null;
}

export interface ProductLeafBranch {
  productNumber: string;
  title: string | null;
  brand: string | null;
  marketplaceCategoryId: number;
  leaf: CategoryHit | null;
}

export interface CategoryBranches {
  merchantCategory: string;
  /** Every brand of the category's products (and every brand with a rule), rules first. */
  brands: BrandBranch[];
  /** What the brands without a rule follow: the category's own leaf, and how many products go there. */
  others: { marketplaceCategoryId: number | null; leaf: CategoryHit | null; productCount: number };
  /** The category's products sent to a leaf of their own. */
  products: ProductLeafBranch[];
}

/** Which leaf one product goes to, and what chose it (its own leaf, its category's rule for its brand, its category). */
export interface ProductLeaf {
  productNumber: string;
  via: 'product' | 'brand' | 'category' | null;
  marketplaceCategoryId: number | null;
  leaf: CategoryHit | null;
  brand: string | null;
  category: string | null;
}
