// The contract entries of the rules that send one merchant category to several leaves: by brand, or one product at a
// time. shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import type { CategoryBranches, ProductLeaf } from '../leaf-rules';
import type { MappingChange } from '../mapping';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;
const merchantCategory = z.string().min(1).max(500);
const marketplaceCategoryId = z.number().int();

export const leafRuleCalls = {
  /** The category's brands with their counts and leaves, the leaf the others follow, and its products with a leaf of their own. */
  'mapping:categoryBranches': { input: z.object({ merchantCategory }).strict(), result: returns<CategoryBranches>() },
  /** Sends the category's products of this brand to a leaf; null removes the rule (they follow the category's leaf). */
  'mapping:setBrandRule': {
    input: z
      .object({ merchantCategory, brand: z.string().trim().min(1, 'Enter the brand, as in your catalogue (for example Apple).').max(200), marketplaceCategoryId: marketplaceCategoryId.nullable() })
      .strict(),
    result: returns<MappingChange>(),
  },
  /** The leaf one product goes to and what chose it, for the product drawer. */
  'mapping:productLeaf': { input: z.object({ productNumber: z.string().min(1).max(200) }).strict(), result: returns<ProductLeaf>() },
  /** Sends one product to a leaf whatever its category and brand; null lets it follow them again. */
  'mapping:setProductLeaf': {
    input: z.object({ productNumber: z.string().trim().min(1, 'Enter the product number.').max(200), marketplaceCategoryId: marketplaceCategoryId.nullable() }).strict(),
    result: returns<MappingChange & { marketplaceCategoryId: number | null }>(),
  },
} as const;
