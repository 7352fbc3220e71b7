// The review of matched offers whose values differ, before the first sync: field by field, "keep Back Market's" writes
// Back Market's value into the catalogue (so nothing is sent), "keep mine" lets the sync send the catalogue's. Once
// every field of an offer is decided, its state is taken over (adopt.ts) and the planner no longer holds it.
import { reviewDecisionSchema, reviewQuerySchema, type ReviewDecisionReport, type ReviewDecisionRequest, type ReviewField, type ReviewPage, type ReviewQuery } from '../../../shared/account';
import { compileContext, type MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { adoptOffers } from './adopt';
import { writeBackMarketValue } from './catalogue-writes';

interface ReviewKeyRow {
  product_number: string;
  country: string;
  field: ReviewField;
  backmarket: string;
}

export function reviewPage(db: Db, raw: ReviewQuery): ReviewPage {
  const query = reviewQuerySchema.parse(raw);
  const where = query.undecidedOnly ? 'WHERE decision IS NULL' : '';
  const total = db.prepare(`SELECT count(*) FROM account_reviews ${where}`).pluck().get() as number;
  const rows = db
    .prepare(`SELECT product_number, country, field, backmarket, mine, decision FROM account_reviews ${where} ORDER BY product_number, country, field LIMIT ? OFFSET ?`)
    .all(query.limit, query.offset) as { product_number: string; country: string; field: ReviewField; backmarket: string; mine: string; decision: 'backmarket' | 'mine' | null }[];
  return {
    total,
    rows: rows.map((row) => ({ productNumber: row.product_number, country: row.country, field: row.field, backmarket: row.backmarket, mine: row.mine, decision: row.decision })),
  };
}

export function reviewCounts(db: Db): { offers: number; fields: number } {
  const row = db.prepare("SELECT count(DISTINCT product_number || char(0) || country) AS offers, count(*) AS fields FROM account_reviews WHERE decision IS NULL").get() as {
    offers: number;
    fields: number;
  };
  return row;
}

export function decide(db: Db, snapshot: MappingSnapshot, raw: ReviewDecisionRequest, now: string): ReviewDecisionReport {
  const request = reviewDecisionSchema.parse(raw);
  const context = compileContext(snapshot);
  const open = db.prepare('SELECT product_number, country, field, backmarket FROM account_reviews WHERE product_number = ? AND country = ? AND field = ? AND decision IS NULL');
  const rows: ReviewKeyRow[] =
    request.scope === 'all'
      ? (db
          .prepare(`SELECT product_number, country, field, backmarket FROM account_reviews WHERE decision IS NULL ${request.field ? 'AND field = ?' : ''}`)
          .all(...(request.field ? [request.field] : [])) as ReviewKeyRow[])
      : request.rows.flatMap((key) => {
          const row = open.get(key.productNumber, key.country, key.field) as ReviewKeyRow | undefined;
          return row ? [row] : [];
        });
  const idOf = db.prepare('SELECT id FROM products WHERE product_number = ?').pluck();
  const mark = db.prepare('UPDATE account_reviews SET decision = ?, decided_at = ? WHERE product_number = ? AND country = ? AND field = ?');
  return db.transaction((): ReviewDecisionReport => {
    const products = new Set<string>();
    for (const row of rows) {
      if (request.decision === 'backmarket') {
        const id = idOf.get(row.product_number) as number | undefined;
        if (id !== undefined) writeBackMarketValue(db, context, id, row.country, row.field, row.backmarket, now);
      }
      mark.run(request.decision, now, row.product_number, row.country, row.field);
      products.add(row.product_number);
    }
    const { adopted } = adoptOffers(db, snapshot, [...products], now);
    return { decided: rows.length, released: adopted };
  })();
}
