// The ship dialog's device picker: the devices reserved for the line, then the in-stock units of its SKU, oldest first. Scanning one (or
// choosing it) fills the IMEI or serial sent to Back Market and the VAT type its purchase implies. On a line of
// quantity above 1, Back Market takes no IMEI: the devices reserved for the line are recorded as shipped here.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseImei, type Unit } from '../../../shared/device-units';
import { useCallQuery } from '../../api/queries';
import { useFormat } from '../../i18n/format';
import { costOf, identifierOf } from './unit-labels';

export function UnitPicker({ sku, orderlineId, quantity, identifiersAllowed, pickedId, onPick }: { sku: string; orderlineId: number; quantity: number; identifiersAllowed: boolean; pickedId: number | null; onPick(unit: Unit): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const units = useCallQuery('units:pickable', { sku, orderlineId }, { staleTime: 0 });
  const [scan, setScan] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);
  if (!identifiersAllowed) {
    return (
      <p className="field-hint" data-testid="unit-pick-quantity">
        {t('units.pick.noIdentifier', { count: quantity })}
      </p>
    );
  }
  if (!units.isSuccess) return null;
  const list = units.data;
  if (list.length === 0) return <p className="field-hint">{t('units.pick.none', { sku })}</p>;
  return (
    <fieldset className="form-section" data-testid="unit-picker">
      <legend>{t('units.pick.title')}</legend>
      <div className="field">
        <label htmlFor={`${id}-scan`}>{t('units.pick.scan')}</label>
        <input
          id={`${id}-scan`}
          className="input"
          autoComplete="off"
          value={scan}
          data-testid="unit-pick-scan"
          onChange={(event) => setScan(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // A scanner ends with Enter: take the device, never submit the dialog with it.
            event.preventDefault();
            const code = normaliseImei(scan.trim());
            const unit = list.find((candidate) => candidate.imei === code || candidate.imei2 === code || candidate.serialNumber === scan.trim());
            setNotFound(unit ? null : scan.trim());
            if (unit) onPick(unit);
            setScan('');
          }}
        />
        {notFound && <span className="field-error">{t('units.pick.notInStock', { code: notFound, sku })}</span>}
      </div>
      <div className="unit-pick-list" role="radiogroup" aria-label={t('units.pick.title')}>
        {list.map((unit) => (
          <label key={unit.id} className="radio-label">
            <input type="radio" name={`${id}-unit`} checked={pickedId === unit.id} onChange={() => onPick(unit)} />
            <span className="mono">{identifierOf(unit)}</span>
            {unit.status === 'reserved' ? ` · ${t('units.status.reserved')}` : ''} · {unit.merchantGrade || '—'} · {unit.batteryHealth === null ? '—' : `${unit.batteryHealth} %`} ·{' '}
            {costOf(format, unit.purchaseCostCents, unit.currency)} · {t(`units.vatRegimes.${unit.vatRegime}`)}
            {unit.purchaseDate ? ` · ${unit.purchaseDate}` : ''}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
