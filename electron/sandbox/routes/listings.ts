// GET /ws/listings, /ws/listings/{id}, /ws/listings/detail; POST /ws/listings/{id} (real-time update) and POST /ws/listings (CSV task).
import type { SandboxListing, SandboxState } from '../state/types';
import type { RequestContext, Route } from '../http/router';
import { badRequest, HttpError } from '../http/errors';
import { readPage, paginate } from '../http/pagination';
import { spendSkuLines } from '../http/limits';
import { listingMarketView, publicationState } from '../domain/listing-view';
import { applyOfferChanges, parseOfferFields } from '../domain/offer-fields';
import { productByUuid } from '../domain/products';
import { CatalogRequestError, readCatalogRequest } from '../domain/catalog-csv';
import { createTask } from '../domain/tasks';
import { isUuid, parseId } from '../domain/values';
import { profilesOf } from '../profiles';
import { objectBody, optionalEnumQuery, optionalIntQuery } from './params';

function listingById(state: SandboxState, raw: string): SandboxListing {
  if (isUuid(raw)) {
    const found = state.listings.find((listing) => listing.id === raw.toLowerCase());
    if (found) return found;
  } else {
    const legacy = parseId(raw);
    if (legacy === null) throw new HttpError(400, 'invalid_request', `listingId must be a UUID or an integer, got ${JSON.stringify(raw)}.`, { target: 'listingId' });
    const found = state.listings.find((listing) => listing.listing_id === legacy);
    if (found) return found;
  }
  throw new HttpError(404, 'not_found', `Listing ${raw} not found, or it does not belong to you.`);
}

const detail = (context: RequestContext, listing: SandboxListing) => ({
  status: 200,
  body: { ...listingMarketView(context.sandbox.state, listing, context.market.code, context.now), statuscode: 200 },
});

function inListingIdOrder(listings: SandboxListing[]): boolean {
  for (let index = 1; index < listings.length; index += 1) if ((listings[index - 1]?.listing_id ?? 0) > (listings[index]?.listing_id ?? 0)) return false;
  return true;
}

function list(context: RequestContext) {
  const { sandbox, query, market } = context;
  const state = sandbox.state;
  const page = readPage(query, state.config.limits.maxPageSize);
  const publication = optionalEnumQuery(query, 'publication_state', [0, 1, 2, 3, 4] as const);
  const minQuantity = optionalIntQuery(query, 'min_quantity');
  const maxQuantity = optionalIntQuery(query, 'max_quantity');
  // One pass over the listings per page, and no sort when they are already in listing_id order (they are appended so):
  // reading an account of 10,000 listings page by page stays linear per page.
  const unfiltered = publication === undefined && minQuantity === undefined && maxQuantity === undefined;
  const matches = unfiltered
    ? state.listings
    : state.listings.filter(
        (listing) =>
          (minQuantity === undefined || listing.quantity >= minQuantity) &&
          (maxQuantity === undefined || listing.quantity <= maxQuantity) &&
          (publication === undefined || publicationState(state, listing, market.code) === publication),
      );
  const ordered = inListingIdOrder(matches) ? matches : [...matches].sort((a, b) => a.listing_id - b.listing_id);
  return {
    status: 200,
    body: paginate(ordered, page, { baseUrl: context.baseUrl, path: context.path, query }, (listing) => listingMarketView(state, listing, market.code, context.now)),
  };
}

function findDetail(context: RequestContext) {
  const { query, sandbox } = context;
  const state = sandbox.state;
  const sku = query.get('sku');
  const id = query.get('id');
  const legacy = query.get('listing_id');
  let found: SandboxListing | undefined;
  if (id !== null && id !== '') {
    if (!isUuid(id)) throw badRequest(`id must be a UUID, got ${JSON.stringify(id)}.`, 'id');
    found = state.listings.find((listing) => listing.id === id.toLowerCase());
  } else if (legacy !== null && legacy !== '') {
    const number = parseId(legacy);
    if (number === null) throw badRequest(`listing_id must be an integer, got ${JSON.stringify(legacy)}.`, 'listing_id');
    found = state.listings.find((listing) => listing.listing_id === number);
  } else if (sku !== null && sku !== '') {
    found = state.listings.find((listing) => listing.sku.toLowerCase() === sku.toLowerCase());
  } else throw badRequest('Give one of sku, id or listing_id.');
  if (!found) throw new HttpError(404, 'not_found', 'Listing not found, or it does not belong to you.');
  return detail(context, found);
}

function update(context: RequestContext) {
  const { sandbox, market, now } = context;
  const state = sandbox.state;
  const listing = listingById(state, context.params.listingId ?? '');
  const body = objectBody(context.body());
  const product = productByUuid(state, listing.product_id);
  const { changes, errors } = parseOfferFields(body, { marketCode: market.code, product, existing: listing, warrantyMinMonths: state.config.warrantyMinMonths, csv: false, maxPrice: profilesOf(state).maxPrice });
  if (errors.length > 0) throw badRequest(errors.map((error) => error.message).join(' '), errors[0]?.field);
  const backPricer = profilesOf(state).backPricer;
  if (changes.min_price !== undefined && backPricer === 'off-refused') throw badRequest('min_price needs the BackPricer, which is not enabled in your seller configuration.', 'min_price');
  if (backPricer === 'off-ignored') delete changes.min_price;
  spendSkuLines(state, now, 1);
  const messages = applyOfferChanges(listing, market.code, changes, state.config.warrantyMinMonths, now.toISOString());
  const view = listingMarketView(state, listing, market.code, now);
  return { status: 200, body: { ...view, shippings_response: messages, statuscode: 200 } };
}

function createCatalogTask(context: RequestContext) {
  const { sandbox, market, now } = context;
  const state = sandbox.state;
  let catalog;
  try {
    catalog = readCatalogRequest(context.body(), state.config.limits.maxCsvLines);
  } catch (error) {
    if (error instanceof CatalogRequestError) throw badRequest(error.message);
    throw error;
  }
  spendSkuLines(state, now, Math.max(1, catalog.rows.length));
  const task = createTask(state, catalog, market.code, now);
  sandbox.scheduler.schedule(task);
  return { status: 200, body: { bodymessage: task.task_id, statuscode: 200 } };
}

export const listingRoutes: Route[] = [
  { method: 'GET', pattern: '/ws/listings', errorStyle: 'v1', handler: list },
  { method: 'POST', pattern: '/ws/listings', errorStyle: 'string', handler: createCatalogTask },
  { method: 'GET', pattern: '/ws/listings/detail', errorStyle: 'v1', handler: findDetail },
  { method: 'GET', pattern: '/ws/listings/:listingId', errorStyle: 'v1', handler: (context) => detail(context, listingById(context.sandbox.state, context.params.listingId ?? '')) },
  { method: 'POST', pattern: '/ws/listings/:listingId', errorStyle: 'string', handler: update },
];
