// What "Keep mine" / "Publish" still needs before the sync can send it, beside the choice and in the report after it,
// each with a link to where it is fixed: the pre-flight check's problems (the offer stays held back until they are
// fixed: a price in that market's grid, a field to map…), a comment or warranty not mapped (nothing is sent, Back Market
// keeps its own), a title that is another market's, in its language (it would be sent as it is).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReviewKind, ReviewNeed } from '../../../../shared/account';
import type { ProblemFix } from '../../../../shared/mapping';
import { languageNames } from '../../../../shared/messages/language-names';
import { importedColumnLabel } from '../../../i18n/attribute-label';
import { messageText } from '../../../i18n/message-text';
import { hrefOf } from '../../../shell/use-hash-route';
import { useCatalogueStore } from '../../../store/catalogue-store';
import { goToFieldText } from '../../catalogue/BackMarketProblems';
import { useCountryName } from '../../mapping/country-name';
import { fixTarget } from '../../mapping/fix-target';

/** The problems listed one by one; the others are counted, and the product shows them all. */
const LISTED = 3;

interface ReviewNeedsProps {
  needs: readonly ReviewNeed[];
  field: ReviewKind;
  productNumber: string;
  productId: number;
}

type Problem = Extract<ReviewNeed, { kind: 'problem' }>;

export function ReviewNeeds({ needs, field, productNumber, productId }: ReviewNeedsProps) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  if (needs.length === 0) return null;
  const problems = needs.filter((need): need is Problem => need.kind === 'problem');
  const language = (code: string) => languageNames(i18n.resolvedLanguage ?? i18n.language ?? 'en').of(code) ?? code;
  return (
    <div className="review-needs" data-testid="review-needs">
      {needs.map((need) =>
        need.kind === 'not-mapped' ? (
          <p key={`not-mapped:${need.field}`}>
            {t('account.review.needs.notMapped', { field: t(`account.fields.${need.field}`) })} <FixLink fix={{ kind: 'mapping', section: 'attributes', key: need.field }} productNumber={productNumber} productId={productId} />
          </p>
        ) : null,
      )}
      {problems.length > 0 && (
        <>
          <p>{t(field === 'market' ? 'account.review.needs.publishHeld' : 'account.review.needs.mineHeld')}</p>
          <ul>
            {problems.slice(0, LISTED).map((need) => (
              <li key={JSON.stringify(need.said)}>
                {messageText(need.said, t)} <FixLink fix={need.fix} productNumber={productNumber} productId={productId} />
              </li>
            ))}
          </ul>
          {problems.length > LISTED && (
            <p>
              {t('account.review.needs.more', { number: problems.length - LISTED })} <ProductLink productId={productId} text={t('account.review.needs.openProduct')} />
            </p>
          )}
        </>
      )}
      {needs.map((need) =>
        need.kind === 'title-language' ? (
          <p key={`title:${need.market}`}>
            {t('account.review.needs.titleLanguage', { market: countryName(need.market), language: language(need.language), wanted: language(need.wanted) })}{' '}
            <ProductLink productId={productId} text={t('account.review.needs.openProduct')} />
          </p>
        ) : null,
      )}
    </div>
  );
}

function FixLink({ fix, productNumber, productId }: { fix: ProblemFix; productNumber: string; productId: number }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  if (fix.kind === 'mapping') {
    const target = fixTarget(fix.section, fix.key);
    return <a href={hrefOf(target.screen, target.params)}>{t(`problems.fixMapping.${fix.section}`)}</a>;
  }
  // A market's price is entered in the price grid, opened at this product.
  if (fix.field.startsWith('price:')) return <a href={hrefOf('pricing', { search: productNumber })}>{goToFieldText(t as TFunction, fix.field, countryName)}</a>;
  // A column the account import created, named in the language the merchant read then: its field in today's language.
  const imported = importedColumnLabel(t as TFunction, fix.field);
  return <ProductLink productId={productId} text={imported ? t('problems.goToField', { field: imported }) : goToFieldText(t as TFunction, fix.field, countryName)} />;
}

/** Opens the product in the catalogue, its drawer open (where the title and every other field are edited). */
function ProductLink({ productId, text }: { productId: number; text: string }) {
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  if (productId <= 0) return null;
  return (
    <a href={hrefOf('catalogue')} onClick={() => setOpenProduct({ mode: 'edit', id: productId })}>
      {text}
    </a>
  );
}
