// The rules that send one merchant category to several leaves, in SQLite: per brand (category_brand_rules) and per
// product (product_leaf_overrides); and the product's leaf as SQL, for the counts and scopes SQLite answers.
import type { Db } from '../db/connection';

export interface BrandRuleRow {
  merchantCategory: string;
  brand: string;
  marketplaceCategoryId: number;
}

export interface ProductLeafRow {
  productNumber: string;
  marketplaceCategoryId: number;
}

/**
 * The leaf of product row `p`, as the validation engine resolves it (shared/validation/leaf-of): its own leaf, else its
 * category's rule for its brand (trimmed, letter case ignored by the column's NOCASE), else its category's leaf.
 */
export const PRODUCT_LEAF_SQL = `coalesce(
  (SELECT o.marketplace_category_id FROM product_leaf_overrides o WHERE o.product_number = p.product_number),
  (SELECT r.marketplace_category_id FROM category_brand_rules r WHERE r.merchant_category = p.category AND r.brand = trim(p.brand)),
  (SELECT m.marketplace_category_id FROM category_mappings m WHERE m.merchant_category = p.category))`;

/** Products of row alias `p` that go to leaf @leaf. */
export const IN_LEAF_WHERE = `${PRODUCT_LEAF_SQL} = @leaf`;

export function brandRules(db: Db): BrandRuleRow[] {
  return db
    .prepare('SELECT merchant_category AS merchantCategory, brand, marketplace_category_id AS marketplaceCategoryId FROM category_brand_rules ORDER BY merchant_category, brand COLLATE NOCASE')
    .all() as BrandRuleRow[];
}

export function setBrandRule(db: Db, merchantCategory: string, brand: string, marketplaceCategoryId: number | null, now: string): void {
  if (marketplaceCategoryId === null) db.prepare('DELETE FROM category_brand_rules WHERE merchant_category = ? AND brand = ?').run(merchantCategory, brand.trim());
  else {
    db.prepare(
      `INSERT INTO category_brand_rules (merchant_category, brand, marketplace_category_id, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(merchant_category, brand) DO UPDATE SET marketplace_category_id = excluded.marketplace_category_id, updated_at = excluded.updated_at`,
    ).run(merchantCategory, brand.trim(), marketplaceCategoryId, now);
  }
}

export function productLeaves(db: Db): ProductLeafRow[] {
  return db.prepare('SELECT product_number AS productNumber, marketplace_category_id AS marketplaceCategoryId FROM product_leaf_overrides ORDER BY product_number').all() as ProductLeafRow[];
}

export function setProductLeaf(db: Db, productNumber: string, marketplaceCategoryId: number | null, now: string): void {
  if (marketplaceCategoryId === null) db.prepare('DELETE FROM product_leaf_overrides WHERE product_number = ?').run(productNumber);
  else {
    db.prepare(
      `INSERT INTO product_leaf_overrides (product_number, marketplace_category_id, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(product_number) DO UPDATE SET marketplace_category_id = excluded.marketplace_category_id, updated_at = excluded.updated_at`,
    ).run(productNumber, marketplaceCategoryId, now);
  }
}

/** Every leaf some rule or product points to (besides the category mappings). */
export function ruleLeafIds(db: Db): number[] {
  return db.prepare('SELECT marketplace_category_id FROM category_brand_rules UNION SELECT marketplace_category_id FROM product_leaf_overrides').pluck().all() as number[];
}

/** How many brand rules and products' own leaves a category has, and the last-level leaves of the stored tree they use. */
export function categoryBranchSummary(db: Db, merchantCategory: string): { brandRules: number; ownLeaves: number; leafIds: number[] } {
  const brandLeaves = db.prepare('SELECT marketplace_category_id FROM category_brand_rules WHERE merchant_category = ?').pluck().all(merchantCategory) as number[];
  const ownLeaves = db
    .prepare('SELECT o.marketplace_category_id FROM product_leaf_overrides o JOIN products p ON p.product_number = o.product_number WHERE p.category = ?')
    .pluck()
    .all(merchantCategory) as number[];
  const stored = db.prepare('SELECT 1 FROM bm_categories WHERE marketplace_category_id = ? AND is_leaf = 1');
  const leafIds = [...new Set([...brandLeaves, ...ownLeaves])].filter((id) => stored.get(id) !== undefined).sort((a, b) => a - b);
  return { brandRules: brandLeaves.length, ownLeaves: ownLeaves.length, leafIds };
}

/** The category's products that follow its own leaf: no brand rule of theirs, no leaf of their own. */
export function productsFollowingCategory(db: Db, merchantCategory: string): number {
  return db
    .prepare(
      `SELECT count(*) FROM products p WHERE p.category = ? AND p.product_number NOT IN (SELECT product_number FROM product_leaf_overrides)
        AND NOT EXISTS (SELECT 1 FROM category_brand_rules r WHERE r.merchant_category = p.category AND r.brand = trim(p.brand))`,
    )
    .pluck()
    .get(merchantCategory) as number;
}
