// Recording a device just scanned or typed: its IMEI (or serial), the product it is sold as, grade, battery, what it
// cost and how it was bought. Saving hands the focus back to the scan field for the next device.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../shared/device-units';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { useUnitsCall } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { EMPTY_UNIT_FORM, looksLikeImei, validateUnitForm, type UnitForm, type UnitFormField } from './unit-form';

const CURRENCIES = ['EUR', 'GBP', 'SEK'] as const;

export function AddUnitForm({ code, onAdded, onCancel }: { code: string; onAdded(unit: UnitDetail): void; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const add = useUnitsCall('units:add');
  const [form, setForm] = useState<UnitForm>({ ...EMPTY_UNIT_FORM, code });
  const [currency, setCurrency] = useState<(typeof CURRENCIES)[number]>('EUR');
  const [errors, setErrors] = useState<Partial<Record<UnitFormField, string>>>({});
  const products = useCallQuery('catalogue:list', { search: form.sku.trim() || undefined, limit: 20 }, { enabled: form.sku.trim().length >= 2 });
  const update = (patch: Partial<UnitForm>) => setForm((current) => ({ ...current, ...patch }));

  const field = (name: keyof UnitForm & UnitFormField, label: string, extra: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        className={`input${errors[name] ? ' input-invalid' : ''}`}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        value={form[name]}
        autoComplete="off"
        onChange={(event) => update({ [name]: event.target.value })}
        {...extra}
      />
      {errors[name] && (
        <span id={`${id}-${name}-error`} className="field-error">
          {t(errors[name])}
        </span>
      )}
    </div>
  );
  const text = (name: 'merchantGrade' | 'supplier' | 'notes', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} className="input" value={form[name]} onChange={(event) => update({ [name]: event.target.value })} />
    </div>
  );

  return (
    <form
      className="unit-panel"
      data-testid="add-unit-form"
      aria-label={t('units.form.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const { errors: found, input } = validateUnitForm(form, currency);
        setErrors(found);
        if (input) add.mutate({ unit: input }, { onSuccess: onAdded });
      }}
    >
      <h2>{t('units.form.title')}</h2>
      <p className="muted">{looksLikeImei(form.code) ? t('units.form.scannedImei') : t('units.form.scannedSerial')}</p>
      {field('code', t('units.fields.identifier'))}
      {field('imei2', t('units.fields.imei2'), { inputMode: 'numeric' })}
      {field('sku', t('units.fields.sku'), { list: `${id}-products`, 'data-autofocus': true, autoFocus: true })}
      <datalist id={`${id}-products`}>
        {(products.data?.rows ?? []).map((row) => (
          <option key={row.id} value={row.productNumber}>
            {row.title ?? ''}
          </option>
        ))}
      </datalist>
      {text('merchantGrade', t('units.fields.grade'))}
      {field('batteryHealth', t('units.fields.battery'), { inputMode: 'numeric' })}
      <div className="unit-form-row">
        {field('purchaseCost', t('units.fields.purchaseCost'), { inputMode: 'decimal' })}
        {field('repairCost', t('units.fields.repairCost'), { inputMode: 'decimal' })}
        <div className="field">
          <label htmlFor={`${id}-currency`}>{t('units.fields.currency')}</label>
          <select id={`${id}-currency`} className="select" value={currency} onChange={(event) => setCurrency(event.target.value as (typeof CURRENCIES)[number])}>
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      </div>
      {text('supplier', t('units.fields.supplier'))}
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('units.fields.purchaseDate')}</label>
        <input id={`${id}-date`} type="date" className="input" value={form.purchaseDate} onChange={(event) => update({ purchaseDate: event.target.value })} />
      </div>
      <fieldset className="form-section">
        <legend>{t('units.fields.vatRegime')}</legend>
        <div className="button-row">
          {(['margin', 'regular'] as const).map((regime) => (
            <label key={regime} className="radio-label">
              <input type="radio" name={`${id}-vat`} checked={form.vatRegime === regime} onChange={() => update({ vatRegime: regime })} />
              {t(`units.vatRegimes.${regime}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {text('notes', t('units.fields.notes'))}
      {add.error && <Alert testId="add-unit-error">{messageOf(add.error, t('units.form.failed'))}</Alert>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {t('units.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('units.form.cancel')}
        </button>
      </div>
    </form>
  );
}
