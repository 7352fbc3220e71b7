// The category tree calls (the "catalogue" bucket: about 20 requests per 10 s).
import type { Caller } from './transport';
import type { CategoryTree } from './types/category';

export interface CatalogueCalls {
  /** The whole tree, with each leaf's attributes, in the market's language. */
  getCategoryTree(): Promise<CategoryTree[]>;
  /** One branch: the category and what is below it. */
  getCategory(categoryId: number): Promise<CategoryTree>;
}

export function catalogueCalls(call: Caller): CatalogueCalls {
  return {
    getCategoryTree: () => call<CategoryTree[]>({ method: 'GET', path: '/ws/category/tree' }),
    getCategory: (categoryId) => call<CategoryTree>({ method: 'GET', path: `/ws/category/tree/${encodeURIComponent(String(categoryId))}` }),
  };
}
