// After a decision, the choices of the catalogue's value ("Keep mine", "Publish") the sync cannot send yet, each with
// what it still needs and where to fix it: the offer stays held back until then, said here rather than left to a
// waiting count that does not move. A need every choice listed shares (a field to map) is said once, above them.
import { useTranslation } from 'react-i18next';
import type { ReviewHeldChoice } from '../../../../shared/account';
import { Alert } from '../../../components/Alert';
import { CommonNeeds } from './CommonNeeds';
import { commonNeeds } from './review-groups';
import { useCountryName } from '../../mapping/country-name';
import { ReviewNeeds } from './ReviewNeeds';

export function HeldChoices({ held, count }: { held: readonly ReviewHeldChoice[] | undefined; count: number | undefined }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  if (!held || held.length === 0) return null;
  const needs = commonNeeds(held);
  return (
    <Alert tone="info" title={t('account.review.held.title')} testId="account-review-held">
      <CommonNeeds choices={held} common={needs.common} testId="account-review-held-common" />
      <ul className="review-held">
        {held.map((choice) => (
          <li key={`${choice.productNumber}|${choice.country}|${choice.field}`}>
            <strong>
              {t('account.review.held.choice', {
                sku: choice.productNumber,
                field: t(`account.fields.${choice.field}`),
                markets: choice.countries.map((country) => countryName(country)).join(', '),
              })}
            </strong>
            <ReviewNeeds needs={needs.own(choice)} field={choice.field} productNumber={choice.productNumber} productId={choice.productId} />
          </li>
        ))}
      </ul>
      {count !== undefined && count > held.length && <p>{t('account.review.held.more', { number: count - held.length })}</p>}
    </Alert>
  );
}
