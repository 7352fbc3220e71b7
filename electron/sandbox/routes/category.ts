// GET /ws/category/tree and /ws/category/tree/{categoryId}: the taxonomy with its leaf attributes, in the language of
// the Accept-Language market (same ids in every language).
import type { Route } from '../http/router';
import { findBranch } from '../domain/categories';
import { treeForMarket } from '../domain/category-languages';
import { HttpError } from '../http/errors';
import { intParam } from './params';

export const categoryRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/ws/category/tree',
    errorStyle: 'v2',
    scope: 'category',
    handler: ({ sandbox, market }) => ({ status: 200, body: treeForMarket(sandbox.state.categories, market.code) }),
  },
  {
    method: 'GET',
    pattern: '/ws/category/tree/:categoryId',
    errorStyle: 'v1',
    scope: 'category',
    handler: ({ sandbox, params, market }) => {
      const id = intParam(params.categoryId, 'categoryId');
      const branch = findBranch(treeForMarket(sandbox.state.categories, market.code), id);
      if (!branch) throw new HttpError(404, 'not_found', `Category ${id} not found.`);
      return { status: 200, body: branch };
    },
  },
];
