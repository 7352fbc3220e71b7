// The product's price changes made to win the BackBox (when, from, to, why), newest first, under the active listing.
import { useTranslation } from 'react-i18next';
import { findMarketChoice } from '../../../../shared/connection';
import { useCallQuery } from '../../../api/queries';
import { useFormat } from '../../../i18n/format';
import { useCountryName } from '../../mapping/country-name';

const currencyOf = (country: string) => findMarketChoice(country)?.currency ?? 'EUR';

export function PriceChanges({ productNumber }: { productNumber: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const changes = useCallQuery('backbox:history', { productNumber }).data ?? [];
  if (changes.length === 0) return null;
  return (
    <div style={{ marginTop: 6 }} data-testid="price-changes">
      <span className="muted">{t('backbox.history.title')}</span>
      <ul style={{ margin: '2px 0 0' }}>
        {changes.map((change) => (
          <li key={`${change.changedAt}|${change.country}|${change.toCents}`}>
            {t('backbox.history.line', {
              country: countryName(change.country),
              from: format.money(change.fromCents / 100, currencyOf(change.country)),
              to: format.money(change.toCents / 100, currencyOf(change.country)),
              reason: t(`backbox.history.reason.${change.reason}`, { defaultValue: change.reason }),
              when: format.date(change.changedAt),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
