// A Back Market grade in the merchant's language (VERY_GOOD → "Très bon"); a value that is no grade code (a condition
// Back Market spelled otherwise) is shown as it came.
import type { TFunction } from 'i18next';
import { isGrade } from '../../shared/grades';

export const gradeName = (t: TFunction, grade: string): string => (isGrade(grade) ? t(`units.grades.${grade}`) : grade);
