// Seeding: the taxonomy and product catalogue from resources/sandbox, the demo listings and orders, and extra products.
import categoryTree from '../../../resources/sandbox/category-tree.json' with { type: 'json' };
import seedProducts from '../../../resources/sandbox/products.json' with { type: 'json' };
import seedListings from '../../../resources/sandbox/listings.json' with { type: 'json' };
import seedOrders from '../../../resources/sandbox/orders.json' with { type: 'json' };
import type { CategoryNode, SandboxListing, SandboxProduct, SandboxState } from './types';
import type { ExtraProduct, SeedName } from '../options';
import { leafForText } from '../domain/categories';
import { productByEan } from '../domain/products';
import { placeOrder } from '../domain/orders';
import { updateOrder } from '../domain/order-updates';
import { nextId } from './store';
import crypto from 'node:crypto';

interface SeedOrder {
  minutesAgo: number;
  country_code: string;
  customer: Record<string, string>;
  lines: { sku: string; quantity: number; state: number }[];
  tracking_number?: string;
  shipper?: string;
}

/** Typical price new (EUR) per leaf, for extra products that give none. */
const PRICE_NEW_BY_LEAF: Record<number, string> = { 2: '899.00', 3: '699.00', 4: '99.00', 10: '1299.00', 11: '999.00', 12: '699.00', 13: '499.00', 20: '499.00', 21: '329.00', 30: '199.00', 31: '399.00', 34: '799.00', 32: '449.00', 33: '699.00' };

/** A stable UUID for an EAN, so the same catalogue gives the same product ids on every start. */
function uuidFor(seed: string): string {
  const hash = crypto.createHash('sha1').update(`refurb-desk-sandbox:${seed}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-${'89ab'[parseInt(hash.slice(16, 17), 16) % 4]}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

/** Adds catalogue products (by EAN) that do not exist yet; returns how many were added. */
export function addExtraProducts(state: SandboxState, extras: ExtraProduct[]): number {
  let added = 0;
  for (const extra of extras) {
    const ean = extra.ean.trim();
    if (!/^\d{8,14}$/.test(ean) || productByEan(state, ean)) continue;
    const leaf = leafForText(state.categories, extra.category);
    const priceNew = extra.priceNew ?? PRICE_NEW_BY_LEAF[leaf.marketplace_category_id] ?? '499.00';
    const fields = { title: extra.title, description: extra.title, price_new: priceNew };
    state.products.push({
      product_id: uuidFor(`ean-${ean}`),
      backmarket_id: nextId(state, 'product'),
      ean,
      category_id: leaf.marketplace_category_id,
      brand: extra.brand ?? '',
      weight: 500,
      images: [],
      attributes: {},
      markets: { 'fr-fr': fields, 'de-de': fields, 'es-es': fields, 'it-it': fields },
      status: 'validated',
      createdByMerchant: false,
    });
    added += 1;
  }
  return added;
}

/** Fills a state (taxonomy and products always; demo listings and orders for 'demo'). */
export function seedState(state: SandboxState, seed: SeedName, extras: ExtraProduct[], now: Date): void {
  state.categories = structuredClone(categoryTree) as unknown as CategoryNode[];
  state.products = structuredClone(seedProducts) as unknown as SandboxProduct[];
  addExtraProducts(state, extras);
  if (seed === 'empty') return;
  const at = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  state.listings = (structuredClone(seedListings) as unknown as Omit<SandboxListing, 'date_creation' | 'date_modification'>[]).map((listing) => ({ ...listing, date_creation: at, date_modification: at }));
  state.seq.listing = Math.max(state.seq.listing, ...state.listings.map((listing) => listing.listing_id));
  for (const seedOrder of seedOrders as SeedOrder[]) {
    const placedAt = new Date(now.getTime() - seedOrder.minutesAgo * 60_000);
    const order = placeOrder(state, placedAt, {
      country_code: seedOrder.country_code,
      items: seedOrder.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      customer: seedOrder.customer,
    });
    const later = new Date(placedAt.getTime() + 20 * 60_000).toISOString();
    for (const line of seedOrder.lines) {
      if (line.state >= 2) updateOrder(order, { new_state: 2, sku: line.sku }, later);
    }
    if (seedOrder.lines.some((line) => line.state === 3)) {
      updateOrder(order, { new_state: 3, tracking_number: seedOrder.tracking_number ?? 'SANDBOX0001', shipper: seedOrder.shipper ?? 'Colissimo' }, later);
    }
  }
}
