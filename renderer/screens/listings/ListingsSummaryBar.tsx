// Published, None, pending and not-sent counts per country (listings:summary); each count filters the grid to those listings.
import { useTranslation } from 'react-i18next';
import type { CountrySummary, ListingSummary, OfferStatus } from '../../../shared/sync';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';
import { useListingsStore } from './listings-store';
import { STATUS_TONE } from './listing-status';
import { BackboxWinRate } from './backbox/BackboxWinRate';

const COUNT_OF: Record<OfferStatus, keyof Omit<CountrySummary, 'country'>> = { published: 'published', none: 'none', pending: 'pending', 'not-sent': 'notSent' };

export function ListingsSummaryBar({ summary }: { summary: ListingSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const setFilters = useListingsStore((state) => state.setFilters);
  if (summary.countries.length === 0) return null;
  return (
    <ul className="inline-list" aria-label={t('listings.summary.label')} data-testid="listings-summary" style={{ marginBottom: 10 }}>
      {summary.countries.map((entry) => (
        <li key={entry.country} data-country={entry.country} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <strong>{countryName(entry.country)}</strong>
          {(['published', 'none', 'pending', 'not-sent'] as const)
            .filter((status) => status !== 'not-sent' || entry.notSent > 0)
            .map((status) => (
              <button
                key={status}
                type="button"
                className={`badge ${STATUS_TONE[status]}`}
                style={{ border: 0, cursor: 'pointer' }}
                data-status={status}
                aria-label={t('listings.summary.show', { number: format.number(entry[COUNT_OF[status]]), status: t(`listings.status.${status}`), country: countryName(entry.country) })}
                onClick={() => setFilters({ country: entry.country, status })}
              >
                {t(`listings.summary.${status}`, { formatted: format.number(entry[COUNT_OF[status]]) })}
              </button>
            ))}
          <BackboxWinRate country={entry.country} />
        </li>
      ))}
    </ul>
  );
}
