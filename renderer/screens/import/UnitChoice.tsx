// The unit a weight or dimension column is read in, and its conversion to the stored unit ("kg → × 1,000 (g)").
import { useTranslation } from 'react-i18next';
import type { MeasureField, MeasureUnit } from '../../../shared/units';
import { STORED_UNIT, UNIT_FACTORS, unitsFor } from '../../../shared/units';
import { numberFormat } from '../../i18n/format';

interface UnitChoiceProps {
  column: number;
  header: string;
  field: MeasureField;
  unit: MeasureUnit | undefined;
  disabled: boolean;
  onChange(unit: MeasureUnit): void;
}

export function conversionText(t: (key: string, options?: Record<string, unknown>) => string, language: string, unit: MeasureUnit, stored: MeasureUnit): string {
  if (unit === stored) return t('import.units.asStored', { unit: stored });
  return t('import.units.conversion', { from: unit, to: stored, factor: numberFormat(language, { maximumFractionDigits: 6 }).format(UNIT_FACTORS[unit]) });
}

export function UnitChoice({ column, header, field, unit, disabled, onChange }: UnitChoiceProps) {
  const { t, i18n } = useTranslation();
  const stored = STORED_UNIT[field];
  const current = unit ?? stored;
  return (
    <div className="unit-choice">
      <select
        className="select select-small"
        aria-label={t('import.units.label', { header })}
        data-testid={`unit-${column}`}
        value={current}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as MeasureUnit)}
      >
        {unitsFor(field).map((choice) => (
          <option key={choice} value={choice}>
            {t(`import.units.names.${choice}`)}
          </option>
        ))}
      </select>
      <span className="unit-conversion" data-testid={`conversion-${column}`}>
        {conversionText(t, i18n.language, current, stored)}
      </span>
    </div>
  );
}
