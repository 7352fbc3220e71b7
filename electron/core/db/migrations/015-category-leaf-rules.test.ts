// Migration category-leaf-rules: one brand rule per category and brand (letter case ignored), one leaf per product.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { categoryLeafRules } from './015-category-leaf-rules';
import { migrate, MIGRATIONS } from './index';

it('keeps one rule per category and brand whatever its letter case, and one leaf per product number', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(categoryLeafRules) + 1));
  const rule = db.prepare("INSERT INTO category_brand_rules (merchant_category, brand, marketplace_category_id, updated_at) VALUES ('Phones > Smartphones', ?, ?, 'now')");
  rule.run('Apple', 2);
  rule.run('Samsung', 3);
  expect(() => rule.run('APPLE', 3)).toThrow(/UNIQUE|PRIMARY KEY/);
  expect(db.prepare("SELECT marketplace_category_id FROM category_brand_rules WHERE brand = 'apple'").pluck().get()).toBe(2);
  const override = db.prepare("INSERT INTO product_leaf_overrides (product_number, marketplace_category_id, updated_at) VALUES ('IP13', ?, 'now')");
  override.run(4);
  expect(() => override.run(2)).toThrow(/UNIQUE|PRIMARY KEY/);
  db.close();
});
