// The planner's readiness: the mapping's cached verdict when it holds for these rules and this version of the product.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { compileContext, validateProduct } from '../../../../shared/validation';
import { createReadinessCache } from '../../mapping/readiness-cache';
import { validationProduct } from '../../mapping/validation-products';
import { phone, plannerKit, KIT_NOW, type PlannerKit } from './plan-test-kit';
import { notReadyReader } from './readiness';

let kit: PlannerKit;
beforeEach(() => {
  kit = plannerKit();
});
afterEach(() => kit.cleanup());

it('reads the cached verdict while it is fresh, and validates a product edited since', () => {
  const ready = kit.save(phone(1));
  const blocked = kit.save(phone(2, { condition: 'Z' }));
  const context = compileContext(kit.snapshot());
  createReadinessCache(() => KIT_NOW).recomputeAll(kit.db, context);
  const product = (id: number) => validationProduct(kit.db, id) as NonNullable<ReturnType<typeof validationProduct>>;

  // The cache is read only for a large plan; here it is forced by the count.
  const notReadyOf = notReadyReader(kit.db, context, 100_000);
  expect(notReadyOf(product(ready))).toBe(0);
  expect(notReadyOf(product(blocked))).toBe(0b111);

  // Stale for this product: the cache says not ready, but the product changed since it was checked.
  kit.db.prepare("UPDATE products SET condition = 'A', updated_at = 'edited' WHERE id = ?").run(blocked);
  expect(notReadyOf(product(blocked))).toBe(validateProduct(product(blocked), context));
  expect(notReadyOf(product(blocked))).toBe(0);

  // Other rules (another set of countries) than those the cache was computed for: the engine answers.
  const twoCountries = compileContext({ ...kit.snapshot(), countries: kit.snapshot().countries.slice(0, 2) });
  kit.db.prepare("UPDATE product_readiness SET ready_mask = 0 WHERE product_id = ?").run(ready);
  expect(notReadyReader(kit.db, twoCountries, 100_000)(product(ready))).toBe(0);
  expect(notReadyReader(kit.db, context, 100_000)(product(ready))).toBe(0b111);
});
