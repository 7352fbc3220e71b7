// GET /ws/category/tree and /ws/category/tree/{categoryId}: the taxonomy with its leaf attributes.
import type { Route } from '../http/router';
import { findBranch } from '../domain/categories';
import { HttpError } from '../http/errors';
import { intParam } from './params';

export const categoryRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/ws/category/tree',
    errorStyle: 'v2',
    scope: 'category',
    handler: ({ sandbox }) => ({ status: 200, body: sandbox.state.categories }),
  },
  {
    method: 'GET',
    pattern: '/ws/category/tree/:categoryId',
    errorStyle: 'v1',
    scope: 'category',
    handler: ({ sandbox, params }) => {
      const id = intParam(params.categoryId, 'categoryId');
      const branch = findBranch(sandbox.state.categories, id);
      if (!branch) throw new HttpError(404, 'not_found', `Category ${id} not found.`);
      return { status: 200, body: branch };
    },
  },
];
