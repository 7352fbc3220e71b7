// What one offer costs the merchant per unit sold, besides its price (the floor's inputs): the cheapest device in stock
// where the product's units are tracked, else the product's cost price; the country's shipping and DEEE fee; commission.
import type { UnitCosts } from '../../../shared/backbox';
import { COMMISSION_RATE } from '../../../shared/mapping';
import type { Db } from '../db/connection';
import type { PriceRow } from '../../../shared/mapping';

const toCents = (amount: number | null): number | null => (amount === null ? null : Math.round(amount * 100));

export interface OfferPricing {
  /** The price the catalogue gives the offer in this country; null when it has none. */
  priceCents: number | null;
  costs: UnitCosts;
}

/** Reads an offer's price and costs from its product's price row (one query per offer for the unit ledger). */
export function offerPricingReader(db: Db): (row: PriceRow | undefined, productNumber: string, country: string, currency: string) => OfferPricing {
  const unitCostOf = cheapestUnitCost(db);
  return (row, productNumber, country, currency) => {
    const cell = row?.prices[country];
    return {
      priceCents: toCents(cell?.price ?? null),
      costs: {
        costCents: unitCostOf(productNumber, currency) ?? toCents(row?.costPrice ?? null),
        shippingCents: toCents(cell?.breakdown?.shipping ?? 0) ?? 0,
        feeCents: toCents(cell?.breakdown?.deee ?? 0) ?? 0,
        commissionRate: COMMISSION_RATE,
      },
    };
  };
}

/** What the cheapest device in stock of a SKU cost (purchase plus repair, in the market's currency); undefined when none is recorded. */
function cheapestUnitCost(db: Db): (sku: string, currency: string) => number | undefined {
  const query = db.prepare(
    `SELECT min(purchase_cost_cents + repair_cost_cents) FROM units WHERE sku = ? AND status = 'in-stock' AND purchase_cost_cents IS NOT NULL AND currency = ?`,
  );
  return (sku, currency) => (query.pluck().get(sku, currency) as number | null) ?? undefined;
}
