// Validation and application of a listing's offer fields (price, currency, comment, warranty, stock, shippers, min_price),
// shared by the real-time update (JSON) and the CSV catalog task.
import type { Grade, ListingShipping, SandboxListing, SandboxProduct } from '../state/types';
import { parseGrade } from './grades';
import { market, PLATFORM_CURRENCY } from './markets';
import { maxPrice } from './products';
import { parseShipper } from './shippers';
import { parseInteger, parseMoney } from './values';

export interface FieldError {
  field: string;
  message: string;
}

interface ShippingChange {
  slot: 1 | 2 | 3;
  shipper: string | null;
  display?: string;
  price?: string;
  delay?: number;
}

export interface OfferChanges {
  price?: string;
  currency?: string;
  comment?: string | null;
  warranty_delay?: number;
  quantity?: number;
  min_price?: string | null;
  grade?: Grade;
  shippings: ShippingChange[];
}

export const MAX_COMMENT_LENGTH = 500;
export const MAX_QUANTITY = 100_000;

/** A value counts as given when it is present; in CSV an empty cell means "leave as is". */
function given(input: Record<string, unknown>, key: string, csv: boolean): boolean {
  if (!(key in input) || input[key] === undefined) return false;
  return !(csv && input[key] === '');
}

export interface OfferContext {
  marketCode: string;
  product: SandboxProduct | undefined;
  existing: SandboxListing | undefined;
  warrantyMinMonths: number;
  /** CSV cells are strings and an empty cell is "not given"; JSON null clears nullable fields. */
  csv: boolean;
  /** The maxPrice profile: a price above max_price is refused, or accepted and kept offline (listing-view.ts). */
  maxPrice?: 'refuse' | 'accept-offline';
}

export function parseOfferFields(input: Record<string, unknown>, context: OfferContext): { changes: OfferChanges; errors: FieldError[] } {
  const { marketCode, csv } = context;
  const errors: FieldError[] = [];
  const changes: OfferChanges = { shippings: [] };
  const target = market(marketCode);
  const has = (key: string) => given(input, key, csv);

  if (has('price')) {
    const price = parseMoney(input.price);
    if (price === null || Number(price) <= 0) errors.push({ field: 'price', message: `price must be a positive amount with at most 2 decimals, got ${JSON.stringify(input.price)}.` });
    else if (context.maxPrice !== 'accept-offline' && context.product && Number(price) > Number(maxPrice(context.product, marketCode)))
      errors.push({ field: 'price', message: `price ${price} is above max_price ${maxPrice(context.product, marketCode)} ${target.currency} for this product in ${marketCode}.` });
    else changes.price = price;
  }
  if (has('currency')) {
    const currency = typeof input.currency === 'string' ? input.currency.trim().toUpperCase() : '';
    if (currency !== target.currency) errors.push({ field: 'currency', message: `currency must be ${target.currency} for ${marketCode}, got ${JSON.stringify(input.currency)}.` });
    else changes.currency = currency;
  } else if (has('price') && target.currency !== PLATFORM_CURRENCY) {
    errors.push({ field: 'currency', message: `currency is required with a price in ${marketCode} (${target.currency}); the platform default is ${PLATFORM_CURRENCY}.` });
  }
  if (has('comment')) {
    const comment = input.comment;
    if (comment === null && !csv) changes.comment = null;
    else if (typeof comment !== 'string') errors.push({ field: 'comment', message: 'comment must be a string or null.' });
    else if (comment.length > MAX_COMMENT_LENGTH) errors.push({ field: 'comment', message: `comment is ${comment.length} characters long; the maximum is ${MAX_COMMENT_LENGTH}.` });
    else changes.comment = comment;
  }
  if (has('warranty_delay')) {
    const months = parseInteger(input.warranty_delay);
    if (months === null) errors.push({ field: 'warranty_delay', message: `warranty_delay must be a whole number of months, got ${JSON.stringify(input.warranty_delay)}.` });
    else if (months < context.warrantyMinMonths)
      errors.push({ field: 'warranty_delay', message: `warranty_delay ${months} is under the platform minimum of ${context.warrantyMinMonths} months (Back Market API rule).` });
    else changes.warranty_delay = months;
  }
  if (has('quantity')) {
    const quantity = parseInteger(input.quantity);
    if (quantity === null || quantity < 0 || quantity > MAX_QUANTITY) errors.push({ field: 'quantity', message: `quantity must be a whole number from 0 to ${MAX_QUANTITY}, got ${JSON.stringify(input.quantity)}.` });
    else changes.quantity = quantity;
  }
  if (has('min_price')) {
    if (input.min_price === null && !csv) changes.min_price = null;
    else {
      const minPrice = parseMoney(input.min_price);
      const price = changes.price ?? context.existing?.markets[marketCode]?.price ?? null;
      if (minPrice === null) errors.push({ field: 'min_price', message: `min_price must be an amount with at most 2 decimals, got ${JSON.stringify(input.min_price)}.` });
      else if (price !== null && Number(minPrice) > Number(price)) errors.push({ field: 'min_price', message: `min_price ${minPrice} is above the price ${price}.` });
      else changes.min_price = minPrice;
    }
  }
  for (const key of ['grade', 'state']) {
    if (!has(key) || changes.grade) continue;
    const grade = parseGrade(String(input[key]));
    if (grade === null) errors.push({ field: key, message: `Unknown ${key} ${JSON.stringify(input[key])}: use PREMIUM, EXCELLENT, VERY_GOOD, GOOD, FAIR, STALLONE or the state 9, 0, 1, 2, 3, 4.` });
    else changes.grade = grade;
  }
  for (const slot of [1, 2, 3] as const) parseShipping(input, slot, context, has, changes, errors);
  return { changes, errors };
}

