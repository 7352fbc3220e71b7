// The product drawer's "Back Market problems" panel: what keeps this product off Back Market, per country, each with a
// button that fixes it: a product field is focused in the form, a mapping opens its screen at the right row. While the
// merchant edits, each problem says whether the unsaved changes fix it or bring it, until the product is saved.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/catalogue';
import type { ProblemFix } from '../../../shared/mapping';
import type { OfflineWarning } from '../../../shared/validation';
import { messageOf } from '../../api/call-error';
import { useCatalogueStore } from '../../store/catalogue-store';
import { useCountryName } from '../mapping/country-name';
import { goToFix } from '../mapping/fix-target';
import type { ProductDraft } from './product-form-model';
import { foldProblems, notReadyCountries, type FoldedProblem } from './problems-model';
import { useDrawerProblems } from './use-drawer-problems';
import { fieldLabel } from '../../i18n/field-text';
import { messageText } from '../../i18n/message-text';
import { useFormat } from '../../i18n/format';

interface BackMarketProblemsProps {
  /** The product as saved: main's problems are about it, and the labels compare the draft against it; null for a new one. */
  product: Product | null;
  /** The form's current, unsaved values. */
  draft: ProductDraft;
  /** Focuses a product field (or the free attribute of that name) in the form; false when the form has no such field. */
  focusField(field: string): boolean;
}

export function BackMarketProblems({ product, draft, focusField }: BackMarketProblemsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  const { countries, loadError, checkError, warnings } = useDrawerProblems(product, draft);

  function fix(target: ProblemFix) {
    if (target.kind === 'product-field') {
      focusField(target.field);
      return;
    }
    setOpenProduct(null);
    goToFix(target.section, target.key);
  }

  if (loadError) {
    return (
      <section className="bm-problems" aria-labelledby="bm-problems-title">
        <h3 id="bm-problems-title">{t('problems.title')}</h3>
        <p className="muted">{t('problems.loadFailed', { message: messageOf(loadError, t('errors.unexpected')) })}</p>
      </section>
    );
  }
  if (!countries) return null;
  const notReady = notReadyCountries(countries);
  const folded = foldProblems({ countries });
  const everywhere = countries.length;
  const left = folded.filter((entry) => entry.status !== 'fixed').length;
  const fixedCount = folded.length - left;
  const newCount = folded.filter((entry) => entry.status === 'new').length;

  return (
    <section className="bm-problems" aria-labelledby="bm-problems-title" data-testid="bm-problems">
      <h3 id="bm-problems-title">{t('problems.title')}</h3>
      {/* Always rendered, so a screen reader hears the count change as the merchant types, without moving focus. */}
      <p className="muted" aria-live="polite" aria-atomic="true" data-testid="bm-problems-summary">
        {left === 0 ? t('drawerProblems.noneLeft') : t('drawerProblems.left', { count: left })}
        {fixedCount > 0 && <> {t('drawerProblems.fixedCount', { count: fixedCount })}</>}
        {newCount > 0 && <> {t('drawerProblems.newCount', { count: newCount })}</>}
      </p>
      {notReady.length > 0 ? (
        <p className="muted">{t('problems.notReadyIn', { countries: format.list(notReady.map(countryName)) })}</p>
      ) : (
        <p className="bm-ready">{fixedCount > 0 ? t('drawerProblems.readyOnceSaved') : t('problems.allReady')}</p>
      )}
      {!product && <p className="muted">{t('drawerProblems.newProductNote')}</p>}
      {checkError && <p className="muted">{t('drawerProblems.checkFailed', { message: messageOf(checkError, t('errors.unexpected')) })}</p>}
      {folded.length > 0 && (
        <ul className="bm-problem-list">
          {folded.map((entry) => (
            <ProblemItem key={itemKey(entry)} entry={entry} everywhere={everywhere} onFix={fix} />
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="bm-problem-list" aria-label={t('truth.drawer.warningsLabel')} data-testid="bm-offline-warnings">
          {warnings.map((warning) => (
            <OfflineWarningItem key={JSON.stringify(warning.fix)} warning={warning} everywhere={everywhere} onFix={fix} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Not a problem: the offer is sent and published, but Back Market keeps it offline until it has a comment. */
function OfflineWarningItem({ warning, everywhere, onFix }: { warning: OfflineWarning; everywhere: number; onFix(target: ProblemFix): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  return (
    <li className="bm-problem" data-status="warning">
      <span className="bm-problem-where">{warning.countries.length === everywhere ? t('problems.allCountries') : format.list(warning.countries.map(countryName))}</span>
      <span className="bm-problem-message">
        <span className="badge badge-warning">{t('truth.drawer.notOnSale')}</span> {t('truth.drawer.noComment')}
      </span>
      <FixButton fix={warning.fix} onFix={onFix} />
    </li>
  );
}

/** "Go to Brand", or for a price stored in the price matrix (`price:<country>`) "Go to the price for Germany". */
export function goToFieldText(t: TFunction, field: string, countryName: (code: string) => string): string {
  const price = /^price:(.*)$/.exec(field);
  if (price) return price[1] ? t('problems.goToPrice', { country: countryName(price[1]) }) : t('problems.goToPrices');
  return t('problems.goToField', { field: t(`fields.${field}`, { defaultValue: fieldLabel(t, field) }) });
}

function FixButton({ fix, onFix }: { fix: ProblemFix; onFix(target: ProblemFix): void }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (
    <button type="button" className="button button-small" onClick={() => onFix(fix)}>
      {fix.kind === 'product-field' ? goToFieldText(t, fix.field, countryName) : t(`problems.fixMapping.${fix.section}`)}
    </button>
  );
}

const itemKey = ({ problem, status, countries }: FoldedProblem) => `${status}:${problem.code}:${problem.field}:${countries.join(',')}:${problem.message}`;

function ProblemItem({ entry, everywhere, onFix }: { entry: FoldedProblem; everywhere: number; onFix(target: ProblemFix): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const { problem, status, countries } = entry;
  return (
    <li className="bm-problem" data-status={status}>
      <span className="bm-problem-where">
        {countries.length === 0 || countries.length === everywhere ? t('problems.allCountries') : format.list(countries.map(countryName))}
      </span>
      <span className="bm-problem-message">
        {status === 'fixed' && (
          <>
            <span className="badge badge-ok">
              <span aria-hidden="true">✓ </span>
              {t('drawerProblems.fixed')}
            </span>{' '}
            <del>{messageText(problem.said, t)}</del>
          </>
        )}
        {status === 'new' && (
          <>
            <span className="badge badge-info">{t('drawerProblems.new')}</span> {messageText(problem.said, t)}
          </>
        )}
        {status === 'unchanged' && messageText(problem.said, t)}
      </span>
      <FixButton fix={problem.fix} onFix={onFix} />
    </li>
  );
}
