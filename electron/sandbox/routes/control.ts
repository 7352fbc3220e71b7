// The control API under /__sandbox (its own secret): reset and seed, customer orders, care folders and returns,
// token rotation, delays, faults, task and validation flushes, and the whole state for assertions.
import type { RequestContext, Route } from '../http/router';
import { badRequest, HttpError } from '../http/errors';
import { exportState, newToken } from '../state/store';
import { addExtraProducts, seedState } from '../state/seed';
import { emptyLike } from '../state/reset';
import { ExistingAccountError, seedExistingAccount } from '../state/existing-account';
import { failPayment, OrderError, orderView, payOrder, placeOrder } from '../domain/orders';
import { addressSpellingOf, addressSpellingRoutes } from '../domain/address-spelling';
import { AfterSalesError, closeCareFolder, careFolderView, openCareFolder, openReturn, returnView } from '../domain/after-sales';
import { findMarket } from '../domain/markets';
import type { ExtraProduct } from '../options';
import type { PathFault, SandboxLimits } from '../state/types';
import { intParam, objectBody } from './params';
import { parseProfiles, ProfileError, profilesOf } from '../profiles';

function asHttp(error: unknown): unknown {
  if (error instanceof OrderError) return new HttpError(409, 'conflict', error.message);
  if (error instanceof AfterSalesError) return new HttpError(error.status === 404 ? 404 : 409, error.status === 404 ? 'not_found' : 'conflict', error.message);
  return error;
}

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asHttp(error);
  }
}

const ok = (body: unknown, status = 200) => ({ status, body });

function nonNegative(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw badRequest(`${name} must be a number >= 0.`, name);
  return value;
}

function reset(context: RequestContext) {
  const { sandbox } = context;
  const body = context.body() === undefined ? {} : objectBody(context.body());
  const seed = body.seed ?? 'demo';
  if (seed !== 'demo' && seed !== 'empty') throw badRequest("seed must be 'demo' or 'empty'.", 'seed');
  sandbox.scheduler.stop();
  sandbox.limiter.reset();
  emptyLike(sandbox.state);
  seedState(sandbox.state, seed, sandbox.extraProducts, context.now);
  if (sandbox.existingAccount) seedExistingAccount(sandbox.state, sandbox.existingAccount, context.now);
  return ok({ seed, products: sandbox.state.products.length, listings: sandbox.state.listings.length, orders: sandbox.state.orders.length });
}

/** POST /__sandbox/existing-account: adds an existing account's listings (idempotent per SKU); answers what it holds. */
function existingAccount(context: RequestContext) {
  const body = context.body() === undefined ? {} : objectBody(context.body());
  try {
    return ok(seedExistingAccount(context.sandbox.state, body, context.now));
  } catch (error) {
    if (error instanceof ExistingAccountError) throw badRequest(error.message, error.field);
    throw error;
  }
}

function addProducts(context: RequestContext) {
  const body = objectBody(context.body());
  if (!Array.isArray(body.products)) throw badRequest('products must be an array of {ean, title, brand?, category?, priceNew?}.', 'products');
  const products = body.products.filter((entry): entry is ExtraProduct => typeof entry === 'object' && entry !== null && typeof (entry as ExtraProduct).ean === 'string' && typeof (entry as ExtraProduct).title === 'string');
  return ok({ added: addExtraProducts(context.sandbox.state, products) });
}

function createOrder(context: RequestContext) {
  const body = objectBody(context.body());
  const country = typeof body.country_code === 'string' ? body.country_code : 'fr-fr';
  if (!findMarket(country)) throw badRequest(`country_code ${country} is not an EU market.`, 'country_code');
  if (!Array.isArray(body.items)) throw badRequest('items must be an array of {sku, quantity}.', 'items');
  const items = body.items.map((item) => {
    const entry = item as { sku?: unknown; quantity?: unknown };
    if (typeof entry.sku !== 'string') throw badRequest('Each item needs a sku.', 'items');
    return { sku: entry.sku, quantity: typeof entry.quantity === 'number' ? entry.quantity : 1 };
  });
  const paid = body.paid !== false;
  const customer = typeof body.customer === 'object' && body.customer !== null ? (body.customer as Record<string, string>) : undefined;
  const order = guarded(() => placeOrder(context.sandbox.state, context.now, { country_code: country, items, paid, ...(customer ? { customer } : {}) }));
  return ok(orderView(order, context.baseUrl, addressSpellingOf(context.sandbox.state)), 201);
}

