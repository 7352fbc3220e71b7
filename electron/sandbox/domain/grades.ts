// Aesthetic grades: the API's grade names, the deprecated numeric state, and the legacy names merchants still use.
import type { Grade } from '../state/types';

export const GRADES: readonly Grade[] = ['PREMIUM', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'STALLONE'];

const STATE_OF_GRADE: Record<Grade, number> = { PREMIUM: 9, EXCELLENT: 0, VERY_GOOD: 1, GOOD: 2, FAIR: 3, STALLONE: 4 };
const GRADE_OF_STATE = new Map<number, Grade>(Object.entries(STATE_OF_GRADE).map(([grade, state]) => [state, grade as Grade]));
/** Shiny (0), Gold (1), Silver (2), Bronze (3), Stallone (4): the names older merchant files use for the numeric state. */
const LEGACY_NAMES: Record<string, number> = { shiny: 0, gold: 1, silver: 2, bronze: 3, stallone: 4 };

export function stateOfGrade(grade: Grade): number {
  return STATE_OF_GRADE[grade];
}

/** The condition of an orderline (ProductCondition: 9 premium, 10 excellent, 11 good, 12 fair). */
export function conditionOfGrade(grade: Grade): number {
  if (grade === 'PREMIUM') return 9;
  if (grade === 'EXCELLENT' || grade === 'VERY_GOOD') return 10;
  if (grade === 'GOOD') return 11;
  return 12;
}

/** Reads a grade given as a grade name, a numeric state (9, 0..4) or a legacy name; null when it is none of them. */
export function parseGrade(value: string): Grade | null {
  const text = value.trim();
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_');
  if ((GRADES as readonly string[]).includes(upper)) return upper as Grade;
  if (/^\d+$/.test(text)) return GRADE_OF_STATE.get(Number(text)) ?? null;
  const legacy = LEGACY_NAMES[text.toLowerCase()];
  return legacy === undefined ? null : (GRADE_OF_STATE.get(legacy) ?? null);
}
