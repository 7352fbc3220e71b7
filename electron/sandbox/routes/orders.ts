// GET /ws/orders and /ws/orders/{id}, POST /ws/orders/{id} (UpdateOrder), PATCH /ws/orderlines/{id}.
import { profilesOf } from '../profiles';
import type { RequestContext, Route } from '../http/router';
import { HttpError } from '../http/errors';
import { readPage, paginate } from '../http/pagination';
import { orderView } from '../domain/orders';
import { addressSpellingOf } from '../domain/address-spelling';
import { orderState } from '../domain/orderline-machine';
import { OrderUpdateError, setIdentifiers, updateOrder } from '../domain/order-updates';
import { intParam, objectBody, optionalDateQuery, optionalEnumQuery } from './params';

const COUNTRY_CODES = ['fr-fr', 'fr-be', 'es-es', 'de-de', 'de-at', 'it-it', 'ja-jp', 'en-au', 'en-gb', 'en-us', 'nl-nl', 'pt-pt', 'en-ie', 'el-gr', 'sk-sk', 'sv-se'] as const;

function asHttp(error: unknown): unknown {
  if (error instanceof OrderUpdateError) return new HttpError(error.status, error.status === 404 ? 'not_found' : error.status === 422 ? 'unprocessable' : 'invalid_request', error.message, error.field ? { target: error.field } : {});
  return error;
}

function list(context: RequestContext) {
  const { sandbox, query } = context;
  const state = sandbox.state;
  const page = readPage(query, state.config.limits.maxPageSize);
  const wanted = optionalEnumQuery(query, 'state', [0, 10, 1, 3, 8, 9] as const);
  const country = optionalEnumQuery(query, 'country_code', COUNTRY_CODES);
  const created = optionalDateQuery(query, 'date_creation');
  const modified = optionalDateQuery(query, 'date_modification');
  const matches = state.orders
    .filter((order) => {
      const current = orderState(order.orderlines);
      return wanted === undefined ? current !== 0 && current !== 8 : current === wanted;
    })
    .filter((order) => country === undefined || order.country_code === country)
    .filter((order) => created === undefined || Date.parse(order.date_creation) >= created)
    .filter((order) => modified === undefined || Date.parse(order.date_modification) >= modified)
    .sort((a, b) => Date.parse(b.date_creation) - Date.parse(a.date_creation) || b.order_id - a.order_id);
  return { status: 200, body: paginate(matches, page, { baseUrl: context.baseUrl, path: context.path, query }, (order) => orderView(order, context.baseUrl, addressSpellingOf(state))) };
}

function findOrder(context: RequestContext) {
  const id = intParam(context.params.orderId, 'order_id');
  const order = context.sandbox.state.orders.find((candidate) => candidate.order_id === id);
  if (!order) throw new HttpError(404, 'not_found', `Order ${id} not found.`);
  return order;
}

export const orderRoutes: Route[] = [
  { method: 'GET', pattern: '/ws/orders', errorStyle: 'v1', handler: list },
  { method: 'GET', pattern: '/ws/orders/:orderId', errorStyle: 'v1', handler: (context) => ({ status: 200, body: orderView(findOrder(context), context.baseUrl, addressSpellingOf(context.sandbox.state)) }) },
  {
    method: 'POST',
    pattern: '/ws/orders/:orderId',
    errorStyle: 'v1',
    handler: (context) => {
      const order = findOrder(context);
      const body = objectBody(context.body());
      try {
        updateOrder(order, body, context.now.toISOString(), profilesOf(context.sandbox.state).updateOrder === 'require-id');
      } catch (error) {
        throw asHttp(error);
      }
      return { status: 200, body: orderView(order, context.baseUrl, addressSpellingOf(context.sandbox.state)) };
    },
  },
  {
    method: 'PATCH',
    pattern: '/ws/orderlines/:orderlineId',
    errorStyle: 'v1',
    handler: (context) => {
      const id = intParam(context.params.orderlineId, 'orderline_id');
      const order = context.sandbox.state.orders.find((candidate) => candidate.orderlines.some((line) => line.id === id));
      const line = order?.orderlines.find((candidate) => candidate.id === id);
      if (!order || !line) throw new HttpError(404, 'not_found', `Orderline ${id} not found.`);
      try {
        setIdentifiers(line, objectBody(context.body()));
      } catch (error) {
        throw asHttp(error);
      }
      order.date_modification = context.now.toISOString();
      return { status: 200, body: { ...(line.imei ? { imei: line.imei } : {}), ...(line.serial_number ? { serial_number: line.serial_number } : {}) } };
    },
  },
];
