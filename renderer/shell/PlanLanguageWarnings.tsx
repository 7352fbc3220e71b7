// The dry run's pre-flight warning "French title sent to the German market": per market, how many lines send the
// catalogue's texts instead of the market's own, and the choice the merchant makes once for that market.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICE_MAP, type LanguageChoice, type LanguageWarning } from '../../shared/market-language';
import { messageOf } from '../api/call-error';
import { useMappingCall } from '../api/mapping-queries';
import { Alert } from '../components/Alert';
import { useCountryName } from '../screens/mapping/country-name';

export function PlanLanguageWarnings({ warnings }: { warnings: LanguageWarning[] }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const choose = useMappingCall('mapping:setValue');
  if (warnings.length === 0) return null;
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
          <div key={warning.country} className="alert alert-warning" role="alert" data-country={warning.country}>
            <p>
              <strong>{t('sync.plan.languages.title', names)}</strong>{' '}
              {t('sync.plan.languages.text', { ...names, count: warning.lines, fields: warning.fields.map((field) => t(`sync.plan.languages.field.${field}`)).join(', ') })}
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
      {choose.isError && <Alert>{messageOf(choose.error, t('errors.unexpected'))}</Alert>}
    </div>
  );
}
