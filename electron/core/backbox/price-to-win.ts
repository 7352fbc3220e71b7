// Price to win for a selection: each offer's price, cost and BackBox standing gathered from SQLite, the shared plan
// (floor, maximum, grade ladder) run over them, and the new prices written to the price matrix and the outbox.
import { planPriceToWin, type OfferStanding, type PriceToWinPreview, type PriceToWinSettings } from '../../../shared/backbox';
import { isGrade } from '../../../shared/grades';
import type { MarketCountry } from '../../../shared/mapping';
import { compileContext } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { GRADE_SQL } from '../sync/listings/listing-sql';
import { priceRow, setStoredPrice } from '../mapping/pricing';
import { loadSnapshot } from '../mapping/snapshot';
import { validationProducts } from '../mapping/validation-products';
import { recordPriceChange } from './backbox-repo';
import { offerPricingReader } from './offer-costs';

interface OfferFacts {
  productId: number;
  productNumber: string;
  country: string;
  bmProductId: string | null;
  grade: string;
}

/** The selected offers, and the other offers of the same Back Market products in the same countries (for the grade ladder). */
function offersWithLadder(db: Db, refs: readonly { productId: number; country: string }[]): { selected: OfferFacts[]; neighbours: OfferFacts[] } {
  const facts = `SELECT p.id AS productId, p.product_number AS productNumber, s.country AS country, s.bm_product_id AS bmProductId, ${GRADE_SQL} AS grade
                   FROM products p
                   LEFT JOIN value_maps g ON g.map = 'condition' AND g.merchant_value = p.condition`;
  // The country comes from the selection: an offer never synced has no listing_states row to give it.
  const known = db
    .prepare(
      `SELECT p.id AS productId, p.product_number AS productNumber, json_extract(r.value, '$.country') AS country, s.bm_product_id AS bmProductId, ${GRADE_SQL} AS grade
         FROM json_each(@refs) r
         JOIN products p ON p.id = json_extract(r.value, '$.productId')
         LEFT JOIN value_maps g ON g.map = 'condition' AND g.merchant_value = p.condition
         LEFT JOIN listing_states s ON s.product_number = p.product_number AND s.country = json_extract(r.value, '$.country')
        ORDER BY r.key`,
    )
    .all({ refs: JSON.stringify(refs) }) as OfferFacts[];
  const keys = new Set(known.map((offer) => `${offer.productNumber}|${offer.country}`));
  const pairs = [...new Set(known.filter((offer) => offer.bmProductId).map((offer) => JSON.stringify([offer.bmProductId, offer.country])))].map((text) => JSON.parse(text) as [string, string]);
  const neighbours = pairs.length
    ? (
        db
          .prepare(
            `${facts}
               JOIN listing_states s ON s.product_number = p.product_number
               JOIN json_each(@pairs) q ON s.bm_product_id = json_extract(q.value, '$[0]') AND s.country = json_extract(q.value, '$[1]')`,
          )
          .all({ pairs: JSON.stringify(pairs) }) as OfferFacts[]
      ).filter((offer) => !keys.has(`${offer.productNumber}|${offer.country}`))
    : [];
  return { selected: known, neighbours };
}

interface ReadFacts {
  is_winning: number;
  price_to_win_cents: number;
}

/** The plan for a selection, each line with its product id and currency; offers outside the selection only keep the ladder. */
export function previewPriceToWin(db: Db, markets: readonly MarketCountry[], refs: readonly { productId: number; country: string }[], settings: PriceToWinSettings): PriceToWinPreview {
  const context = compileContext(loadSnapshot(db, markets));
  const { selected, neighbours } = offersWithLadder(db, refs);
  const everyone = [...selected, ...neighbours];
  const rows = new Map([...validationProducts(db, { attributes: true, countryPrices: true }, [...new Set(everyone.map((offer) => offer.productId))])].map((product) => [product.id, priceRow(product, context)]));
  const readOf = db.prepare('SELECT is_winning, price_to_win_cents FROM backbox_reads WHERE product_number = ? AND country = ?');
  const currencyOf = new Map(markets.map((market) => [market.code, market.currency]));
  const pricingOf = offerPricingReader(db);
  const standings: OfferStanding[] = everyone.map((offer, index) => {
    const pricing = pricingOf(rows.get(offer.productId), offer.productNumber, offer.country, currencyOf.get(offer.country) ?? 'EUR');
    // A neighbour is never moved: it stands in the plan as "not read" so only its price counts.
    const read = index < selected.length ? (readOf.get(offer.productNumber, offer.country) as ReadFacts | undefined) : undefined;
    return {
      productNumber: offer.productNumber,
      country: offer.country,
      bmProductId: offer.bmProductId,
      grade: isGrade(offer.grade) ? offer.grade : null,
      currentCents: pricing.priceCents ?? 0,
      isWinning: read ? read.is_winning === 1 : null,
      priceToWinCents: read ? read.price_to_win_cents : null,
      // The floor per unit: the cheapest device in stock where the product's units are tracked, else the product's cost price.
      costs: pricing.costs,
    };
  });
  const lines = planPriceToWin(standings, settings)
    .slice(0, selected.length)
    .map((line, index) => ({ ...line, productId: (selected[index] as OfferFacts).productId, currency: currencyOf.get(line.country) ?? 'EUR' }))
    // An offer without a price in that country has nothing to move.
    .map((line) => (line.currentCents > 0 || line.untouched ? line : { ...line, newCents: null, untouched: 'not-read' as const }));
  return { lines, settings };
}

/** Writes the preview's new prices in one transaction: the price matrix, the outbox (price), and a change record each. */
export function applyPriceToWin(db: Db, preview: PriceToWinPreview, changedBy: string, at: string): { applied: number; productIds: number[] } {
  const moved = preview.lines.filter((line) => line.newCents !== null);
  db.transaction(() => {
    for (const line of moved) {
      setStoredPrice(db, line.productId, line.country, (line.newCents as number) / 100);
      markPending(db, line.productNumber, 'upsert', ['price'], at, [line.country]);
      recordPriceChange(db, {
        productNumber: line.productNumber,
        country: line.country,
        fromCents: line.currentCents,
        toCents: line.newCents as number,
        reason: 'price-to-win',
        changedBy,
        changedAt: at,
        detail: { priceToWinCents: line.priceToWinCents, floorCents: line.floorCents, maxCents: line.maxCents, stepCents: preview.settings.stepCents },
      });
    }
  })();
  return { applied: moved.length, productIds: [...new Set(moved.map((line) => line.productId))] };
}
