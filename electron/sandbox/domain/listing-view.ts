// A listing as one market sees it: its publication_state and the contract's ListingPublic shape.
import type { SandboxListing, SandboxState } from '../state/types';
import { stateOfGrade } from './grades';
import { market } from './markets';
import { maxPrice, productByUuid, productMarket } from './products';

/**
 * publication_state in a market: 4 deactivated, 0 missing price or comment there, 1 product pending validation,
 * 3 offline (quantity 0, or a price above max_price: "accepted but not put online"), 2 online.
 */
export function publicationState(state: SandboxState, listing: SandboxListing, code: string): 0 | 1 | 2 | 3 | 4 {
  if (listing.deactivated) return 4;
  const fields = listing.markets[code];
  if (!fields || fields.price === null || fields.comment === null || fields.comment.trim() === '') return 0;
  const product = productByUuid(state, listing.product_id);
  if (!product || product.status === 'pending') return 1;
  if (listing.quantity <= 0) return 3;
  if (Number(fields.price) > Number(maxPrice(product, code))) return 3;
  return 2;
}

export function listingMarketView(state: SandboxState, listing: SandboxListing, code: string, _now: Date) {
  const product = productByUuid(state, listing.product_id);
  const fields = listing.markets[code];
  return {
    id: listing.id,
    listing_id: listing.listing_id,
    product_id: listing.product_id,
    backmarket_id: product?.backmarket_id ?? 0,
    title: product ? productMarket(product, code).title : listing.sku,
    shippings: listing.shippings
      .slice()
      .sort((a, b) => a.country_code.localeCompare(b.country_code) || a.slot - b.slot)
      .map(({ country_code, shipper, shipper_display, shipping_price, shipping_delay }) => ({ country_code, shipper, shipper_display, shipping_price, shipping_delay })),
    state: stateOfGrade(listing.grade),
    grade: listing.grade,
    quantity: listing.quantity,
    currency: fields?.currency ?? market(code).currency,
    sku: listing.sku,
    publication_state: publicationState(state, listing, code),
    warranty_delay: fields?.warranty_delay ?? state.config.warrantyMinMonths,
    price: fields?.price ?? '0.00',
    comment: fields?.comment ?? null,
    min_price: fields?.min_price ?? null,
    max_price: product ? maxPrice(product, code) : '0.00',
    new_battery: listing.new_battery,
  };
}
