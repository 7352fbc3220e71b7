// The review's rows as the merchant decides them: quantity and grade belong to the listing, shared by all its markets,
// so one click decides them everywhere — they are one row naming the markets, not one per market. Every other value is
// a market's own. The rows keep the order main gave (by SKU, then market).
import type { ReviewNeed, ReviewRow } from '../../../../shared/account';

/** Quantity and grade: one decision for every market of a listing (as main decides them). */
const SHARED: ReadonlySet<ReviewRow['field']> = new Set(['quantity', 'grade']);

export interface ReviewGroup {
  key: string;
  productNumber: string;
  productId: number;
  field: ReviewRow['field'];
  /** The row a decision is sent for: main decides every market of a shared field with it. */
  first: ReviewRow;
  /** Each market of the choice with its values there (one for a market's own value). */
  markets: { country: string; backmarket: string; mine: string }[];
  /** What "Keep mine" / "Publish" still needs, every market's together (each need once). */
  needs: ReviewNeed[];
}

export function reviewGroups(rows: readonly ReviewRow[]): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup & { seen: Set<string> }>();
  for (const row of rows) {
    const key = SHARED.has(row.field) ? `${row.productNumber}|${row.field}` : `${row.productNumber}|${row.country}|${row.field}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, productNumber: row.productNumber, productId: row.productId ?? 0, field: row.field, first: row, markets: [], needs: [], seen: new Set() };
      groups.set(key, group);
    }
    group.markets.push({ country: row.country, backmarket: row.backmarket, mine: row.mine });
    for (const need of row.needs ?? []) {
      const said = JSON.stringify(need);
      if (group.seen.has(said)) continue;
      group.seen.add(said);
      group.needs.push(need);
    }
  }
  return [...groups.values()].map(({ seen: _seen, ...group }) => group);
}

/** Whether every market of a choice holds the same values (then they are shown once). */
export const sameEverywhere = (group: ReviewGroup): boolean => group.markets.every((market) => market.backmarket === group.first.backmarket && market.mine === group.first.mine);
