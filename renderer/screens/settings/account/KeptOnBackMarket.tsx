// After a review decision, what "Keep Back Market's" kept on Back Market without writing it into the catalogue, and why:
// another market reads the same catalogue column and holds another value (or the merchant kept the catalogue's there);
// no condition of the merchant's is sent as that grade; the mapping sends a fixed value. The sync sends nothing for it
// while the catalogue's value stays as it is — said plainly, so no value changes or new difference appears unexplained.
import { useTranslation } from 'react-i18next';
import type { ReviewKeptOnly } from '../../../../shared/account';
import { Alert } from '../../../components/Alert';
import { useCountryName } from '../../mapping/country-name';
import { useFormat } from '../../../i18n/format';

export function KeptOnBackMarket({ kept }: { kept: readonly ReviewKeptOnly[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  if (kept.length === 0) return null;
  return (
    <Alert tone="info" title={t('account.review.kept.title')} testId="account-review-kept">
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {kept.map((entry) => (
          <li key={`${entry.productNumber}|${entry.country}|${entry.field}`}>
            {t(`account.review.kept.${entry.reason}`, {
              sku: entry.productNumber,
              market: countryName(entry.country),
              field: t(`account.fields.${entry.field}`),
              markets: format.list(entry.sharedWith.map((country) => countryName(country))),
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
