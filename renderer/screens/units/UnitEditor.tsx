// The unit form both ways: recording a device just scanned or typed, and editing a recorded one. Its IMEI (or serial),
// the product it is sold as, grades, battery, colour and storage, what it cost and how it was bought; every error
// next to its field. Keyboard: each field labelled, Enter saves, Escape cancels.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInput } from '../../../shared/device-units';
import { GRADES } from '../../../shared/grades';
import { useCallQuery } from '../../api/queries';
import { SelectField } from '../../components/SelectField';
import { looksLikeImei, validateUnitForm, type UnitForm, type UnitFormField } from './unit-form';

export const UNIT_CURRENCIES = ['EUR', 'GBP', 'SEK'] as const;
export type UnitCurrency = (typeof UNIT_CURRENCIES)[number];
/** A currency is chosen by its code, the same in every language. */
export const CURRENCY_CHOICES = UNIT_CURRENCIES.map((code) => ({ value: code, label: code }));

export interface UnitEditorProps {
  title: string;
  testId: string;
  saveLabel: string;
  initial: UnitForm;
  initialCurrency: UnitCurrency;
  /** Why the IMEI and serial cannot change (a device that has shipped); undefined when they can. */
  identifiersLocked?: string | undefined;
  pending: boolean;
  /** The failure of the last save, shown above the buttons. */
  failure: ReactNode;
  onSubmit(input: UnitInput): void;
  onCancel(): void;
}

type TextField = 'merchantGrade' | 'colour' | 'storage' | 'supplier' | 'notes' | 'serial';

export function UnitEditor(props: UnitEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<UnitForm>(props.initial);
  const [currency, setCurrency] = useState<UnitCurrency>(props.initialCurrency);
  const [errors, setErrors] = useState<Partial<Record<UnitFormField, string>>>({});
  const products = useCallQuery('catalogue:list', { search: form.sku.trim() || undefined, limit: 20 }, { enabled: form.sku.trim().length >= 2 });
  const update = (patch: Partial<UnitForm>) => setForm((current) => ({ ...current, ...patch }));
  const locked = props.identifiersLocked !== undefined;

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
  const text = (name: TextField, label: string, extra: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} className="input" value={form[name]} onChange={(event) => update({ [name]: event.target.value })} {...extra} />
    </div>
  );
  const lockedExtra = locked ? { readOnly: true, 'aria-describedby': `${id}-locked` } : {};

  return (
    <form
      className="unit-panel"
      data-testid={props.testId}
      aria-label={props.title}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const { errors: found, input } = validateUnitForm(form, currency);
        setErrors(found);
        if (input) props.onSubmit(input);
      }}
    >
      <h2>{props.title}</h2>
      {locked ? (
        <p id={`${id}-locked`} className="muted" data-testid="unit-identifiers-locked">
          {props.identifiersLocked}
        </p>
      ) : (
        <p className="muted">{looksLikeImei(form.code) ? t('units.form.scannedImei') : t('units.form.scannedSerial')}</p>
      )}
      {field('code', t('units.fields.identifier'), lockedExtra)}
      {looksLikeImei(form.code) && text('serial', t('units.fields.serial'), lockedExtra)}
      {field('imei2', t('units.fields.imei2'), { inputMode: 'numeric', ...lockedExtra })}
      {field('sku', t('units.fields.sku'), { list: `${id}-products`, 'data-autofocus': true, autoFocus: true })}
      <datalist id={`${id}-products`}>
        {(products.data?.rows ?? []).map((row) => (
          <option key={row.id} value={row.productNumber}>
            {row.title ?? ''}
          </option>
        ))}
      </datalist>
      <div className="unit-form-row">
        {text('merchantGrade', t('units.fields.grade'))}
        <SelectField
          label={t('units.fields.bmGrade')}
          value={form.grade}
          choices={[{ value: '', label: t('units.edit.noGrade') }, ...GRADES.map((grade) => ({ value: grade, label: t(`units.grades.${grade}`) }))]}
          onChange={(grade) => update({ grade })}
        />
      </div>
      {field('batteryHealth', t('units.fields.battery'), { inputMode: 'numeric' })}
      <div className="unit-form-row">
        {text('colour', t('units.fields.colour'))}
        {text('storage', t('units.fields.storage'))}
      </div>
      <div className="unit-form-row">
        {field('purchaseCost', t('units.fields.purchaseCost'), { inputMode: 'decimal' })}
        {field('repairCost', t('units.fields.repairCost'), { inputMode: 'decimal' })}
        <SelectField label={t('units.fields.currency')} value={currency} choices={CURRENCY_CHOICES} onChange={setCurrency} />
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
      {props.failure}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={props.pending}>
          {props.saveLabel}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('units.form.cancel')}
        </button>
      </div>
    </form>
  );
}
