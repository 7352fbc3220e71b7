// The product drawer's "On Back Market": this product's offer in each enabled country as the status model says it —
// the guide's word and the standing with its reason — read from the same listings the grid shows, and kept current by
// main's events like every other read.
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/catalogue';
import { useCallQuery } from '../../api/queries';
import { useFormat } from '../../i18n/format';
import { standingLine, truthTone } from '../listings/offer-truth-text';
import { useCountryName } from '../mapping/country-name';

export function OfferStandings({ product }: { product: Product }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const listings = useCallQuery('listings:list', { search: product.productNumber, management: 'managed', limit: 200 });
  const rows = (listings.data?.rows ?? []).flatMap((row) => (row.productId === product.id && row.truth ? [{ country: row.country, truth: row.truth }] : []));
  if (rows.length === 0) return null;
  return (
    <section className="bm-problems" aria-labelledby="offer-standings-title" data-testid="offer-standings">
      <h3 id="offer-standings-title">{t('truth.drawer.title')}</h3>
      <ul className="home-offers">
        {rows.map((row) => (
          <li key={row.country} data-country={row.country} data-standing={row.truth.standing}>
            {countryName(row.country)} · <span className={`badge ${truthTone(row.truth)}`}>{t(`truth.word.${row.truth.word}`)}</span>{' '}
            {standingLine(t, row.truth, (iso) => format.date(iso))}
          </li>
        ))}
      </ul>
    </section>
  );
}
