// "Winning N of M" for one country in the Listings summary bar, over the offers on sale whose BackBox was read;
// clicking it shows that country's losing offers. Nothing is shown for a country with no offer read.
import { useTranslation } from 'react-i18next';
import { useWinRates } from '../../../api/backbox-queries';
import { useFormat } from '../../../i18n/format';
import { useCountryName } from '../../mapping/country-name';
import { useListingsStore } from '../listings-store';

export function BackboxWinRate({ country }: { country: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const setFilters = useListingsStore((state) => state.setFilters);
  const rate = useWinRates().data?.find((entry) => entry.country === country);
  if (!rate || rate.read === 0) return null;
  const numbers = { winning: format.number(rate.winning), read: format.number(rate.read) };
  return (
    <button
      type="button"
      className={`badge ${rate.winning === rate.read ? 'badge-ok' : 'badge-warning'}`}
      style={{ border: 0, cursor: 'pointer' }}
      data-backbox-rate={country}
      aria-label={t('backbox.winRateShow', { country: countryName(country), ...numbers })}
      onClick={() => setFilters({ country, backbox: 'losing' })}
    >
      {t('backbox.winRate', numbers)}
    </button>
  );
}
