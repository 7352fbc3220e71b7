// The hourly SKU-line budget applied to a plan: stock first, then prices, then new offers, then content; what does not
// fit now waits, and the plan says when the first of it fits again.
import { CHANGE_ORDER, type ChangeKind, type DeferredWork } from '../../../../shared/sync';
import type { SkuLineBudget } from '../../backmarket';

/** Work that costs SKU lines: a CSV line or a real-time update costs one; a new offer in several countries one each. */
export interface BudgetedWork {
  kind: ChangeKind;
  productNumber: string;
  lines: number;
  /** Splits the work after its first `lines` lines (only work of more than one line). */
  split?: (lines: number) => [this, this];
}

export interface BudgetSplit<W extends BudgetedWork> {
  now: W[];
  deferred: W[];
  linesNow: number;
  deferredInfo: DeferredWork | null;
  budgetLeft: number;
}

const zeroByKind = (): Record<ChangeKind, number> => ({ stock: 0, price: 0, new: 0, content: 0 });

export function applyBudget<W extends BudgetedWork>(work: readonly W[], budget: SkuLineBudget, now: Date): BudgetSplit<W> {
  const at = now.getTime();
  let remaining = budget.remaining(at);
  const sendNow: W[] = [];
  const deferred: W[] = [];
  let linesNow = 0;
  for (const kind of CHANGE_ORDER) {
    for (const entry of work) {
      if (entry.kind !== kind) continue;
      if (entry.lines <= remaining) {
        sendNow.push(entry);
        remaining -= entry.lines;
        linesNow += entry.lines;
      } else if (remaining > 0 && entry.split) {
        const [head, tail] = entry.split(remaining);
        sendNow.push(head);
        deferred.push(tail);
        linesNow += remaining;
        remaining = 0;
      } else deferred.push(entry);
    }
  }
  if (deferred.length === 0) return { now: sendNow, deferred, linesNow, deferredInfo: null, budgetLeft: remaining };
  const byKind = zeroByKind();
  for (const entry of deferred) byKind[entry.kind] += entry.lines;
  const lines = deferred.reduce((sum, entry) => sum + entry.lines, 0);
  return { now: sendNow, deferred, linesNow, deferredInfo: { lines, byKind, nextAt: new Date(nextAt(budget, linesNow, at)).toISOString() }, budgetLeft: 0 };
}

/** When one more line fits once this plan's lines are counted (they are recorded now, so they free up a window later). */
function nextAt(budget: SkuLineBudget, linesNow: number, at: number): number {
  const needed = linesNow + 1;
  const fits = needed > budget.linesPerHour ? Infinity : budget.nextAvailableAt(needed, at);
  return Number.isFinite(fits) && fits > at ? fits : at + budget.windowMs;
}
