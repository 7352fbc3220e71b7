// Per country, the offers by standing (listings:summary): on sale — what a customer can buy — first, then not on sale,
// pending, held back, refused, and those never synced; each count filters the grid to those listings.
import { useTranslation } from 'react-i18next';
import { heldBackIn, OFFER_STANDINGS, STANDING_COUNT_KEY, type OfferStanding, type StandingCounts } from '../../../shared/offer-status';

/** A standing's count; held back takes in the published offers whose change is held back, as its filter shows them. */
const countOf = (entry: StandingCounts, standing: OfferStanding): number => (standing === 'held-back' ? heldBackIn(entry) : entry[STANDING_COUNT_KEY[standing]]);
import type { ListingSummary } from '../../../shared/sync';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';
import { useListingsStore } from './listings-store';
import { STANDING_TONE } from './offer-truth-text';
import { BackboxWinRate } from './backbox/BackboxWinRate';

/** On sale and not on sale are always shown (a 0 there is news); the others when they hold offers. */
const ALWAYS: readonly OfferStanding[] = ['on-sale', 'not-on-sale'];

export function ListingsSummaryBar({ summary }: { summary: ListingSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const setFilters = useListingsStore((state) => state.setFilters);
  if (summary.standings.length === 0) return null;
  return (
    <ul className="inline-list" aria-label={t('listings.summary.label')} data-testid="listings-summary" style={{ marginBottom: 10 }}>
      {summary.standings.map((entry) => (
        <li key={entry.country} data-country={entry.country} style={{ display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
          <strong>{countryName(entry.country)}</strong>
          {OFFER_STANDINGS.filter((standing) => ALWAYS.includes(standing) || countOf(entry, standing) > 0).map((standing) => {
            const count = countOf(entry, standing);
            return (
              <button
                key={standing}
                type="button"
                className={`badge ${STANDING_TONE[standing]}`}
                style={{ border: 0, cursor: 'pointer' }}
                data-standing={standing}
                data-count={count}
                aria-label={t('truth.summary.show', { number: format.number(count), standing: t(`truth.standing.${standing}`), country: countryName(entry.country) })}
                onClick={() => setFilters({ country: entry.country, status: '', standing })}
              >
                {t(`truth.summary.${standing}`, { count, formatted: format.number(count) })}
              </button>
            );
          })}
          <BackboxWinRate country={entry.country} />
        </li>
      ))}
    </ul>
  );
}
