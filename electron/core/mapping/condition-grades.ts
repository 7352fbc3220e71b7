// The grades the merchant mapped their condition values to, for the import wizard's preview ("Sehr gut" → Very good).
import type { Db } from '../db/connection';
import { valueMaps } from './mapping-repo';

export function savedConditionGrades(db: Db): Record<string, string> {
  const grades: Record<string, string> = {};
  for (const entry of valueMaps(db, 'condition')) grades[entry.merchantValue] = entry.target;
  return grades;
}
