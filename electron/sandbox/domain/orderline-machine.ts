// The orderline state machine of the contract (OrderLineState) and the order state derived from its lines.
import type { SandboxOrderline } from '../state/types';

export const ORDERLINE_STATE_NAMES: Record<number, string> = {
  0: 'new',
  9: 'on hold',
  8: 'pending payment',
  1: 'paid',
  2: 'accepted',
  3: 'shipped',
  4: 'cancelled',
  5: 'refunded before shipping',
  6: 'refunded after shipping',
  7: 'not paid',
};

/** Moves a merchant may make: 1 -> 2 or 4, 2 -> 3 or 5, 3 -> 6. Every other state is final or waits for Back Market. */
export const MERCHANT_MOVES: Record<number, number[]> = { 1: [2, 4], 2: [3, 5], 3: [6] };

export function canMove(from: number, to: number): boolean {
  return (MERCHANT_MOVES[from] ?? []).includes(to);
}

/** "Orderline 150001 (sku X) is in state 1 (paid); it can move to 2 or 4" — the message of a refused move. */
export function describeRefusal(line: SandboxOrderline, to: number): string {
  const next = MERCHANT_MOVES[line.state] ?? [];
  const allowed = next.length === 0 ? 'no merchant move is possible from it' : `it can move to ${next.join(' or ')}`;
  return `Orderline ${line.id} (sku ${line.sku}) is in state ${line.state} (${ORDERLINE_STATE_NAMES[line.state] ?? 'unknown'}); it cannot move to ${to}: ${allowed}.`;
}

/**
 * The order's state from its lines: 0 new, 10 pending payment, 8 not paid, 1 some line paid and waiting for the
 * merchant, 3 every remaining line accepted (to ship), 9 processed (every line shipped, cancelled or refunded).
 */
export function orderState(lines: SandboxOrderline[]): 0 | 10 | 1 | 3 | 8 | 9 {
  const states = lines.map((line) => line.state);
  if (states.every((state) => state === 0 || state === 9)) return 0;
  if (states.every((state) => state === 0 || state === 8 || state === 9)) return 10;
  if (states.every((state) => state === 7)) return 8;
  if (states.includes(1)) return 1;
  if (states.includes(2)) return 3;
  return 9;
}
