// The dry run's pre-flight warning "French title sent to the German market": per market, how many lines send the
// catalogue's texts instead of the market's own, and the choice the merchant makes once for that market.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICE_MAP, type LanguageChoice, type LanguageWarning } from '../../shared/market-language';
import { messageOf } from '../api/call-error';
import { useMappingCall } from '../api/mapping-queries';
import { Alert } from '../components/Alert';
import { useFormat } from '../i18n/format';
import { useCountryName } from '../screens/mapping/country-name';

type Choice = { country: string; language: string; catalogueLanguage: string; choice: LanguageChoice };

export function PlanLanguageWarnings({ warnings, choices = [] }: { warnings: LanguageWarning[]; choices?: Choice[] }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const format = useFormat();
  const queryClient = useQueryClient();
  const choose = useMappingCall('mapping:setValue');
  if (warnings.length === 0 && choices.length === 0) return null;
  const languageName = (code: string) => t(`languages.${code}`, { defaultValue: code });
  const pick = (country: string, choice: LanguageChoice) =>
    choose.mutate(
      { map: LANGUAGE_CHOICE_MAP, merchantValue: country, target: choice },
      // The plan changes with the choice: ask for it again.
      { onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sync:plan'] }) },
    );
  return (
    <div data-testid="plan-languages">
      {warnings.map((warning) => {
        const names = { language: languageName(warning.language), catalogue: languageName(warning.catalogueLanguage), country: countryName(warning.country), code: warning.language };
        return (
          <div key={warning.country} className="alert alert-warning plan-language-warning" role="alert" data-country={warning.country}>
            <p>
              <strong>{t('sync.plan.languages.title', names)}</strong>{' '}
              {t('sync.plan.languages.text', { ...names, count: warning.lines, fields: format.list(warning.fields.map((field) => t(`sync.plan.languages.field.${field}`))) })}
            </p>
            <div className="inline-list">
              <button type="button" className="button button-small" disabled={choose.isPending} onClick={() => pick(warning.country, 'fallback')}>
                {t('sync.plan.languages.useCatalogue', names)}
              </button>
              <button type="button" className="button button-small button-primary" disabled={choose.isPending} onClick={() => pick(warning.country, 'fill')}>
                {t('sync.plan.languages.fill', names)}
              </button>
            </div>
            <p className="muted">{t('sync.plan.languages.hint', names)}</p>
          </div>
        );
      })}
      {choices.length > 0 && (
        <ul className="inline-list muted" data-testid="plan-language-choices">
          {choices.map((entry) => {
            const names = { language: languageName(entry.language), catalogue: languageName(entry.catalogueLanguage), country: countryName(entry.country) };
            const other: LanguageChoice = entry.choice === 'fill' ? 'fallback' : 'fill';
            return (
              <li key={entry.country}>
                {t(`sync.plan.languages.chosen.${entry.choice}`, names)}{' '}
                <button type="button" className="button button-small" disabled={choose.isPending} onClick={() => pick(entry.country, other)}>
                  {other === 'fill' ? t('sync.plan.languages.fill', names) : t('sync.plan.languages.useCatalogue', names)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {choose.isError && <Alert>{messageOf(choose.error, t('errors.unexpected'))}</Alert>}
    </div>
  );
}
