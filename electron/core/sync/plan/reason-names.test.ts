// The pre-flight check's reasons name a category attribute as the catalogue's own tree names it (the merchant's
// language), also when the market that refuses the value speaks another: a French merchant never reads « Netz ».
import { afterEach, beforeEach, expect, it } from 'vitest';
import { phone, plannerKit, type PlannerKit } from './plan-test-kit';

let kit: PlannerKit;
beforeEach(() => {
  kit = plannerKit();
});
afterEach(() => kit.cleanup());

it("names the attribute in the catalogue's language when a market of another language refuses its value", () => {
  kit.save(phone(1));
  // No German value for the network any more: « Débloqué » is not one of de-de's values.
  kit.db.prepare("DELETE FROM value_maps WHERE map = 'attribute:2:network:de'").run();
  const plan = kit.plan();
  plan.resolveProblems?.(plan.blocked);
  const german = plan.blocked.find((offer) => offer.country === 'de-de');
  expect(plan.blocked.map((offer) => offer.country)).toEqual(['de-de']);
  const reason = german?.reasons.find((entry) => entry.code === 'problem.valueNotAllowedIn');
  expect(reason?.params).toMatchObject({ attribute: 'Opérateur', value: 'Débloqué', country: 'de-de' });
  expect(String(reason?.params?.allowed)).toContain('Entsperrt');
});
