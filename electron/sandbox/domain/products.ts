// Products of the catalogue: matching by EAN, UUID or legacy id, validation of merchant-created products, max_price.
import type { SandboxProduct, SandboxState } from '../state/types';
import { findMarket, DEFAULT_MARKET } from './markets';

/** Products by UUID, rebuilt when the product list is replaced or grows (every listing view and publication state looks its product up). */
const uuidIndexes = new WeakMap<SandboxProduct[], { size: number; byId: Map<string, SandboxProduct> }>();

export function productByUuid(state: SandboxState, id: string): SandboxProduct | undefined {
  const key = id.toLowerCase();
  let index = uuidIndexes.get(state.products);
  if (!index || index.size !== state.products.length) {
    index = { size: state.products.length, byId: new Map(state.products.map((product) => [product.product_id, product])) };
    uuidIndexes.set(state.products, index);
  }
  const found = index.byId.get(key);
  // The sandbox only appends products or replaces the whole list; the id check guards against any other edit.
  if (found?.product_id === key) return found;
  return found ? state.products.find((product) => product.product_id === key) : undefined;
}

export function productByBackmarketId(state: SandboxState, id: number): SandboxProduct | undefined {
  return state.products.find((product) => product.backmarket_id === id);
}

/** Matches EAN-13 and its zero-padded forms (a UPC-A 012345678905 is EAN 0012345678905). */
export function productByEan(state: SandboxState, ean: string): SandboxProduct | undefined {
  const key = ean.trim().replace(/^0+/, '');
  if (key === '') return undefined;
  return state.products.find((product) => product.ean.replace(/^0+/, '') === key);
}

/** Products a merchant created leave 'pending' once the validation delay has passed. */
export function refreshValidation(state: SandboxState, now: Date): void {
  for (const product of state.products) {
    if (product.status === 'pending' && product.validatesAt !== undefined && Date.parse(product.validatesAt) <= now.getTime()) {
      product.status = 'validated';
      delete product.validatesAt;
    }
  }
}

/** The product's per-market fields, falling back to fr-fr then to any market. */
export function productMarket(product: SandboxProduct, code: string) {
  return product.markets[code] ?? product.markets[DEFAULT_MARKET] ?? Object.values(product.markets)[0] ?? { title: product.ean, description: '', price_new: '0.00' };
}

/** The highest price a listing may have in a market: the product's price new there (converted from EUR when unknown). */
export function maxPrice(product: SandboxProduct, code: string): string {
  const own = product.markets[code];
  if (own) return own.price_new;
  const base = productMarket(product, DEFAULT_MARKET);
  const rate = findMarket(code)?.eurRate ?? 1;
  return (Number(base.price_new) * rate).toFixed(2);
}
