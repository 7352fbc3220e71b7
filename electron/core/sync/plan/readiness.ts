// Which countries an offer is not ready for: the readiness cache's verdict when it was computed for these rules and this
// version of the product (the mapping service keeps it fresh), else the validation engine's. Either way the plan holds
// no messages: the runner validates the held-back products again, with their problems, when it records them.
import { validateProduct, type ValidationContext, type ValidationProduct } from '../../../../shared/validation';
import type { Db } from '../../db/connection';
import { readinessMeta } from '../../mapping/readiness-repo';
import { signatureOf } from '../../mapping/readiness-cache';

export type NotReadyOf = (product: ValidationProduct) => number;

/** Below this many products, validating them is cheaper than reading the cache. */
const CACHE_FROM = 5_000;

/**
 * Each context country's bit in product_readiness.ready_mask, when the cache holds for these rules and it is worth reading
 * for this many products; null otherwise (the engine answers).
 */
export function cachedBits(db: Db, context: ValidationContext, productCount: number): number[] | null {
  if (productCount < CACHE_FROM || readinessMeta(db)?.signature !== signatureOf(context)) return null;
  const bits = new Map((db.prepare('SELECT country, bit FROM readiness_countries').all() as { country: string; bit: number }[]).map((row) => [row.country, row.bit]));
  const storedBits = context.countries.map((country) => bits.get(country.country.code));
  return storedBits.some((bit) => bit === undefined) ? null : (storedBits as number[]);
}

/** The engine's mask (bit i: country i of the context not ready) from a stored ready_mask. */
export function notReadyOfStored(ready: number, storedBits: readonly number[]): number {
  // Bits 0..n-1 in the context's order (the usual case): a mask operation.
  if (ready >= 0 && ready < 2 ** 31 && storedBits.length < 31 && storedBits.every((bit, index) => bit === index)) return ~ready & ((1 << storedBits.length) - 1);
  let notReady = 0;
  for (let index = 0; index < storedBits.length; index += 1) {
    if (Math.floor(ready / 2 ** (storedBits[index] as number)) % 2 === 0) notReady |= 1 << index;
  }
  return notReady;
}

export function notReadyReader(db: Db, context: ValidationContext, productCount: number): NotReadyOf {
  const validate: NotReadyOf = (product) => validateProduct(product, context);
  const storedBits = cachedBits(db, context, productCount);
  if (storedBits === null) return validate;
  const rows = db.prepare('SELECT product_id, ready_mask, checked_version FROM product_readiness').raw().all() as [number, number, string][];
  const cached = new Map<number, { ready: number; version: string }>();
  for (const [id, ready, version] of rows) cached.set(id, { ready, version });
  return (product) => {
    const entry = cached.get(product.id);
    if (!entry || entry.version !== (product.updatedAt ?? '')) return validate(product);
    return notReadyOfStored(entry.ready, storedBits);
  };
}
