// Settings' BackBox section: the floor's two rules (minimum margin, minimum profit per unit), the step below the price
// to win, the maximum raise, the VAT in the prices, the automatic refresh (off by default), and per country whether the
// floor is sent as min_price for Back Market's repricer (off by default). Main checks every value.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackboxSettings } from '../../../shared/backbox';
import { useBackboxSettings, useSaveBackboxSettings } from '../../api/backbox-queries';
import { messageOf } from '../../api/call-error';
import { useConnectionStatus } from '../../api/connection';
import { Alert } from '../../components/Alert';
import { MinPriceSwitches } from './MinPriceSwitches';

type NumberKey = Exclude<keyof BackboxSettings, 'minPriceCountries'>;
type Draft = Record<NumberKey, string>;

/** Amounts are typed in the currency and kept in cents. */
const IN_CENTS: readonly NumberKey[] = ['minProfitCents', 'stepCents'];
const FIELDS: { key: NumberKey; label: string }[] = [
  { key: 'minMarginPercent', label: 'backbox.settings.minMarginPercent' },
  { key: 'minProfitCents', label: 'backbox.settings.minProfit' },
  { key: 'stepCents', label: 'backbox.settings.step' },
  { key: 'maxRaisePercent', label: 'backbox.settings.maxRaisePercent' },
  { key: 'vatPercent', label: 'backbox.settings.vatPercent' },
  { key: 'refreshEveryMinutes', label: 'backbox.settings.refreshEveryMinutes' },
];

const draftOf = (settings: BackboxSettings): Draft =>
  Object.fromEntries(FIELDS.map(({ key }) => [key, String(IN_CENTS.includes(key) ? settings[key] / 100 : settings[key])])) as Draft;

function settingsOf(draft: Draft, minPriceCountries: string[]): BackboxSettings {
  const number = (key: NumberKey) => {
    const value = Number(draft[key].trim().replace(',', '.'));
    return IN_CENTS.includes(key) ? Math.round(value * 100) : value;
  };
  return { ...(Object.fromEntries(FIELDS.map(({ key }) => [key, number(key)])) as Record<NumberKey, number>), minPriceCountries };
}

function SettingsForm({ saved, countries }: { saved: BackboxSettings; countries: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveBackboxSettings();
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  // A switch saved for a country no longer sold in is kept as it is: only the countries shown change.
  const [minPriceCountries, setMinPriceCountries] = useState<string[]>(() => saved.minPriceCountries);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(settingsOf(draft, minPriceCountries));
      }}
    >
      {FIELDS.map(({ key, label }) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{t(label)}</label>
          <input id={`${id}-${key}`} className="input" inputMode="decimal" value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} />
        </div>
      ))}
      <MinPriceSwitches countries={countries} chosen={minPriceCountries} onChange={setMinPriceCountries} />
      {save.error && <Alert>{messageOf(save.error, t('errors.unexpected'))}</Alert>}
      {save.isSuccess && <Alert tone="success">{t('backbox.settings.saved')}</Alert>}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('backbox.settings.save')}
      </button>
    </form>
  );
}

export function BackboxSettingsSection() {
  const { t } = useTranslation();
  const settings = useBackboxSettings();
  const countries = useConnectionStatus().data?.countries.map((country) => country.code) ?? [];
  return (
    <section className="settings-section" aria-labelledby="backbox-settings-title" data-testid="backbox-settings">
      <h2 id="backbox-settings-title">{t('backbox.settings.title')}</h2>
      <p className="muted">{t('backbox.settings.intro')}</p>
      {settings.data && <SettingsForm saved={settings.data} countries={countries} />}
    </section>
  );
}
