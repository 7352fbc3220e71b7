// What one cell of the file becomes under its column's mapping, for the wizard's preview: the same rule the import
// applies (shared/csv-cells), worded in the merchant's language, so a misread (an encoding, a unit) is seen before importing.
// A condition becomes the grade the sync would send (shared/grades gradeOfCondition), named in the merchant's language.
import type { TFunction } from 'i18next';
import type { ColumnTarget } from '../../../shared/catalogue';
import { readFieldCell } from '../../../shared/csv-cells';
import { gradeOfCondition, suggestGrade } from '../../../shared/grades';
import { gradeName } from '../../i18n/grade-name';
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
    // The grade the sync will send, by its rule: a condition the table does not hold is said to need it, even where the
    // table would suggest a grade (a suggestion is not sent until the merchant confirms it there).
    const grade = gradeOfCondition(value, new Map(Object.entries(conditionGrades)));
    if (grade === null) {
      // Where the table would suggest a grade, the preview names it, as a suggestion the table still needs confirmed.
      const suggested = suggestGrade(value);
      const unknown = t('import.cellPreview.gradeUnknown');
      return suggested ? { kind: 'becomes', text: unknown, note: t('import.cellPreview.gradeSuggestedThere', { grade: gradeName(t, suggested) }) } : { kind: 'becomes', text: unknown };
    }
    // A grade code written as such needs no note; a condition the table maps says so.
    return Object.hasOwn(conditionGrades, value) ? { kind: 'becomes', text: gradeName(t, grade), note: t('import.cellPreview.gradeMapped') } : { kind: 'becomes', text: gradeName(t, grade) };
  }
  return { kind: 'as-is' };
}
