// Under a price of the Prices matrix: the margin selling the cheapest device in stock at that price would make, after
// fee, parcel, its costs and VAT, flagged below the merchant's minimum. Nothing is shown where no device is recorded.
import { useTranslation } from 'react-i18next';
import type { MarginAtPrice } from '../../../shared/margin';
import { useFormat } from '../../i18n/format';

export function UnitMarginNote({ margin, currency }: { margin: MarginAtPrice | undefined; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!margin || margin.marginCents === null) return null;
  const amount = format.money(margin.marginCents / 100, currency);
  return (
    <span className={`field-hint${margin.belowMinimum || margin.marginCents < 0 ? ' margin-negative' : ''}`} data-testid="unit-margin">
      {margin.belowMinimum ? t('units.margin.atPriceBelow', { amount }) : t('units.margin.atPrice', { amount })}
    </span>
  );
}

/** The page's cells for one margin:atPrices call, and how to find each answer. */
export function marginCells(rows: readonly { productNumber: string; prices: Record<string, { price: number | null }> }[], countries: readonly { code: string }[]) {
  const cells: { sku: string; country: string; priceCents: number }[] = [];
  for (const row of rows) {
    for (const country of countries) {
      const price = row.prices[country.code]?.price;
      if (price !== null && price !== undefined && price >= 0) cells.push({ sku: row.productNumber, country: country.code, priceCents: Math.round(price * 100) });
    }
  }
  const keyOf = (sku: string, country: string) => `${sku}|${country}`;
  return { cells, keyOf };
}
