// What one cell of the file becomes under its column's mapping, for the wizard's preview: the same rule the import
// applies (shared/csv-cells), worded in the merchant's language, so a misread (an encoding, a unit) is seen before importing.
import type { TFunction } from 'i18next';
import type { ColumnTarget } from '../../../shared/catalogue';
import { readFieldCell } from '../../../shared/csv-cells';
import { GRADE_INFO, isGrade, suggestGrade } from '../../../shared/grades';
import { numberFormat } from '../../i18n/format';

export type CellPreview =
  /** The cell is kept as written (text fields, attributes) or left out (ignored, empty). */
  | { kind: 'as-is' }
  | { kind: 'becomes'; text: string; note?: string }
  | { kind: 'refused'; text: string };

export function previewCell(t: TFunction, language: string, target: ColumnTarget | undefined, raw: string, conditionGrades: Record<string, string>): CellPreview {
  const text = raw.trim();
  if (!target || target.kind !== 'field' || text === '') return { kind: 'as-is' };
  const reading = readFieldCell(target.field, text, target.unit);
  if (!reading.ok) {
    if (reading.problem === 'not-a-number') return { kind: 'refused', text: t('import.cellPreview.notNumber') };
    if (reading.problem === 'wrong-unit') return { kind: 'refused', text: t('import.cellPreview.wrongUnit') };
    if (reading.problem === 'scientific-ean') return { kind: 'refused', text: t('import.cellPreview.eanLost') };
    return { kind: 'refused', text: reading.reason };
  }
  const value = reading.value;
  if (typeof value === 'number') {
    switch (target.field) {
      case 'price':
        return { kind: 'becomes', text: numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value) };
      case 'weightGrams':
        return { kind: 'becomes', text: numberFormat(language, { style: 'unit', unit: 'gram', maximumFractionDigits: 3 }).format(value) };
      case 'widthCm':
      case 'heightCm':
      case 'depthCm':
        return { kind: 'becomes', text: numberFormat(language, { style: 'unit', unit: 'centimeter', maximumFractionDigits: 3 }).format(value) };
      default:
        return { kind: 'becomes', text: numberFormat(language, { maximumFractionDigits: 3 }).format(value) };
    }
  }
  if (target.field === 'condition' && typeof value === 'string') {
    const saved = conditionGrades[value];
    if (saved !== undefined && isGrade(saved)) return { kind: 'becomes', text: GRADE_INFO[saved].label, note: t('import.cellPreview.gradeMapped') };
    const suggested = suggestGrade(value);
    return suggested
      ? { kind: 'becomes', text: GRADE_INFO[suggested].label, note: t('import.cellPreview.gradeSuggested') }
      : { kind: 'becomes', text: t('import.cellPreview.gradeUnknown') };
  }
  return { kind: 'as-is' };
}
