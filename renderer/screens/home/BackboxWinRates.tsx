// Home's BackBox section: per country, how many of the offers on sale whose BackBox was read win it. The counts are
// the last reads, never a guess: a country without a read is not shown, and none read says so.
import { useTranslation } from 'react-i18next';
import { useWinRates } from '../../api/backbox-queries';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';

export function BackboxWinRates() {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const rates = useWinRates();
  if (!rates.data) return null;
  return (
    <section className="home-section" aria-labelledby="home-backbox-title" data-testid="home-backbox">
      <h2 id="home-backbox-title">{t('backbox.home.title')}</h2>
      {rates.data.length === 0 ? (
        <p className="muted">{t('backbox.home.empty')}</p>
      ) : (
        <>
          <ul className="inline-list">
            {rates.data.map((rate) => (
              <li key={rate.country} data-country={rate.country}>
                <strong>{countryName(rate.country)}</strong> {t('backbox.winRate', { winning: format.number(rate.winning), read: format.number(rate.read) })}{' '}
                <span className="muted">{t('backbox.home.rate', { percent: format.number(rate.winning / rate.read, { style: 'percent' }) })}</span>
              </li>
            ))}
          </ul>
          <p className="muted">{t('backbox.home.note')}</p>
        </>
      )}
    </section>
  );
}
