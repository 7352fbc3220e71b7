// The leaf resolver: a product's own leaf, else its category's rule for its brand, else its category's leaf.
import { describe, expect, it } from 'vitest';
import { compileContext } from './context';
import { resolveLeaf } from './leaf-of';

const context = compileContext({
  countries: [{ code: 'fr-fr', language: 'fr', currency: 'EUR' }],
  categories: { 'Phones > Smartphones': 3 },
  brandRules: { 'Phones > Smartphones': { Apple: 2, 'Fairphone ': 4 } },
  productLeaves: { SPECIAL: 4 },
  leaves: {},
  fields: [],
  values: [],
  warrantyMinimumMonths: 12,
});
const product = (productNumber: string, brand: string | null, category: string | null = 'Phones > Smartphones') => ({ productNumber, brand, category });

describe('resolveLeaf', () => {
  it('sends a brand with a rule to its leaf, letter case and spaces ignored, the others to the category leaf', () => {
    expect(resolveLeaf(product('A', 'Apple'), context)).toEqual({ marketplaceCategoryId: 2, via: 'brand' });
    expect(resolveLeaf(product('B', '  APPLE '), context)).toEqual({ marketplaceCategoryId: 2, via: 'brand' });
    expect(resolveLeaf(product('C', 'fairphone'), context)).toEqual({ marketplaceCategoryId: 4, via: 'brand' });
    expect(resolveLeaf(product('D', 'Samsung'), context)).toEqual({ marketplaceCategoryId: 3, via: 'category' });
    expect(resolveLeaf(product('E', null), context)).toEqual({ marketplaceCategoryId: 3, via: 'category' });
  });

  it("puts a product's own leaf first, even without a category", () => {
    expect(resolveLeaf(product('SPECIAL', 'Apple'), context)).toEqual({ marketplaceCategoryId: 4, via: 'product' });
    expect(resolveLeaf(product('SPECIAL', null, null), context)).toEqual({ marketplaceCategoryId: 4, via: 'product' });
  });

  it('finds nothing for an unmapped category, and reads the brand only when a rule needs it', () => {
    expect(resolveLeaf(product('F', 'Apple', 'Tablets'), context)).toBeUndefined();
    expect(resolveLeaf(product('G', 'Apple', null), context)).toBeUndefined();
    expect(context.productFields).toContain('brand');
    expect(compileContext({ countries: [], categories: {}, leaves: {}, fields: [], values: [], warrantyMinimumMonths: 12 }).productFields).not.toContain('brand');
  });
});
