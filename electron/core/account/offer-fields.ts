// The offer fields an existing listing and the catalogue can disagree on (price, quantity, grade, comment, warranty per
// market): Back Market's value as its listing shows it, the catalogue's as the mapping would send it, and whether they
// are the same (numbers compared as numbers: "199.9" and "199.90" are one price).
import type { ReviewField } from '../../../shared/account';
import type { OfferHashes } from '../sync/plan-types';
import type { SnapshotListing } from './account-repo';

export const NUMERIC_FIELDS: ReadonlySet<ReviewField> = new Set(['price', 'quantity', 'warranty_delay']);

/** Which hash a field's change travels in. */
export const GROUP_OF: Record<ReviewField, keyof OfferHashes> = { quantity: 'stock', price: 'price', grade: 'content', comment: 'content', warranty_delay: 'content' };

/** The five fields, in the order backMarketValues gives them (the order accepted_values has always had them in). */
export const COMPARED_FIELDS: readonly ReviewField[] = ['price', 'quantity', 'grade', 'comment', 'warranty_delay'];

/** The five fields as Back Market's listing shows them. */
export function backMarketValues(listing: SnapshotListing): Record<ReviewField, string> {
  return {
    price: listing.price,
    quantity: String(listing.quantity),
    // Back Market's grades are upper case; a lower-case answer (the contract is silent) is the same grade.
    grade: listing.grade.trim().toUpperCase(),
    comment: listing.comment,
    warranty_delay: listing.warrantyDelay === null ? '' : String(listing.warrantyDelay),
  };
}

/** The five fields as the mapping sends them ('' where it sends none). */
export function catalogueValues(values: Readonly<Record<string, string>>): Record<ReviewField, string> {
  return {
    price: values.price ?? '',
    quantity: values.quantity ?? '',
    grade: values.grade ?? '',
    comment: values.comment ?? '',
    warranty_delay: values.warranty_delay ?? '',
  };
}

export function sameValue(field: ReviewField, a: string, b: string): boolean {
  // Most values of an import or a read are equal as they are.
  if (a === b) return true;
  if (NUMERIC_FIELDS.has(field)) {
    if (a.trim() === '' || b.trim() === '') return a.trim() === b.trim();
    return Number(a) === Number(b);
  }
  return a.trim() === b.trim();
}
