// Where an order belongs in the Orders screen, and which moves each orderline allows, from the contract's state tables.
import type { OrderPlace } from '../../../shared/orders';

/** Orderline states a merchant can move from, and where to (the contract's OrderLineState table). */
export const MERCHANT_MOVES: Readonly<Record<number, readonly number[]>> = { 1: [2, 4], 2: [3, 5], 3: [6] };

export const canMove = (from: number, to: number): boolean => (MERCHANT_MOVES[from] ?? []).includes(to);

/** Paid or beyond: Back Market has lowered its stock for the line (7, not paid, never was). */
export const PAID_STATES: readonly number[] = [1, 2, 3, 4, 5, 6];
/** The unit never left the merchant's shelf: the line's stock comes back. */
export const RESTOCKED_STATES: readonly number[] = [4, 5];

export function placeOf(lineStates: readonly number[]): OrderPlace {
  if (lineStates.includes(1)) return 'to-accept';
  if (lineStates.includes(2)) return 'to-ship';
  if (lineStates.includes(3)) return 'shipped';
  if (lineStates.length > 0 && lineStates.every((state) => [4, 5, 6, 7].includes(state))) return 'cancelled-refunded';
  return 'waiting';
}

/** Every paid line has been accepted or cancelled, and at least one waits to ship. */
export const canShip = (lineStates: readonly number[]): boolean => !lineStates.includes(1) && lineStates.includes(2);
