// Settings' margin section: the VAT rate of each market (standard-rate defaults, stated as assumptions to check with an
// accountant), what a parcel costs the merchant per currency, and the minimum margin the Prices matrix warns below.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARGIN_CURRENCIES, type MarginSettings, type MarginSettingsInput } from '../../../shared/margin';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { useUnitsCall } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { useCountryName } from '../mapping/country-name';
import { centsOfInput } from './unit-form';

const percentText = (basisPoints: number) => String(basisPoints / 100);
const amountText = (cents: number | undefined | null) => (cents === undefined || cents === null ? '' : (cents / 100).toFixed(2));

function draftOf(settings: MarginSettings) {
  return {
    vat: Object.fromEntries(Object.entries(settings.vatBasisPoints).map(([country, basisPoints]) => [country, percentText(basisPoints)])),
    shipping: Object.fromEntries(MARGIN_CURRENCIES.map((currency) => [currency, amountText(settings.shippingCents[currency])])),
    minimum: amountText(settings.minimumMarginCents),
  };
}

export function MarginSettingsSection() {
  const { t } = useTranslation();
  const id = useId();
  const countryName = useCountryName();
  const settings = useCallQuery('margin:settings', {});
  const save = useUnitsCall('margin:saveSettings');
  const [draft, setDraft] = useState<ReturnType<typeof draftOf> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data && draft === null) setDraft(draftOf(settings.data));
  }, [settings.data, draft]);
  if (!draft) return null;

  const submit = () => {
    setSaved(false);
    const vatBasisPoints: Record<string, number> = {};
    for (const [country, text] of Object.entries(draft.vat)) {
      const percent = Number(text.replace(',', '.'));
      if (text.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 50) return setProblem(t('units.settings.badRate', { country: countryName(country) }));
      vatBasisPoints[country] = Math.round(percent * 100);
    }
    const shippingCents: Record<string, number> = {};
    for (const [currency, text] of Object.entries(draft.shipping)) {
      if (text.trim() === '') continue;
      const cents = centsOfInput(text);
      if (cents === undefined) return setProblem(t('units.form.errors.amount'));
      shippingCents[currency] = cents;
    }
    const minimum = draft.minimum.trim() === '' ? null : centsOfInput(draft.minimum);
    if (minimum === undefined) return setProblem(t('units.form.errors.amount'));
    setProblem(null);
    save.mutate({ vatBasisPoints, shippingCents, minimumMarginCents: minimum } as MarginSettingsInput, { onSuccess: (next) => { setDraft(draftOf(next)); setSaved(true); } });
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`} data-testid="margin-settings">
      <h2 id={`${id}-title`}>{t('units.settings.title')}</h2>
      <p className="field-hint">{t('units.settings.assumptions')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="unit-form-row">
          {Object.keys(draft.vat).map((country) => (
            <div className="field" key={country}>
              <label htmlFor={`${id}-vat-${country}`}>{t('units.settings.vatFor', { country: countryName(country) })}</label>
              <input id={`${id}-vat-${country}`} className="input" inputMode="decimal" size={5} value={draft.vat[country]} onChange={(event) => setDraft({ ...draft, vat: { ...draft.vat, [country]: event.target.value } })} />
            </div>
          ))}
        </div>
        <div className="unit-form-row">
          {MARGIN_CURRENCIES.map((currency) => (
            <div className="field" key={currency}>
              <label htmlFor={`${id}-parcel-${currency}`}>{t('units.settings.parcel', { currency })}</label>
              <input id={`${id}-parcel-${currency}`} className="input" inputMode="decimal" size={8} value={draft.shipping[currency]} onChange={(event) => setDraft({ ...draft, shipping: { ...draft.shipping, [currency]: event.target.value } })} />
            </div>
          ))}
          <div className="field">
            <label htmlFor={`${id}-minimum`}>{t('units.settings.minimum')}</label>
            <input id={`${id}-minimum`} className="input" inputMode="decimal" size={8} value={draft.minimum} onChange={(event) => setDraft({ ...draft, minimum: event.target.value })} />
          </div>
        </div>
        {problem && <Alert>{problem}</Alert>}
        {save.error && <Alert>{messageOf(save.error, t('units.form.failed'))}</Alert>}
        {saved && (
          <Alert tone="success" onDismiss={() => setSaved(false)}>
            {t('units.settings.saved')}
          </Alert>
        )}
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('units.settings.save')}
        </button>
      </form>
    </section>
  );
}
