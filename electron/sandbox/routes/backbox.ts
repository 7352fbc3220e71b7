// GET /ws/backbox/v1/competitors/{listingId} (2 calls per second per token), and the control API's other merchants' offers.
import type { RequestContext, Route } from '../http/router';
import { badRequest, HttpError } from '../http/errors';
import { addCompetitor, competitorsOf, competitorView, type CompetitorInput } from '../domain/competitors';
import { findMarket } from '../domain/markets';
import { isUuid, parseMoney } from '../domain/values';
import type { Grade } from '../state/types';
import { objectBody } from './params';

const GRADES: readonly Grade[] = ['PREMIUM', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'STALLONE'];

function competitors(context: RequestContext) {
  const raw = context.params.listingId ?? '';
  // The contract types listingId as a UUID and lists 422 for what it cannot process.
  if (!isUuid(raw)) throw new HttpError(422, 'unprocessable_entity', `listingId must be a listing UUID, got ${JSON.stringify(raw)}.`, { target: 'listingId' });
  const state = context.sandbox.state;
  const listing = state.listings.find((candidate) => candidate.id === raw.toLowerCase());
  if (!listing) throw new HttpError(404, 'not_found', `Listing ${raw} not found, or it does not belong to you.`);
  return { status: 200, body: competitorView(state, listing) };
}

/** {sku | product_id + grade, country_code, price, min_price?, merchant?, since?}: another merchant's offer. */
function readCompetitor(context: RequestContext): CompetitorInput {
  const body = objectBody(context.body());
  const state = context.sandbox.state;
  let productId: string;
  let grade: Grade;
  if (typeof body.sku === 'string') {
    const listing = state.listings.find((candidate) => candidate.sku.toLowerCase() === (body.sku as string).toLowerCase());
    if (!listing) throw badRequest(`No listing has the sku ${JSON.stringify(body.sku)}: give an existing sku, or product_id and grade.`, 'sku');
    productId = listing.product_id;
    grade = listing.grade;
  } else {
    if (typeof body.product_id !== 'string' || !isUuid(body.product_id)) throw badRequest('Give a sku, or a product_id (UUID) and a grade.', 'product_id');
    if (!GRADES.includes(body.grade as Grade)) throw badRequest(`grade must be one of ${GRADES.join(', ')}.`, 'grade');
    productId = body.product_id.toLowerCase();
    grade = body.grade as Grade;
  }
  const code = typeof body.country_code === 'string' ? body.country_code.toLowerCase() : 'fr-fr';
  if (!findMarket(code)) throw badRequest(`country_code ${code} is not an EU market.`, 'country_code');
  const price = parseMoney(body.price);
  if (price === null || Number(price) <= 0) throw badRequest('price must be an amount above 0 with at most two decimals.', 'price');
  const minPrice = body.min_price === undefined || body.min_price === null ? null : parseMoney(body.min_price);
  if (body.min_price !== undefined && body.min_price !== null && minPrice === null) throw badRequest('min_price must be an amount with at most two decimals, or null.', 'min_price');
  const since = typeof body.since === 'string' && !Number.isNaN(Date.parse(body.since)) ? new Date(body.since).toISOString() : context.now.toISOString();
  const merchant = typeof body.merchant === 'string' && body.merchant.trim() !== '' ? body.merchant.trim() : `Merchant ${competitorsOf(state).length + 1}`;
  return { product_id: productId, grade, market: code, price, min_price: minPrice, merchant, since };
}

export const backboxRoutes: Route[] = [{ method: 'GET', pattern: '/ws/backbox/v1/competitors/:listingId', errorStyle: 'v1', scope: 'backbox', handler: competitors }];

export const backboxControlRoutes: Route[] = [
  { method: 'GET', pattern: '/__sandbox/competitors', errorStyle: 'v1', handler: (context) => ({ status: 200, body: { competitors: competitorsOf(context.sandbox.state), backboxRefused: context.sandbox.limiter.backboxRefused } }) },
  { method: 'POST', pattern: '/__sandbox/competitors', errorStyle: 'v1', handler: (context) => ({ status: 201, body: addCompetitor(context.sandbox.state, readCompetitor(context)) }) },
  {
    method: 'DELETE',
    pattern: '/__sandbox/competitors',
    errorStyle: 'v1',
    handler: (context) => {
      context.sandbox.state.competitors = [];
      return { status: 200, body: { competitors: [] } };
    },
  },
];
