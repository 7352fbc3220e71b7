// Reads a re-fetched order to tell whether an update still has to be sent, or already took effect before the answer was lost.
import type { Order, OrderLine, OrderLineState, OrderUpdate } from './types/orders';

/** The orderline state each move starts from, per the contract's OrderLineState table. */
const MOVES_FROM: Partial<Record<OrderLineState, OrderLineState>> = { 2: 1, 4: 1, 5: 2, 6: 3 };

const lineFor = (order: Order, sku: string | undefined): OrderLine | undefined =>
  sku === undefined ? undefined : order.orderlines.find((line) => line.listing.toLowerCase() === sku.toLowerCase());

/** True when the order is still where the update starts from, so sending it (again) cannot apply it twice. */
export function orderUpdatePending(order: Order, update: OrderUpdate): boolean {
  if (update.new_state === 3) return order.orderlines.some((line) => line.state === 2);
  const from = MOVES_FROM[update.new_state];
  const line = lineFor(order, update.sku);
  return from !== undefined && line !== undefined && line.state === from;
}

/** True when the re-read order shows the update in place. */
export function orderUpdateApplied(order: Order, update: OrderUpdate): boolean {
  if (update.new_state === 3) return order.orderlines.some((line) => line.state === 3) && !order.orderlines.some((line) => line.state === 2);
  return lineFor(order, update.sku)?.state === update.new_state;
}