function findOrder(context: RequestContext) {
  const id = intParam(context.params.orderId, 'orderId');
  const order = context.sandbox.state.orders.find((candidate) => candidate.order_id === id);
  if (!order) throw new HttpError(404, 'not_found', `Order ${id} not found.`);
  return order;
}

function setConfig(context: RequestContext) {
  const body = objectBody(context.body());
  const config = context.sandbox.state.config;
  const taskDelay = nonNegative(body.taskDelayMs, 'taskDelayMs');
  const validationDelay = nonNegative(body.validationDelayMs, 'validationDelayMs');
  const warranty = nonNegative(body.warrantyMinMonths, 'warrantyMinMonths');
  if (taskDelay !== undefined) config.taskDelayMs = taskDelay;
  if (validationDelay !== undefined) config.validationDelayMs = validationDelay;
  if (warranty !== undefined) config.warrantyMinMonths = warranty;
  if (body.limits !== undefined) {
    const limits = objectBody(body.limits);
    for (const [key, value] of Object.entries(limits)) {
      if (!(key in config.limits)) throw badRequest(`Unknown limit ${key}.`, 'limits');
      config.limits[key as keyof SandboxLimits] = nonNegative(value, key) ?? config.limits[key as keyof SandboxLimits];
    }
  }
  return ok(config);
}

/** PUT /__sandbox/profiles: changes some profiles (the others stay), answers all of them. */
function setProfiles(context: RequestContext) {
  const body = objectBody(context.body());
  const config = context.sandbox.state.config;
  try {
    config.profiles = { ...profilesOf(context.sandbox.state), ...parseProfiles(body) };
  } catch (error) {
    if (error instanceof ProfileError) throw badRequest(error.message, error.field);
    throw error;
  }
  return ok(profilesOf(context.sandbox.state));
}

function setFault(context: RequestContext) {
  const body = objectBody(context.body());
  const path = typeof body.path === 'string' && (body.path === '*' || body.path.startsWith('/')) ? body.path : undefined;
  if (!path) throw badRequest("path must be '*' or a path prefix such as /ws/listings.", 'path');
  const fault: PathFault = {};
  for (const key of ['latencyMs', 'errorRate', 'errorStatus', 'dropRate', 'burst429'] as const) {
    const value = nonNegative(body[key], key);
    if (value !== undefined) fault[key] = value;
  }
  if ((fault.errorRate ?? 0) > 1 || (fault.dropRate ?? 0) > 1) throw badRequest('errorRate and dropRate are shares from 0 to 1.');
  context.sandbox.state.faults[path] = fault;
  return ok(context.sandbox.state.faults);
}

