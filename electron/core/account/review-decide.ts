// The review's decisions. "Keep Back Market's" writes Back Market's value into the catalogue (so nothing is sent), "keep
// mine" lets the sync send the catalogue's; once every field of an offer is decided, its state is taken over (adopt.ts),
// and the price kept is written in the price grid where the mapping reads prices there (kept-prices.ts).
// - A decision already made stands: "… for all" decides only what is still open.
// - A field shared by all the markets of a listing (quantity, grade) takes one decision: its rows in every market are
//   decided together, and "… for all" gives the ones still open the decision already made in another market.
// - Markets whose comment (or warranty) is one catalogue column: Back Market's value is written there only when it is
//   also what Back Market holds in each of those markets and none of them kept the catalogue's — they are then decided
//   together. Otherwise it is kept as this market's own (comment_fr-be, warranty_fr-be), which wins there; where a
//   field has no such column, the decision keeps Back Market's value on Back Market without writing it, and the report
//   says so (keptOnly).
import {
  reviewDecisionSchema,
  type ReviewDecision,
  type ReviewDecisionReport,
  type ReviewDecisionRequest,
  type ReviewField,
  type ReviewKeptOnly,
  type ReviewKind,
} from '../../../shared/account';
import { compileContext, type MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { snapshotOf } from './account-repo';
import { adoptOffers } from './adopt';
import { readsTarget, targetOf, writeBackMarketValue } from './catalogue-writes';
import { keepPricesInGrid } from './kept-prices';
import { backMarketValues, sameValue } from './offer-fields';
import { STANDING } from './review';
import { heldChoices, type ReviewKey } from './review-needs';

interface StandingRow {
  product_number: string;
  country: string;
  field: ReviewKind;
  backmarket: string;
  decision: ReviewDecision | null;
}

/** Quantity and grade belong to the listing, shared by all its markets: one decision for all of them. */
const SHARED: ReadonlySet<ReviewKind> = new Set(['quantity', 'grade']);

const keyOf = (row: { product_number: string; country: string; field: string }) => `${row.product_number}\u0000${row.country}\u0000${row.field}`;

export function decide(db: Db, snapshot: MappingSnapshot, raw: ReviewDecisionRequest, now: string, countries: readonly string[]): ReviewDecisionReport {
  const request = reviewDecisionSchema.parse(raw);
  const context = compileContext(snapshot);
  const params = { countries: JSON.stringify(countries) };
  const open = db.prepare(`SELECT product_number, country, field, backmarket, decision FROM account_reviews r WHERE ${STANDING} AND r.decision IS NULL AND r.product_number = @product AND r.country = @country AND r.field = @field`);
  const chosen: StandingRow[] =
    request.scope === 'all'
      ? (db
          .prepare(`SELECT product_number, country, field, backmarket, decision FROM account_reviews r WHERE r.decision IS NULL AND ${STANDING} ${request.field ? 'AND r.field = @field' : ''} ORDER BY product_number, country, field`)
          .all({ ...params, ...(request.field ? { field: request.field } : {}) }) as StandingRow[])
      : request.rows.flatMap((key) => {
          const row = open.get({ ...params, product: key.productNumber, country: key.country, field: key.field }) as StandingRow | undefined;
          return row ? [row] : [];
        });
  const products = [...new Set(chosen.map((row) => row.product_number))];
  const idOf = db.prepare('SELECT id FROM products WHERE product_number = ?').pluck();
  /** The rows decided "keep mine" / "publish": the report says which the sync cannot send yet, and what they need. */
  const mine: ReviewKey[] = [];
  const report = db.transaction((): ReviewDecisionReport => {
    // Every standing row of these products, decided or not: the other markets a decision is taken together with.
    const standing = db
      .prepare(`SELECT product_number, country, field, backmarket, decision FROM account_reviews r WHERE ${STANDING} AND r.product_number IN (SELECT value FROM json_each(@products))`)
      .all({ ...params, products: JSON.stringify(products) }) as StandingRow[];
    const rowsOf = new Map<string, StandingRow>(standing.map((row) => [keyOf(row), row]));
    /** A shared field's rows of a product, every market's (indexed once: "for all" may decide tens of thousands). */
    const groups = new Map<string, StandingRow[]>();
    for (const row of standing) {
      if (!SHARED.has(row.field)) continue;
      const key = `${row.product_number}\u0000${row.field}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    const listings = snapshotOf(db, products, countries);
    /** The decision each row takes now (rows already decided, of another market, are in it only when decided again). */
    const decisions = new Map<string, { row: StandingRow; decision: ReviewDecision }>();
    const decisionOf = (product: string, country: string, field: string): ReviewDecision | null => {
      const key = keyOf({ product_number: product, country, field });
      return decisions.get(key)?.decision ?? rowsOf.get(key)?.decision ?? null;
    };
    const keptOnly: ReviewKeptOnly[] = [];
    const written = new Set<string>();

    for (const row of chosen) {
      if (decisions.has(keyOf(row))) continue;
      if (SHARED.has(row.field)) {
        const group = groups.get(`${row.product_number}\u0000${row.field}`) ?? [row];
        const made = group.find((other) => other.decision !== null)?.decision;
        // "… for all" never overrides the decision made for the field in another market; one by one, the merchant decides it again.
        const decision = request.scope === 'all' && made ? made : request.decision;
        for (const member of group) if (request.scope === 'rows' || member.decision === null) decisions.set(keyOf(member), { row: member, decision });
        if (decision === 'backmarket') write(row, group.filter((member) => member.country !== row.country).map((member) => member.country));
        continue;
      }
      decisions.set(keyOf(row), { row, decision: request.decision });
      if (request.decision !== 'backmarket' || row.field === 'market') continue;
      const field = row.field as ReviewField;
      const target = targetOf(context, field, row.country);
      if (field === 'price' || target === null) {
        write(row, []);
        continue;
      }
      if (written.has(`${row.product_number}\u0000${target}`)) continue;
      // The other markets reading the same catalogue column, where Back Market holds a listing of the product.
      const id = idOf.get(row.product_number) as number | undefined;
      const sharing = id === undefined ? [] : countries.filter((country) => country !== row.country && readsTarget(db, context, id, field, country, target));
      const held = listings.get(row.product_number) ?? [];
      const clashing: string[] = [];
      const together: StandingRow[] = [];
      for (const country of sharing) {
        const listing = held.find((entry) => entry.country === country);
        if (!listing) continue;
        const same = sameValue(field, backMarketValues(listing)[field], row.backmarket);
        if (!same || decisionOf(row.product_number, country, field) === 'mine') clashing.push(country);
        else {
          const other = rowsOf.get(keyOf({ product_number: row.product_number, country, field }));
          if (other && other.decision === null) together.push(other);
        }
      }
      if (clashing.length > 0) {
        // A comment or a warranty can be this market's own (comment_fr-be, warranty_fr-be; a comment held empty too): the
        // others keep theirs. Other fields have one column for all.
        if (field === 'comment' || (field === 'warranty_delay' && row.backmarket.trim() !== '')) write(row, [], true);
        else keptOnly.push({ productNumber: row.product_number, country: row.country, field, reason: 'shared-column', sharedWith: clashing });
        continue;
      }
      for (const other of together) decisions.set(keyOf(other), { row: other, decision: 'backmarket' });
      write(row, together.map((other) => other.country));
    }

    function write(row: StandingRow, sharedWith: string[], own = false): void {
      const field = row.field as ReviewField;
      const target = (own ? null : targetOf(context, field, row.country)) ?? `${field}\u0000${row.country}`;
      const once = `${row.product_number}\u0000${target}`;
      if (written.has(once)) return;
      written.add(once);
      const id = idOf.get(row.product_number) as number | undefined;
      if (id === undefined) return;
      const outcome = writeBackMarketValue(db, context, id, row.country, field, row.backmarket, now, own);
      if (outcome !== 'written') keptOnly.push({ productNumber: row.product_number, country: row.country, field, reason: outcome, sharedWith });
    }

    const mark = db.prepare('UPDATE account_reviews SET decision = ?, decided_at = ? WHERE product_number = ? AND country = ? AND field = ?');
    for (const { row, decision } of decisions.values()) {
      mark.run(decision, now, row.product_number, row.country, row.field);
      if (decision === 'mine') mine.push({ productNumber: row.product_number, country: row.country, field: row.field });
    }
    const { adopted } = adoptOffers(db, snapshot, products, now);
    // The price kept ("keep mine", or agreed) goes where the mapping reads it: an empty box of the price grid.
    keepPricesInGrid(db, snapshot, countries, products);
    return { decided: decisions.size, released: adopted, keptOnly };
  })();
  const held = heldChoices(db, snapshot, mine, countries);
  return held.heldCount > 0 ? { ...report, ...held } : report;
}
