// Back Market's aesthetic grades and the one table that suggests a grade for a merchant's condition value.
import { foldText } from './text-fold';

/** The contract's AestheticGradeValue, best first. */
export const GRADES = ['PREMIUM', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'STALLONE'] as const;
export type Grade = (typeof GRADES)[number];
export const isGrade = (value: string): value is Grade => (GRADES as readonly string[]).includes(value);

export interface GradeInfo {
  grade: Grade;
  /** The deprecated numeric `state` the contract still documents: 9, 0, 1, 2, 3, 4. */
  legacyState: number;
  label: string;
  /** The older names merchant files and integrations still use (reference README): Shiny 0, Gold 1, Silver 2, Bronze 3, Stallone 4. */
  legacyName: string | null;
}

export const GRADE_INFO: Readonly<Record<Grade, GradeInfo>> = {
  PREMIUM: { grade: 'PREMIUM', legacyState: 9, label: 'Premium', legacyName: null },
  EXCELLENT: { grade: 'EXCELLENT', legacyState: 0, label: 'Excellent', legacyName: 'Shiny' },
  VERY_GOOD: { grade: 'VERY_GOOD', legacyState: 1, label: 'Very good', legacyName: 'Gold' },
  GOOD: { grade: 'GOOD', legacyState: 2, label: 'Good', legacyName: 'Silver' },
  FAIR: { grade: 'FAIR', legacyState: 3, label: 'Fair', legacyName: 'Bronze' },
  STALLONE: { grade: 'STALLONE', legacyState: 4, label: 'Stallone', legacyName: 'Stallone' },
};

/**
 * The grade a merchant's condition is sent with — the one rule of the pre-flight check, the sync, the review, the grids
 * and the import's preview: the condition table's entry, else the condition itself when it is a grade code as the
 * contract spells it (VERY_GOOD). A suggestion (below) is never a grade until the merchant confirms it in the table.
 */
export function gradeOfCondition(condition: string, conditionMap: ReadonlyMap<string, string>): Grade | null {
  const target = conditionMap.get(condition) ?? condition;
  return isGrade(target) ? target : null;
}

/**
 * Suggestions for condition values merchants commonly use, keyed by their folded form (lower case, no accents).
 * The legacy names follow the deprecated state numbers (Shiny = 0 = Excellent, Gold = 1 = Very good, ...).
 * A+ is the one step above A, the "like new" Premium grade; A/B/C/D step down from Excellent as refurbishers grade.
 * These are suggestions only: the merchant confirms each one, since grading words differ between suppliers.
 */
const SUGGESTIONS: Readonly<Record<string, Grade>> = {
  'a+': 'PREMIUM',
  'grade a+': 'PREMIUM',
  premium: 'PREMIUM',
  'like new': 'PREMIUM',
  'comme neuf': 'PREMIUM',
  'wie neu': 'PREMIUM',
  a: 'EXCELLENT',
  'grade a': 'EXCELLENT',
  excellent: 'EXCELLENT',
  shiny: 'EXCELLENT',
  'parfait etat': 'EXCELLENT',
  'sehr gut': 'VERY_GOOD',
  b: 'VERY_GOOD',
  'grade b': 'VERY_GOOD',
  'very good': 'VERY_GOOD',
  very_good: 'VERY_GOOD',
  gold: 'VERY_GOOD',
  'tres bon etat': 'VERY_GOOD',
  c: 'GOOD',
  'grade c': 'GOOD',
  good: 'GOOD',
  silver: 'GOOD',
  'bon etat': 'GOOD',
  gut: 'GOOD',
  d: 'FAIR',
  'grade d': 'FAIR',
  fair: 'FAIR',
  bronze: 'FAIR',
  'etat correct': 'FAIR',
  stallone: 'STALLONE',
  // The grades as the app names them in its six languages (what an account import or another tool may have written).
  'tres bon': 'VERY_GOOD',
  bon: 'GOOD',
  correct: 'FAIR',
  hervorragend: 'EXCELLENT',
  akzeptabel: 'FAIR',
  excelente: 'EXCELLENT',
  'muy bueno': 'VERY_GOOD',
  bueno: 'GOOD',
  correcto: 'FAIR',
  eccellente: 'EXCELLENT',
  'molto buono': 'VERY_GOOD',
  buono: 'GOOD',
  discreto: 'FAIR',
  uitstekend: 'EXCELLENT',
  'zeer goed': 'VERY_GOOD',
  goed: 'GOOD',
  redelijk: 'FAIR',
};

/** The suggested grade for a merchant's condition value, or null when the value means nothing we know. */
export function suggestGrade(merchantValue: string): Grade | null {
  const folded = foldText(merchantValue).trim().replace(/\s+/g, ' ');
  const upper = merchantValue.trim().toUpperCase();
  if (isGrade(upper)) return upper;
  if (/^\d$/.test(folded)) return GRADES.find((grade) => GRADE_INFO[grade].legacyState === Number(folded)) ?? null;
  return SUGGESTIONS[folded] ?? null;
}
