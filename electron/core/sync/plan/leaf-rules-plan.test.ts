// One merchant category, several Back Market leaves, as the planner sends them: a brand rule sends the category's
// Samsung phones to the Android leaf while the other brands keep the category's leaf, and a product's own leaf wins
// over both; the leaf's own attributes are the ones sent.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBrandRule, setProductLeaf } from '../../mapping/leaf-rules-repo';
import type { Plan } from '../plan-types';
import { KIT_NOW, phone, plannerKit, type PlannerKit } from './plan-test-kit';

let kit: PlannerKit;
const at = KIT_NOW.toISOString();

beforeEach(() => {
  kit = plannerKit();
  // Leaf 3 (Android smartphones) has leaf 2's attributes: map them the same way.
  kit.db.exec(`
    INSERT INTO field_mappings (bm_field, country, source, updated_at)
      SELECT replace(bm_field, 'category:2:', 'category:3:'), country, source, updated_at FROM field_mappings WHERE bm_field LIKE 'category:2:%';
    INSERT INTO value_maps (map, merchant_value, target, updated_at)
      SELECT replace(map, 'attribute:2:', 'attribute:3:'), merchant_value, target, updated_at FROM value_maps WHERE map LIKE 'attribute:2:%';
  `);
  kit.save(phone(1));
  kit.save(phone(2, { productNumber: 'S21-2', title: 'Galaxy S21 #2', brand: ' samsung ' }));
  kit.save(phone(3, { productNumber: 'S21-3', title: 'Galaxy S21 #3', brand: 'Samsung' }));
});
afterEach(() => kit.cleanup());

const leafSent = (plan: Plan, country: string) =>
  Object.fromEntries(
    (parse(plan.tasks.find((task) => task.country === country)?.csv ?? '', { delimiter: ';', quote: '"', columns: true }) as Record<string, string>[]).map((row) => [row.sku, row.category_id]),
  );

describe('the leaf of each product, as the plan sends it', () => {
  it('sends the category to its leaf when no rule applies', () => {
    expect(leafSent(kit.plan(), 'fr-fr')).toEqual({ 'IP13-1': '2', 'S21-2': '2', 'S21-3': '2' });
  });

  it('sends one brand of the category to the leaf of its rule, whatever the spacing and letter case of the brand', () => {
    setBrandRule(kit.db, 'Phones', 'SAMSUNG', 3, at);
    const plan = kit.plan();
    for (const country of ['fr-fr', 'de-de', 'en-gb']) expect(leafSent(plan, country)).toEqual({ 'IP13-1': '2', 'S21-2': '3', 'S21-3': '3' });
    expect(plan.blocked).toEqual([]);
  });

  it('sends a product to its own leaf over its brand rule, and back when the override is removed', () => {
    setBrandRule(kit.db, 'Phones', 'Samsung', 3, at);
    setProductLeaf(kit.db, 'S21-3', 2, at);
    setProductLeaf(kit.db, 'IP13-1', 3, at);
    expect(leafSent(kit.plan(), 'fr-fr')).toEqual({ 'IP13-1': '3', 'S21-2': '3', 'S21-3': '2' });
    setProductLeaf(kit.db, 'S21-3', null, at);
    expect(leafSent(kit.plan(), 'fr-fr')).toMatchObject({ 'S21-3': '3' });
  });

  it('holds back the products of a rule whose leaf has required attributes not mapped, and only those', () => {
    setBrandRule(kit.db, 'Phones', 'Samsung', 4, at); // Keypad phones: its attributes are not mapped
    const plan = kit.plan();
    expect(leafSent(plan, 'fr-fr')).toEqual({ 'IP13-1': '2' });
    expect([...new Set(plan.blocked.map((offer) => offer.productNumber))].sort()).toEqual(['S21-2', 'S21-3']);
  });
});
