// Keeps the cached readiness of the current database fresh: a full recompute when the rules change (countries enabled,
// a mapping, the tree), and on a catalogue change only the products edited since they were last checked.
import { WARRANTY_MINIMUM_MONTHS } from '../../../shared/mapping';
import type { ValidationContext } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { productsToRecheck, readinessMeta, recomputeReadiness, saveReadinessMeta } from './readiness-repo';

export interface ReadinessCache {
  /** Recomputes every product (after a mapping or the countries changed). */
  recomputeAll(db: Db, context: ValidationContext): number;
  /** Recomputes these products only. */
  recompute(db: Db, context: ValidationContext, ids: readonly number[]): number;
  /** Brings the cache up to date after products changed, or fully when the countries or rules changed. */
  refresh(db: Db, context: () => ValidationContext): number;
}

/** What a stored verdict was computed for: the countries in their order and the platform rule. */
export const signatureOf = (context: ValidationContext) => `${context.countries.map((country) => country.country.code).join(',')}|warranty:${WARRANTY_MINIMUM_MONTHS}`;

export function createReadinessCache(now: () => Date): ReadinessCache {
  const stamp = () => now().toISOString();
  const cache: ReadinessCache = {
    recomputeAll(db, context) {
      const count = recomputeReadiness(db, context);
      saveReadinessMeta(db, { computedAt: stamp(), signature: signatureOf(context) });
      return count;
    },
    recompute(db, context, ids) {
      if (ids.length === 0) return 0;
      const meta = readinessMeta(db);
      // Without a full pass for these rules first, a partial one would leave the others stale.
      if (!meta || meta.signature !== signatureOf(context)) return cache.recomputeAll(db, context);
      return recomputeReadiness(db, context, ids);
    },
    refresh(db, contextOf) {
      const context = contextOf();
      const meta = readinessMeta(db);
      if (!meta || meta.signature !== signatureOf(context)) return cache.recomputeAll(db, context);
      const ids = productsToRecheck(db);
      return ids.length > 0 ? recomputeReadiness(db, context, ids) : 0;
    },
  };
  return cache;
}
