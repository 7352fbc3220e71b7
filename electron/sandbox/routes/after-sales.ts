// GET /ws/shipping/v1/returns(/{id}) (Backship returns), GET /ws/sav(/{id}) (care folders), POST /ws/sav/refund.
import type { RequestContext, Route } from '../http/router';
import { badRequest, HttpError } from '../http/errors';
import { paginate } from '../http/pagination';
import { AfterSalesError, careFolderDetailView, careFolderView, refundOrderline, returnView } from '../domain/after-sales';
import { orderState } from '../domain/orderline-machine';
import { intParam, objectBody, optionalDateQuery, optionalEnumQuery, optionalIntQuery } from './params';

const PAGE_SIZE = 10;

function pageOf(query: URLSearchParams): { page: number; size: number } {
  const raw = query.get('page');
  if (raw === null || raw === '') return { page: 1, size: PAGE_SIZE };
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw badRequest(`page must be a positive integer, got ${JSON.stringify(raw)}.`, 'page');
  return { page: Number(raw), size: PAGE_SIZE };
}

function listReturns(context: RequestContext) {
  const { sandbox, query } = context;
  const state = sandbox.state;
  const rawOrderId = query.get('order_id');
  if (rawOrderId !== null && rawOrderId !== '' && !/^\d{1,12}$/.test(rawOrderId))
    throw new HttpError(422, 'E009', 'Validation error', { body: { error: { code: 'E009', message: 'Validation error' }, data: { fields: { orderId: ['An integer is needed.'] } } } });
  const orderId = rawOrderId ? Number(rawOrderId) : undefined;
  const start = optionalDateQuery(query, 'start_date');
  const end = optionalDateQuery(query, 'end_date');
  const pickupStart = optionalDateQuery(query, 'pickup_start_date');
  const pickupEnd = optionalDateQuery(query, 'pickup_end_date');
  const orderStateFilter = optionalEnumQuery(query, 'order_state', [0, 1, 3, 8, 9] as const);
  const hub = optionalEnumQuery(query, 'hub_scanned', ['true', 'false'] as const);
  const matches = state.returns.filter((entry) => {
    const created = Date.parse(entry.dateCreation);
    const pickup = Date.parse(entry.datePickup);
    const order = state.orders.find((candidate) => candidate.order_id === entry.orderId);
    return (
      (orderId === undefined || entry.orderId === orderId) &&
      (start === undefined || created >= start) &&
      (end === undefined || created <= end) &&
      (pickupStart === undefined || pickup >= pickupStart) &&
      (pickupEnd === undefined || pickup <= pickupEnd) &&
      (orderStateFilter === undefined || (order !== undefined && orderState(order.orderlines) === orderStateFilter)) &&
      (hub === undefined || String(entry.hubScanned) === hub)
    );
  });
  return { status: 200, body: paginate(matches, pageOf(query), { baseUrl: context.baseUrl, path: context.path, query }, returnView) };
}

/** YYYY-MM-DD-hh-mm, the care API's date filter format. */
function careDate(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) throw badRequest(`${name} must be formatted YYYY-MM-DD-hh-mm, got ${JSON.stringify(raw)}.`, name);
  return Date.parse(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00Z`);
}

function listCareFolders(context: RequestContext) {
  const { sandbox, query } = context;
  const state = sandbox.state;
  const lastId = optionalIntQuery(query, 'last_id');
  const wanted = optionalEnumQuery(query, 'state', [0, 9] as const);
  const orderline = optionalIntQuery(query, 'orderline');
  const modified = careDate(query, 'last_modification_date');
  const messaged = careDate(query, 'last_message_date');
  const matches = state.careFolders.filter(
    (folder) =>
      (lastId === undefined || folder.id > lastId) &&
      (wanted === undefined || folder.state === wanted) &&
      (orderline === undefined || folder.orderline === orderline) &&
      (modified === undefined || Date.parse(folder.date_modification) > modified) &&
      (messaged === undefined || Date.parse(folder.date_last_message) > messaged),
  );
  const page = paginate(matches, pageOf(query), { baseUrl: context.baseUrl, path: context.path, query }, (folder) => careFolderView(state, folder));
  // The contract types next/previous as plain strings: they are left out when there is no such page.
  return {
    status: 200,
    body: { count: page.results.length, ...(page.next ? { next: page.next } : {}), ...(page.previous ? { previous: page.previous } : {}), results: page.results },
  };
}

function asHttp(error: unknown): unknown {
  return error instanceof AfterSalesError ? new HttpError(error.status, error.status === 404 ? 'not_found' : 'invalid_request', error.message) : error;
}

export const afterSalesRoutes: Route[] = [
  { method: 'GET', pattern: '/ws/shipping/v1/returns', errorStyle: 'v1', handler: listReturns },
  {
    method: 'GET',
    pattern: '/ws/shipping/v1/returns/:id',
    errorStyle: 'v1',
    handler: ({ sandbox, params }) => {
      const id = intParam(params.id, 'id');
      const entry = sandbox.state.returns.find((candidate) => candidate.id === id);
      if (!entry) throw new HttpError(404, 'not_found', `Return ${id} not found.`);
      return { status: 200, body: returnView(entry) };
    },
  },
  { method: 'GET', pattern: '/ws/sav', errorStyle: 'v1', handler: listCareFolders },
  {
    method: 'POST',
    pattern: '/ws/sav/refund',
    errorStyle: 'v1',
    handler: ({ sandbox, body, now }) => {
      try {
        return { status: 201, type: 'text', body: refundOrderline(sandbox.state, objectBody(body()), now) };
      } catch (error) {
        throw asHttp(error);
      }
    },
  },
  {
    method: 'GET',
    pattern: '/ws/sav/:careFolderId',
    errorStyle: 'v1',
    handler: ({ sandbox, params }) => {
      const id = intParam(params.careFolderId, 'careFolderId');
      const folder = sandbox.state.careFolders.find((candidate) => candidate.id === id);
      if (!folder) throw new HttpError(404, 'not_found', `Care Folder ${id} does not exist.`);
      return { status: 200, body: careFolderDetailView(sandbox.state, folder) };
    },
  },
];
