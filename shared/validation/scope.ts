// What the 'listing' scope leaves out: the product sheet. A listing Back Market already holds has its product there
// (brand, images, title, description, category and its attributes…); updating it needs only the listing's own fields
// (SKU and identity, quantity, price, grade, comment, warranty, shipping). The pre-flight check does not ask for the
// product sheet there, and the planner does not send it to an offer Refurb Desk took over from the account.
import { findBmField } from '../mapping';

/** Identity columns outside the mapping's fields: the legacy product id rides with the SKU, never as product content. */
const LISTING_IDENTITY: ReadonlySet<string> = new Set(['backmarket_id']);

const sheet = new Map<string, boolean>();

/**
 * Whether a CSV column belongs to the product sheet: a Back Market field of the 'product' group, the category, or one
 * of the category's attributes (any column the mapping's fields do not name).
 */
export function isProductSheetColumn(column: string): boolean {
  let answer = sheet.get(column);
  if (answer === undefined) {
    const spec = findBmField(column);
    answer = spec ? spec.group === 'product' : !LISTING_IDENTITY.has(column);
    if (sheet.size < 10_000) sheet.set(column, answer);
  }
  return answer;
}
