// Sends one recorded move: first settles any earlier move of the order whose answer was lost (by reading the order on
// Back Market), then records this one, sends it, and stores the order Back Market answers. One move per order at a time.
import type { Order, OrderUpdate } from '../backmarket';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { absorbOrders } from './absorb-orders';
import { asAppError, provesNotApplied } from './failures';
import { moveApplied } from './move-check';
import { recordAction, settleAction, unsettledActions, type ActionKind } from './order-actions';
import type { OrdersContext } from './orders-context';
import { releaseRestore } from './stock-moves';

const queues = new WeakMap<OrdersContext, Map<number, Promise<unknown>>>();

/** Runs jobs on the same order one after the other, so two clicks cannot send the same move twice. */
export function oneAtATime<T>(ctx: OrdersContext, orderId: number, job: () => Promise<T>): Promise<T> {
  let perOrder = queues.get(ctx);
  if (!perOrder) {
    perOrder = new Map();
    queues.set(ctx, perOrder);
  }
  const previous = perOrder.get(orderId) ?? Promise.resolve();
  const next = previous.then(job, job);
  const settled = next.catch(() => undefined);
  perOrder.set(orderId, settled);
  void settled.then(() => {
    if (perOrder.get(orderId) === settled) perOrder.delete(orderId);
  });
  return next;
}

/** Undoes what was prepared for a move Back Market did not apply. */
function abandon(db: Db, kind: ActionKind, request: Record<string, unknown>, orderlineId: number | null): void {
  if (kind === 'cancel' && request.setStockToZero === true && orderlineId !== null) releaseRestore(db, orderlineId);
}

/**
 * Reads the order when a move of it was left unsettled, which settles each such move as done or not applied. Answers
 * the moves found done, so the caller does not send the same one again.
 */
export async function settleLeftovers(ctx: OrdersContext, orderId: number): Promise<{ kind: ActionKind; orderlineId: number | null }[]> {
  const leftovers = unsettledActions(ctx.db(), orderId).filter((action) => !ctx.inFlight.has(action.id));
  if (leftovers.length === 0) return [];
  const order = await ctx.run((api) => api.getOrder(orderId)).catch((error: unknown) => {
    throw asAppError(error, `read order ${orderId}, which Refurb Desk must check before sending anything else for it`);
  });
  const { settledDone } = absorbOrders(ctx, ctx.db(), [order], { baseline: false });
  return settledDone.map((action) => ({ kind: action.kind, orderlineId: action.orderlineId }));
}

export interface MoveSpec {
  orderId: number;
  orderlineId: number | null;
  kind: ActionKind;
  update: OrderUpdate;
  /** Completes "Back Market refused to …". */
  what: string;
  /** Extra facts kept with the recorded move (a cancellation's stock choice). */
  note?: Record<string, unknown>;
  /** Runs in the transaction that records the move, before it is sent. */
  prepare?: (db: Db) => void;
}

/** Records the move, sends it, and stores the answered order; the move stays unsettled when the answer is lost. */
export async function sendMove(ctx: OrdersContext, spec: MoveSpec): Promise<Order> {
  const db = ctx.db();
  const request = { ...spec.update, ...spec.note };
  const id = db.transaction(() => {
    spec.prepare?.(db);
    return recordAction(db, { orderId: spec.orderId, orderlineId: spec.orderlineId, kind: spec.kind, request }, ctx.stamp());
  })();
  ctx.inFlight.add(id);
  try {
    const order = await ctx.run((api) => api.updateOrder(spec.orderId, spec.update));
    const current = ctx.db();
    absorbOrders(ctx, current, [order], { baseline: false });
    settleAction(current, id, moveApplied(order, spec.kind, spec.orderlineId) ? 'done' : 'not-applied', 'answered by Back Market', ctx.stamp());
    return order;
  } catch (error) {
    if (provesNotApplied(error)) {
      const current = ctx.db();
      current.transaction(() => {
        settleAction(current, id, 'refused', error instanceof Error ? error.message : String(error), ctx.stamp());
        abandon(current, spec.kind, request, spec.orderlineId);
      })();
      await refreshQuietly(ctx, spec.orderId);
    }
    // Anything else may have reached Back Market: the move stays unsettled until the order is read again.
    throw asAppError(error, spec.what);
  } finally {
    ctx.inFlight.delete(id);
  }
}

/** After a refusal, the order as Back Market has it now, so the screen shows why (best effort). */
async function refreshQuietly(ctx: OrdersContext, orderId: number): Promise<void> {
  try {
    const order = await ctx.run((api) => api.getOrder(orderId));
    absorbOrders(ctx, ctx.db(), [order], { baseline: false });
  } catch {
    // The refusal is what the merchant needs to read; a failed refresh adds nothing to it.
  }
}

export const orderNotImported = (orderId: number) =>
  saidError('not-found', said('orders.notImported', { orderId }));
