// Reads an order as Back Market now has it to tell whether a recorded move took effect.
import type { Order } from '../backmarket';
import type { ActionKind } from './order-actions';

/** The orderline states that show each move happened (a later move, such as a refund after an accepted line shipped, counts too). */
const REACHED: Record<Exclude<ActionKind, 'ship'>, readonly number[]> = {
  accept: [2, 3, 5, 6],
  cancel: [4],
  refund: [6],
  'care-refund': [4, 5, 6],
};

export function moveApplied(order: Order, kind: ActionKind, orderlineId: number | null): boolean {
  if (kind === 'ship') return !order.orderlines.some((line) => line.state === 2) && order.orderlines.some((line) => line.state === 3 || line.state === 6);
  const line = order.orderlines.find((candidate) => candidate.id === orderlineId);
  return line !== undefined && REACHED[kind].includes(line.state);
}
