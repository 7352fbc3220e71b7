// The mapping service's calls for brand rules and products' own leaves: each checks the leaf is a last-level category of
// the stored tree, stores the rule, and marks pending the products whose leaf it changes.
import type { CategoryBranches, ProductLeaf } from '../../../shared/leaf-rules';
import { brandKey } from '../../../shared/validation/leaf-of';
import type { CategoryHit } from '../../../shared/mapping';
import type { Db } from '../db/connection';
import { notFound, saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { findCategory } from './category-tree-repo';
import { PRODUCT_LEAF_SQL, productsFollowingCategory, setBrandRule, setProductLeaf } from './leaf-rules-repo';

export interface LeafRuleDeps {
  requireDb: () => Db;
  stamp: () => string;
  markAll: (db: Db, productNumbers: readonly string[], fields: readonly string[]) => number;
  changed: (db: Db, section: 'categories', affected: number, ids?: readonly number[]) => void;
}

const leafHit = (db: Db, marketplaceCategoryId: number | null): CategoryHit | null => {
  const node = marketplaceCategoryId === null ? undefined : findCategory(db, marketplaceCategoryId);
  return node?.isLeaf ? (({ attributes: _attributes, ...hit }) => hit)(node) : null;
};

function requireLeaf(db: Db, marketplaceCategoryId: number): void {
  const node = findCategory(db, marketplaceCategoryId);
  if (!node) throw saidError('invalid-input', said('mapping.categoryNotInTree', { id: marketplaceCategoryId }));
  if (!node.isLeaf) throw saidError('invalid-input', said('mapping.notLeaf', { path: node.path }));
}

export function createLeafRuleCalls({ requireDb, stamp, markAll, changed }: LeafRuleDeps) {
  /** Runs a rule change and marks pending the products whose leaf it changed (they send another category_id). */
  const changeLeaves = (db: Db, scope: { where: string; params: Record<string, string> }, write: () => void) => {
    const leaves = () =>
      new Map(
        (db.prepare(`SELECT p.id AS id, p.product_number AS productNumber, ${PRODUCT_LEAF_SQL} AS leaf FROM products p WHERE ${scope.where}`).all(scope.params) as { id: number; productNumber: string; leaf: number | null }[]).map(
          (row) => [row.id, row],
        ),
      );
    const { affected, ids } = db.transaction(() => {
      const before = leaves();
      write();
      const moved = [...leaves().values()].filter((row) => before.get(row.id)?.leaf !== row.leaf);
      return { affected: markAll(db, moved.map((row) => row.productNumber), ['category_id']), ids: moved.map((row) => row.id) };
    })();
    changed(db, 'categories', affected, ids);
    return affected;
  };

  return {
    categoryBranches(merchantCategory: string): CategoryBranches {
      const db = requireDb();
      const mapped = db.prepare('SELECT marketplace_category_id FROM category_mappings WHERE merchant_category = ?').pluck().get(merchantCategory) as number | undefined;
      const rules = new Map(
        (db.prepare('SELECT brand, marketplace_category_id AS leaf FROM category_brand_rules WHERE merchant_category = ?').all(merchantCategory) as { brand: string; leaf: number }[]).map((row) => [brandKey(row.brand), row]),
      );
      // Brands counted without letter case, named by their most frequent spelling; products with a leaf of their own apart.
      const counts = db
        .prepare(
          `SELECT lower(trim(brand)) AS brandKey, trim(brand) AS brand, count(*) AS n FROM products p
            WHERE category = ? AND brand IS NOT NULL AND trim(brand) != '' AND product_number NOT IN (SELECT product_number FROM product_leaf_overrides)
            GROUP BY brandKey, trim(brand) ORDER BY n DESC, brand`,
        )
        .all(merchantCategory) as { brandKey: string; brand: string; n: number }[];
      const byBrand = new Map<string, { brand: string; productCount: number }>();
      for (const row of counts) {
        const entry = byBrand.get(row.brandKey);
        if (entry) entry.productCount += row.n;
        else byBrand.set(row.brandKey, { brand: row.brand, productCount: row.n });
      }
      for (const [key, rule] of rules) if (!byBrand.has(key)) byBrand.set(key, { brand: rule.brand, productCount: 0 });
      const brands = [...byBrand].map(([key, entry]) => {
        const rule = rules.get(key);
        return { ...entry, marketplaceCategoryId: rule?.leaf ?? null, leaf: leafHit(db, rule?.leaf ?? null) };
      });
      brands.sort((a, b) => Number(b.marketplaceCategoryId !== null) - Number(a.marketplaceCategoryId !== null) || b.productCount - a.productCount || a.brand.localeCompare(b.brand));
      const othersCount = productsFollowingCategory(db, merchantCategory);
      const products = (
        db
          .prepare(
            `SELECT p.product_number AS productNumber, p.title, p.brand, o.marketplace_category_id AS marketplaceCategoryId
               FROM product_leaf_overrides o JOIN products p ON p.product_number = o.product_number WHERE p.category = ? ORDER BY p.product_number`,
          )
          .all(merchantCategory) as { productNumber: string; title: string | null; brand: string | null; marketplaceCategoryId: number }[]
      ).map((row) => ({ ...row, leaf: leafHit(db, row.marketplaceCategoryId) }));
      return { merchantCategory, brands, others: { marketplaceCategoryId: mapped ?? null, leaf: leafHit(db, mapped ?? null), productCount: othersCount }, products };
    },

    productLeaf(productNumber: string): ProductLeaf {
      const db = requireDb();
      const row = db
        .prepare(
          `SELECT p.brand, p.category,
             (SELECT o.marketplace_category_id FROM product_leaf_overrides o WHERE o.product_number = p.product_number) AS own,
             (SELECT r.marketplace_category_id FROM category_brand_rules r WHERE r.merchant_category = p.category AND r.brand = trim(p.brand)) AS byBrand,
             (SELECT m.marketplace_category_id FROM category_mappings m WHERE m.merchant_category = p.category) AS byCategory
           FROM products p WHERE p.product_number = ?`,
        )
        .get(productNumber) as { brand: string | null; category: string | null; own: number | null; byBrand: number | null; byCategory: number | null } | undefined;
      if (!row) throw notFound({ thing: 'product' });
      const via = row.own !== null ? 'product' : row.byBrand !== null ? 'brand' : row.byCategory !== null ? 'category' : null;
      const marketplaceCategoryId = row.own ?? row.byBrand ?? row.byCategory;
      return { productNumber, via, marketplaceCategoryId, leaf: leafHit(db, marketplaceCategoryId), brand: row.brand, category: row.category };
    },

    setBrandRule(merchantCategory: string, brand: string, marketplaceCategoryId: number | null) {
      const db = requireDb();
      if (marketplaceCategoryId !== null) requireLeaf(db, marketplaceCategoryId);
      const affectedProducts = changeLeaves(db, { where: 'p.category = @category', params: { category: merchantCategory } }, () => setBrandRule(db, merchantCategory, brand, marketplaceCategoryId, stamp()));
      return { affectedProducts };
    },

    setProductLeaf(productNumber: string, marketplaceCategoryId: number | null) {
      const db = requireDb();
      const exists = db.prepare('SELECT 1 FROM products WHERE product_number = ?').get(productNumber) !== undefined;
      if (!exists) throw notFound({ thing: 'product' });
      if (marketplaceCategoryId !== null) requireLeaf(db, marketplaceCategoryId);
      const affectedProducts = changeLeaves(db, { where: 'p.product_number = @productNumber', params: { productNumber } }, () => setProductLeaf(db, productNumber, marketplaceCategoryId, stamp()));
      return { affectedProducts, marketplaceCategoryId };
    },
  };
}