function parseShipping(
  input: Record<string, unknown>,
  slot: 1 | 2 | 3,
  context: OfferContext,
  has: (key: string) => boolean,
  changes: OfferChanges,
  errors: FieldError[],
): void {
  const keys = { shipper: `shipper_${slot}`, display: `shipper_display_${slot}`, price: `shipping_price_${slot}`, delay: `shipping_delay_${slot}` };
  if (![keys.shipper, keys.display, keys.price, keys.delay].some(has)) return;
  const current = context.existing?.shippings.find((entry) => entry.country_code === context.marketCode && entry.slot === slot);
  if (has(keys.shipper) && input[keys.shipper] === null) {
    changes.shippings.push({ slot, shipper: null });
    return;
  }
  const change: ShippingChange = { slot, shipper: current?.shipper ?? null };
  if (has(keys.shipper)) {
    const shipper = typeof input[keys.shipper] === 'string' ? parseShipper(input[keys.shipper] as string) : null;
    if (shipper === null) errors.push({ field: keys.shipper, message: `${keys.shipper} ${JSON.stringify(input[keys.shipper])} is not a shipper Back Market knows (see the Shipper enum).` });
    else change.shipper = shipper;
  }
  if (has(keys.display)) {
    const display = input[keys.display];
    if (display !== null && (typeof display !== 'string' || display.length > 200)) errors.push({ field: keys.display, message: `${keys.display} must be a string of at most 200 characters.` });
    else if (typeof display === 'string') change.display = display;
  }
  if (has(keys.price)) {
    const price = parseMoney(input[keys.price]);
    if (price === null) errors.push({ field: keys.price, message: `${keys.price} must be an amount with at most 2 decimals, got ${JSON.stringify(input[keys.price])}.` });
    else change.price = price;
  }
  if (has(keys.delay)) {
    const delay = parseInteger(input[keys.delay]);
    if (delay === null || delay < 0 || delay > 24 * 60) errors.push({ field: keys.delay, message: `${keys.delay} must be a whole number of hours, got ${JSON.stringify(input[keys.delay])}.` });
    else change.delay = delay;
  }
  if (change.shipper === null) errors.push({ field: keys.shipper, message: `${keys.shipper} is required to define shipping option ${slot}.` });
  else if (!current && (change.price === undefined || change.delay === undefined))
    errors.push({ field: keys.price, message: `A new shipping option ${slot} needs ${keys.price} and ${keys.delay}.` });
  changes.shippings.push(change);
}

/** Applies parsed changes to a listing in a market; returns one message per shipping option touched. */
export function applyOfferChanges(listing: SandboxListing, marketCode: string, changes: OfferChanges, warrantyMinMonths: number, at: string): string[] {
  const target = market(marketCode);
  const touchesMarket = ['price', 'currency', 'comment', 'warranty_delay', 'min_price'].some((key) => key in changes && changes[key as keyof OfferChanges] !== undefined);
  if (touchesMarket || listing.markets[marketCode]) {
    const fields = (listing.markets[marketCode] ??= { price: null, currency: target.currency, comment: null, warranty_delay: warrantyMinMonths, min_price: null });
    if (changes.price !== undefined) fields.price = changes.price;
    if (changes.comment !== undefined) fields.comment = changes.comment;
    if (changes.warranty_delay !== undefined) fields.warranty_delay = changes.warranty_delay;
    if (changes.min_price !== undefined) fields.min_price = changes.min_price;
  }
  if (changes.quantity !== undefined) listing.quantity = changes.quantity;
  if (changes.grade !== undefined) listing.grade = changes.grade;
  const messages: string[] = [];
  for (const change of changes.shippings) {
    const index = listing.shippings.findIndex((entry) => entry.country_code === marketCode && entry.slot === change.slot);
    if (change.shipper === null) {
      if (index >= 0) listing.shippings.splice(index, 1);
      messages.push(`Shipping method ${change.slot} removed`);
      continue;
    }
    const previous = index >= 0 ? listing.shippings[index] : undefined;
    const next: ListingShipping = {
      country_code: marketCode,
      slot: change.slot,
      shipper: change.shipper,
      shipper_display: change.display ?? previous?.shipper_display ?? change.shipper,
      shipping_price: change.price ?? previous?.shipping_price ?? '0.00',
      shipping_delay: change.delay ?? previous?.shipping_delay ?? 48,
    };
    if (index >= 0) listing.shippings[index] = next;
    else listing.shippings.push(next);
    messages.push(`Shipping method ${change.slot} (${next.shipper_display}) ${previous ? 'updated' : 'created'}`);
  }
  listing.date_modification = at;
  return messages;
}
