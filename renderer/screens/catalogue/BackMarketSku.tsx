// Beside the product number in the product form: the SKU as Back Market spells it, where it spells it otherwise
// (« ip13-3 » for the catalogue's « IP13-3 »). Back Market matches SKUs whatever their case, so it is the same offer; the
// Listings grid and the dry run show Back Market's spelling, and the sync keeps it: nothing is renamed on Back Market.
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/catalogue';
import { useCallQuery } from '../../api/queries';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';

export function BackMarketSku({ product, id }: { product: Product; id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  // The same read as the drawer's "On Back Market" (OfferStandings): one call for both.
  const listings = useCallQuery('listings:list', { search: product.productNumber, management: 'managed', limit: 200 });
  const rows = (listings.data?.rows ?? []).filter((row) => row.productId === product.id);
  const markets = new Map<string, string[]>();
  for (const row of rows) if (row.sku !== product.productNumber) markets.set(row.sku, [...(markets.get(row.sku) ?? []), row.country]);
  if (markets.size === 0) return null;
  // Every market spells it so: said once; otherwise each spelling with the markets that hold it.
  const everywhere = markets.size === 1 && [...markets.values()][0]?.length === rows.length;
  const spellings = [...markets].map(([sku, codes]) =>
    everywhere ? t('form.backMarketSku.everywhere', { sku }) : t('form.backMarketSku.in', { sku, markets: format.list(codes.map((code) => countryName(code))) }),
  );
  return (
    <span id={id} className="field-hint" data-testid="backmarket-sku">
      {spellings.join(' · ')} {t('form.backMarketSku.same')}
    </span>
  );
}
