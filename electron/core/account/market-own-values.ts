// Each market's comment and warranty, as Back Market holds them, into an imported product: Back Market holds one of each
// per market, while markets often read one catalogue column (fr-fr and fr-be one comment, every market one warranty).
// The column gets the home market's value (else the first held in the merchant's order); a market holding another one
// keeps it as its own (comment_fr-be, warranty_de-de), which wins there; a market holding no comment where another
// holds one keeps its empty one as its own, so no other market's comment is ever sent there. Every market's intent is
// then what it holds, and no later mapping change makes one send another market's value.
import type { ImportAttributeNames, ReviewField } from '../../../shared/account';
import type { FieldSource } from '../../../shared/mapping';
import { MARKET_OWN_FIELDS, marketOwnColumn, type MarketOwnField } from '../../../shared/market-language';
import type { FieldValues } from '../db/product-columns';
import type { SnapshotListing } from './account-repo';
import { putValue } from './catalogue-writes';
import { sameValue } from './offer-fields';

/** Where the mapping reads a market's comment and warranty (null: nowhere yet). */
export type OwnPlaces = Record<MarketOwnField, FieldSource | null>;

// A mapping's sources are the same objects for a whole import: each one's key is written once, not once per listing.
const sourceKeys = new WeakMap<FieldSource, string>();
function sourceKey(source: FieldSource): string {
  let key = sourceKeys.get(source);
  if (key === undefined) sourceKeys.set(source, (key = JSON.stringify(source)));
  return key;
}

/** The value a listing holds ('' for none), as Back Market gives it. */
const heldOf = (listing: SnapshotListing, field: MarketOwnField): string =>
  field === 'comment' ? listing.comment : listing.warrantyDelay === null ? '' : String(listing.warrantyDelay);

/**
 * Places the comment and the warranty of every market of one imported product (`main`: the home market's listing, whose
 * values are the catalogue's own).
 */
export function placeMarketValues(
  values: FieldValues,
  attributes: Record<string, string>,
  markets: readonly SnapshotListing[],
  main: SnapshotListing,
  placeOf: (country: string) => OwnPlaces,
  names?: ImportAttributeNames,
): void {
  const order: SnapshotListing[] = [main];
  for (const listing of markets) if (listing !== main) order.push(listing);
  for (const field of MARKET_OWN_FIELDS) placeField(field, values, attributes, order, placeOf, names);
}

/** Markets reading the same source share one column: keyed by it ('unmapped' ones go to one attribute, putValue). */
function keyOf(placeOf: (country: string) => OwnPlaces, country: string, field: MarketOwnField): string {
  const source = placeOf(country)[field];
  return source ? sourceKey(source) : 'unmapped';
}

function placeField(
  field: MarketOwnField,
  values: FieldValues,
  attributes: Record<string, string>,
  order: readonly SnapshotListing[],
  placeOf: (country: string) => OwnPlaces,
  names?: ImportAttributeNames,
): void {
  const reviewField: ReviewField = field;
  // What each shared place holds for this product once written (a fixed value holds its own): a product has a handful
  // of markets, so two short lists rather than a map per product and field.
  const placedKeys: string[] = [];
  const placedValues: string[] = [];
  let anyHeld = false;
  for (const listing of order) {
    const held = heldOf(listing, field);
    if (held.trim() === '') continue;
    anyHeld = true;
    const key = keyOf(placeOf, listing.country, field);
    if (placedKeys.includes(key)) continue;
    const source = placeOf(listing.country)[field];
    if (putValue(values, attributes, source, field, held, names)) {
      placedKeys.push(key);
      placedValues.push(held);
    } else if (source?.kind === 'fixed') {
      placedKeys.push(key);
      placedValues.push(source.value);
    }
  }
  for (const listing of order) {
    const held = heldOf(listing, field);
    if (held.trim() === '') {
      // A warranty is required: a market without one gets the shared one rather than none (Back Market asks for it).
      if (field === 'comment' && anyHeld) attributes[marketOwnColumn(field, listing.country)] = '';
      continue;
    }
    const at = placedKeys.indexOf(keyOf(placeOf, listing.country, field));
    if (at === -1 || !sameValue(reviewField, placedValues[at] as string, held)) attributes[marketOwnColumn(field, listing.country)] = held;
  }
}
