// The product drawer's "Back Market problems" panel: what keeps this product off Back Market, per country, each with a
// button that fixes it: a product field is focused in the form, a mapping opens its screen at the right row.
import { useTranslation } from 'react-i18next';
import type { ProblemFix } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { useCatalogueStore } from '../../store/catalogue-store';
import { useCountryName } from '../mapping/country-name';
import { goToFix } from '../mapping/fix-target';
import { foldProblems } from './problems-model';

interface BackMarketProblemsProps {
  productId: number;
  /** Focuses a product field (or the free attribute of that name) in the form; false when the form has no such field. */
  focusField(field: string): boolean;
}

export function BackMarketProblems({ productId, focusField }: BackMarketProblemsProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  const problems = useCallQuery('mapping:problems', { productId }, { staleTime: 0 });

  function fix(target: ProblemFix) {
    if (target.kind === 'product-field') {
      focusField(target.field);
      return;
    }
    setOpenProduct(null);
    goToFix(target.section, target.key);
  }

  if (problems.error) {
    return (
      <section className="bm-problems" aria-labelledby="bm-problems-title">
        <h3 id="bm-problems-title">{t('problems.title')}</h3>
        <p className="muted">{t('problems.loadFailed', { message: messageOf(problems.error, t('errors.unexpected')) })}</p>
      </section>
    );
  }
  if (!problems.data) return null;
  const notReady = problems.data.countries.filter((country) => !country.ready);
  const folded = foldProblems(problems.data);
  const everywhere = problems.data.countries.length;

  return (
    <section className="bm-problems" aria-labelledby="bm-problems-title" data-testid="bm-problems">
      <h3 id="bm-problems-title">{t('problems.title')}</h3>
      {notReady.length === 0 ? (
        <p className="bm-ready">{t('problems.allReady')}</p>
      ) : (
        <>
          <p className="muted">
            {t('problems.notReadyIn', { countries: notReady.map((country) => countryName(country.country)).join(', ') })}
          </p>
          <ul className="bm-problem-list">
            {folded.map(({ problem, countries }) => (
              <li key={`${problem.code}:${problem.field}:${countries.join(',')}:${problem.message}`} className="bm-problem">
                <span className="bm-problem-where">
                  {countries.length === 0 || countries.length === everywhere ? t('problems.allCountries') : countries.map(countryName).join(', ')}
                </span>
                <span className="bm-problem-message">{problem.message}</span>
                <button type="button" className="button button-small" onClick={() => fix(problem.fix)}>
                  {problem.fix.kind === 'product-field'
                    ? t('problems.goToField', { field: t(`fields.${problem.fix.field}`, { defaultValue: problem.fix.field }) })
                    : t(`problems.fixMapping.${problem.fix.section}`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
