// How a Back Market grade reads in the condition value map: its name in the merchant's language, the older name
// merchants know (Back Market's own word, kept as it is), its old state number.
import type { TFunction } from 'i18next';
import { GRADE_INFO, isGrade } from '../../../shared/grades';
import { gradeName } from '../../i18n/grade-name';

export function gradeText(t: TFunction, target: string): string {
  if (!isGrade(target)) return target;
  const info = GRADE_INFO[target];
  const label = gradeName(t, target);
  return info.legacyName
    ? t('mapping.grades.withLegacy', { label, legacy: info.legacyName, state: info.legacyState })
    : t('mapping.grades.plain', { label, state: info.legacyState });
}
