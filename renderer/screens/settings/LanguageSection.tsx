// Settings' language section: the UI's language, each named in itself; the choice applies at once and main keeps it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/contract/preferences-calls';
import { useApi } from '../../api/ApiContext';
import { Alert } from '../../components/Alert';
import { applyLanguage, isUiLanguage, LANGUAGE_NAMES } from '../../i18n/language';
import { preferencesKey } from '../../i18n/StoredLanguage';

export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const selectId = useId();
  const [saved, setSaved] = useState<UiLanguage | null>(null);
  const current = i18n.resolvedLanguage ?? i18n.language;

  const choose = useMutation({
    mutationFn: async (language: UiLanguage) => {
      // The UI switches first: the merchant sees their language even if saving it fails.
      await applyLanguage(language);
      return api.call('preferences:setLanguage', { language });
    },
    onMutate: () => setSaved(null),
    onSuccess: (preferences) => {
      queryClient.setQueryData(preferencesKey, preferences);
      setSaved(preferences.language);
    },
  });

  return (
    <section className="settings-section" aria-labelledby="language-title">
      <h2 id="language-title">{t('preferences.languageTitle')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('preferences.languageLabel')}</label>
        <select
          id={selectId}
          className="select"
          value={isUiLanguage(current) ? current : 'en'}
          onChange={(event) => {
            if (isUiLanguage(event.target.value)) choose.mutate(event.target.value);
          }}
        >
          {UI_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
        <p className="field-hint">{t('preferences.languageHint')}</p>
      </div>
      {saved && (
        <Alert tone="success" onDismiss={() => setSaved(null)}>
          {t('preferences.languageSaved', { language: LANGUAGE_NAMES[saved] })}
        </Alert>
      )}
      {choose.isError && <Alert>{t('preferences.languageNotSaved')}</Alert>}
    </section>
  );
}
