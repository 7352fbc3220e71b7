// What every choice listed needs before the sync can send it (a field to map), said once above them rather than under
// each: the review's rows, and the choices its report says are held.
import { useTranslation } from 'react-i18next';
import type { ReviewKind, ReviewNeed } from '../../../../shared/account';
import { ReviewNeeds } from './ReviewNeeds';

interface CommonNeedsProps {
  choices: readonly { productNumber: string; productId: number; field: ReviewKind }[];
  common: readonly ReviewNeed[];
  testId: string;
}

export function CommonNeeds({ choices, common, testId }: CommonNeedsProps) {
  const { t } = useTranslation();
  const first = choices[0];
  if (!first || common.length === 0) return null;
  // A link to "the product" means something only when every choice is of the same one.
  const oneProduct = choices.every((choice) => choice.productNumber === first.productNumber);
  return (
    <div className="review-needs-common" data-testid={testId}>
      <p>
        <strong>{t('account.review.common.title', { count: choices.length })}</strong>
      </p>
      <ReviewNeeds needs={common} field={first.field} productNumber={first.productNumber} productId={oneProduct ? first.productId : 0} />
    </div>
  );
}
