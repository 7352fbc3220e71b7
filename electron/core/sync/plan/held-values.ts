// What Back Market holds for an offer, compared cell by cell with what the catalogue would send. A group's hash tells
// that something may have changed since Back Market accepted the offer; the values tell whether it really did. They
// differ for an offer taken over from the account: its hashes are those of the catalogue's intent at the adoption, when
// the mapping may not have read the quantity, the grade (a condition the condition map did not know yet) or the SKU,
// while its accepted values are Back Market's. Such a group sends nothing: only a cell that differs is a change.
import { findBmField, type BmFieldKind } from '../../../../shared/mapping';
import { skuKey } from '../../account/account-repo';
import { groupOf, IDENTITY_COLUMNS, type CellGroup } from './offer-cells';
import type { FieldChange } from '../../../../shared/sync';

/** Numbers compared as numbers: "289" and "289.00" are one price, "12" and "12.0" one warranty. */
const NUMBER_KINDS: ReadonlySet<BmFieldKind> = new Set(['money', 'integer', 'months', 'grams', 'dimension']);

const numeric = (column: string): boolean => {
  const kind = findBmField(column)?.kind;
  return kind !== undefined && NUMBER_KINDS.has(kind);
};

/** Whether a cell the catalogue sends holds what Back Market holds in that column. */
export function sameCell(column: string, sent: string, held: string): boolean {
  if (sent === held) return true;
  if (column === 'sku') return skuKey(sent) === skuKey(held);
  if (numeric(column) && sent.trim() !== '' && held.trim() !== '') return Number(sent) === Number(held);
  return sent.trim() === held.trim();
}

/**
 * An identity cell (EAN, product id) goes on every line for Back Market to match the listing by; where Back Market's
 * value is not known (an offer taken over from the account never sent it), it is no change of the offer.
 */
const unknownIdentity = (column: string, held: Readonly<Record<string, string>>): boolean => IDENTITY_COLUMNS.has(column) && (held[column] ?? '') === '';

/** The cells of this group that differ from what Back Market holds, before → after ('' where it holds none). */
export function changedCells(cells: Readonly<Record<string, string>>, held: Readonly<Record<string, string>>, groups: ReadonlySet<CellGroup>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [column, value] of Object.entries(cells)) {
    if (!groups.has(groupOf(column)) || unknownIdentity(column, held)) continue;
    const before = held[column] ?? '';
    if (!sameCell(column, value, before)) changes.push({ field: column, before, after: value });
  }
  return changes;
}