export const controlRoutes: Route[] = [
  { method: 'GET', pattern: '/__sandbox/state', errorStyle: 'v1', handler: (context) => ok(exportState(context.sandbox.state)) },
  { method: 'POST', pattern: '/__sandbox/reset', errorStyle: 'v1', handler: reset },
  { method: 'POST', pattern: '/__sandbox/products', errorStyle: 'v1', handler: addProducts },
  { method: 'POST', pattern: '/__sandbox/existing-account', errorStyle: 'v1', handler: existingAccount },
  { method: 'POST', pattern: '/__sandbox/orders', errorStyle: 'v1', handler: createOrder },
  {
    method: 'POST',
    pattern: '/__sandbox/orders/:orderId/pay',
    errorStyle: 'v1',
    handler: (context) => {
      const order = findOrder(context);
      guarded(() => payOrder(context.sandbox.state, order, context.now));
      return ok(orderView(order, context.baseUrl, addressSpellingOf(context.sandbox.state)));
    },
  },
  {
    method: 'POST',
    pattern: '/__sandbox/orders/:orderId/fail-payment',
    errorStyle: 'v1',
    handler: (context) => {
      const order = findOrder(context);
      guarded(() => failPayment(order, context.now));
      return ok(orderView(order, context.baseUrl, addressSpellingOf(context.sandbox.state)));
    },
  },
  {
    method: 'POST',
    pattern: '/__sandbox/returns',
    errorStyle: 'v1',
    handler: (context) => {
      const body = objectBody(context.body());
      const entry = guarded(() => openReturn(context.sandbox.state, Number(body.orderline_id), context.now, context.baseUrl));
      return ok({ id: entry.id, ...returnView(entry) }, 201);
    },
  },
  {
    method: 'POST',
    pattern: '/__sandbox/care-folders',
    errorStyle: 'v1',
    handler: (context) => {
      const body = objectBody(context.body());
      const message = typeof body.message === 'string' ? body.message : "Bonjour, l'appareil ne charge plus depuis hier.";
      const issue = typeof body.issue === 'string' ? body.issue : undefined;
      const folder = guarded(() => openCareFolder(context.sandbox.state, Number(body.orderline_id), context.now, message, issue));
      return ok(careFolderView(context.sandbox.state, folder), 201);
    },
  },
  {
    method: 'POST',
    pattern: '/__sandbox/care-folders/:id/close',
    errorStyle: 'v1',
    handler: (context) => {
      const id = intParam(context.params.id, 'id');
      const folder = context.sandbox.state.careFolders.find((candidate) => candidate.id === id);
      if (!folder) throw new HttpError(404, 'not_found', `Care folder ${id} not found.`);
      closeCareFolder(folder, context.now);
      return ok(careFolderView(context.sandbox.state, folder));
    },
  },
  {
    method: 'POST',
    pattern: '/__sandbox/token/rotate',
    errorStyle: 'v1',
    handler: (context) => {
      const body = context.body() === undefined ? {} : objectBody(context.body());
      const token = typeof body.token === 'string' && body.token.length >= 8 ? body.token : newToken();
      context.sandbox.state.token = token;
      return ok({ token });
    },
  },
  { method: 'PUT', pattern: '/__sandbox/config', errorStyle: 'v1', handler: setConfig },
  { method: 'PUT', pattern: '/__sandbox/faults', errorStyle: 'v1', handler: setFault },
  ...addressSpellingRoutes,
  { method: 'GET', pattern: '/__sandbox/profiles', errorStyle: 'v1', handler: (context) => ok(profilesOf(context.sandbox.state)) },
  { method: 'PUT', pattern: '/__sandbox/profiles', errorStyle: 'v1', handler: setProfiles },
  {
    method: 'DELETE',
    pattern: '/__sandbox/faults',
    errorStyle: 'v1',
    handler: (context) => {
      context.sandbox.state.faults = {};
      return ok({});
    },
  },
  {
    method: 'POST',
    pattern: '/__sandbox/tasks/flush',
    errorStyle: 'v1',
    handler: (context) => ok({ processed: context.sandbox.scheduler.flush() }),
  },
  {
    method: 'POST',
    pattern: '/__sandbox/tasks/fail-next',
    errorStyle: 'v1',
    handler: (context) => {
      const body = context.body() === undefined ? {} : objectBody(context.body());
      context.sandbox.state.failNextTask = typeof body.message === 'string' ? body.message : 'Task has been interrupted.';
      return ok({ failNextTask: context.sandbox.state.failNextTask });
    },
  },
  {
    method: 'POST',
    pattern: '/__sandbox/products/validate',
    errorStyle: 'v1',
    handler: (context) => {
      let validated = 0;
      for (const product of context.sandbox.state.products) {
        if (product.status !== 'pending') continue;
        product.status = 'validated';
        delete product.validatesAt;
        validated += 1;
      }
      return ok({ validated });
    },
  },
];
