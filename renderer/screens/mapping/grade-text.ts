// How a Back Market grade reads in the condition value map: its name, the older name merchants know, its old state number.
import type { TFunction } from 'i18next';
import { GRADE_INFO, isGrade } from '../../../shared/grades';

export function gradeText(t: TFunction, target: string): string {
  if (!isGrade(target)) return target;
  const info = GRADE_INFO[target];
  return info.legacyName
    ? t('mapping.grades.withLegacy', { label: info.label, legacy: info.legacyName, state: info.legacyState })
    : t('mapping.grades.plain', { label: info.label, state: info.legacyState });
}
