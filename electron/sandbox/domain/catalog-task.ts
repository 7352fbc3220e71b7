// Processing one catalog line of a task: match or create the product, then create or update the listing.
import type { SandboxListing, SandboxProduct, SandboxState, TaskLineResult } from '../state/types';
import { newUuid, nextId } from '../state/store';
import { applyOfferChanges, parseOfferFields, type FieldError } from './offer-fields';
import { productByBackmarketId, productByEan, productByUuid } from './products';
import { hasProductFields, productFromLine, type ProductDraft } from './product-fields';
import { isUuid, parseInteger } from './values';
import { profilesOf } from '../profiles';

function lineRecord(header: string[], row: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  header.forEach((name, index) => {
    if (name !== '') record[name] = (row[index] ?? '').trim();
  });
  return record;
}

function resolveProduct(state: SandboxState, line: Record<string, string>, marketCode: string): { product?: SandboxProduct; draft?: ProductDraft; errors: FieldError[] } {
  const productId = line.product_id ?? '';
  const legacyId = line.backmarket_id ?? '';
  const ean = line.ean ?? '';
  if (productId !== '') {
    if (!isUuid(productId)) return { errors: [{ field: 'product_id', message: `product_id ${productId} is not a UUID.` }] };
    const product = productByUuid(state, productId);
    return product ? { product, errors: [] } : { errors: [{ field: 'product_id', message: `No product with product_id ${productId}.` }] };
  }
  if (legacyId !== '') {
    const id = parseInteger(legacyId);
    const product = id === null ? undefined : productByBackmarketId(state, id);
    return product ? { product, errors: [] } : { errors: [{ field: 'backmarket_id', message: `No product with backmarket_id ${legacyId}.` }] };
  }
  if (ean !== '') {
    const product = productByEan(state, ean);
    if (product) return { product, errors: [] };
    const created = productFromLine(state, line, ean, marketCode);
    return created.draft ? { draft: created.draft, errors: [] } : { errors: created.errors };
  }
  return { errors: [{ field: 'ean', message: 'Neither ean nor product_id (nor backmarket_id) is given: the line cannot be matched to a product.' }] };
}

/** A pending product its merchant re-sends is updated (allowed until Back Market validates it). */
function updatePendingProduct(state: SandboxState, product: SandboxProduct, line: Record<string, string>, marketCode: string): FieldError[] {
  if (product.status !== 'pending' || !product.createdByMerchant || !hasProductFields(line)) return [];
  const { draft, errors } = productFromLine(state, line, product.ean, marketCode);
  if (!draft) return errors;
  Object.assign(product, { ...draft, markets: { ...product.markets, ...draft.markets } });
  return [];
}

/**
 * Listings by lower-case SKU, kept per listings array: a linear search per line made a 10,000-line task take ~20 s.
 * Listings are only ever appended (a reset or an import replaces the array), and a SKU never changes; the first
 * listing of a SKU wins, as a search would find it.
 */
const skuIndexes = new WeakMap<SandboxListing[], { indexed: number; bySku: Map<string, SandboxListing> }>();
function listingBySku(listings: SandboxListing[], sku: string): SandboxListing | undefined {
  let index = skuIndexes.get(listings);
  if (!index || index.indexed > listings.length) {
    index = { indexed: 0, bySku: new Map() };
    skuIndexes.set(listings, index);
  }
  for (; index.indexed < listings.length; index.indexed += 1) {
    const listing = listings[index.indexed] as SandboxListing;
    const key = listing.sku.toLowerCase();
    if (!index.bySku.has(key)) index.bySku.set(key, listing);
  }
  return index.bySku.get(sku.toLowerCase());
}

export function processCatalogLine(state: SandboxState, header: string[], row: string[], lineNumber: number, marketCode: string, now: Date): TaskLineResult {
  const line = lineRecord(header, row);
  const sku = line.sku ?? '';
  const at = now.toISOString();
  const fail = (errors: FieldError[]): TaskLineResult => ({ line: lineNumber, sku: sku === '' ? null : sku, status: 'error', errors });
  if (sku === '') return fail([{ field: 'sku', message: 'sku is missing.' }]);
  if (sku.length > 100) return fail([{ field: 'sku', message: 'sku is longer than 100 characters.' }]);
  const config = state.config;
  const existing = listingBySku(state.listings, sku);

  if (existing) {
    const product = productByUuid(state, existing.product_id);
    const productErrors = product ? updatePendingProduct(state, product, line, marketCode) : [];
    const { changes, errors } = parseOfferFields(line, { marketCode, product, existing, warrantyMinMonths: config.warrantyMinMonths, csv: true, maxPrice: profilesOf(state).maxPrice });
    if (productErrors.length + errors.length > 0) return fail([...productErrors, ...errors]);
    applyOfferChanges(existing, marketCode, changes, config.warrantyMinMonths, at);
    return { line: lineNumber, sku: existing.sku, status: 'updated', id: existing.id, listing_id: existing.listing_id, product_id: existing.product_id };
  }

  const resolved = resolveProduct(state, line, marketCode);
  const errors = [...resolved.errors];
  if ((line.grade ?? '') === '' && (line.state ?? '') === '') errors.push({ field: 'grade', message: 'grade (or state) is missing: a new listing needs its aesthetic grade.' });
  const pricingProduct: SandboxProduct | undefined =
    resolved.product ?? (resolved.draft ? { ...resolved.draft, product_id: '', backmarket_id: 0, status: 'pending', createdByMerchant: true } : undefined);
  const offer = parseOfferFields(line, { marketCode, product: pricingProduct, existing: undefined, warrantyMinMonths: config.warrantyMinMonths, csv: true, maxPrice: profilesOf(state).maxPrice });
  errors.push(...offer.errors);
  if (errors.length > 0 || !offer.changes.grade) return fail(errors);

  let product = resolved.product;
  if (!product && resolved.draft) {
    product = {
      ...resolved.draft,
      product_id: newUuid(),
      backmarket_id: nextId(state, 'product'),
      status: 'pending',
      validatesAt: new Date(now.getTime() + config.validationDelayMs).toISOString(),
      createdByMerchant: true,
    };
    state.products.push(product);
  } else if (product) {
    const updateErrors = updatePendingProduct(state, product, line, marketCode);
    if (updateErrors.length > 0) return fail(updateErrors);
  }
  if (!product) return fail([{ field: 'ean', message: 'The line cannot be matched to a product.' }]);
  const listing: SandboxListing = {
    id: newUuid(),
    listing_id: nextId(state, 'listing'),
    sku,
    product_id: product.product_id,
    grade: offer.changes.grade,
    quantity: 0,
    new_battery: ['true', '1', 'yes'].includes((line.new_battery ?? '').toLowerCase()),
    deactivated: false,
    markets: {},
    shippings: [],
    date_creation: at,
    date_modification: at,
  };
  applyOfferChanges(listing, marketCode, offer.changes, config.warrantyMinMonths, at);
  state.listings.push(listing);
  return {
    line: lineNumber,
    sku,
    status: 'created',
    id: listing.id,
    listing_id: listing.listing_id,
    product_id: product.product_id,
    product_created: product === resolved.product ? false : true,
  };
}
