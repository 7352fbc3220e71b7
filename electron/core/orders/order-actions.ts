// The merchant's moves as recorded before they are sent: 'sending' until Back Market's answer (or a later read of the
// order) settles them, so a move whose answer was lost, even across a restart, is never sent again blindly.
import type { Db } from '../db/connection';

export type ActionKind = 'accept' | 'cancel' | 'ship' | 'refund' | 'care-refund';
export type ActionStatus = 'sending' | 'done' | 'refused' | 'not-applied';

export interface OrderAction {
  id: number;
  orderId: number;
  orderlineId: number | null;
  kind: ActionKind;
  request: Record<string, unknown>;
  status: ActionStatus;
  createdAt: string;
}

export function recordAction(db: Db, action: { orderId: number; orderlineId: number | null; kind: ActionKind; request: Record<string, unknown> }, now: string): number {
  return Number(
    db
      .prepare("INSERT INTO order_actions (order_id, orderline_id, kind, request, status, created_at) VALUES (?, ?, ?, ?, 'sending', ?)")
      .run(action.orderId, action.orderlineId, action.kind, JSON.stringify(action.request), now).lastInsertRowid,
  );
}

export function settleAction(db: Db, id: number, status: Exclude<ActionStatus, 'sending'>, outcome: string, now: string): void {
  db.prepare('UPDATE order_actions SET status = ?, outcome = ?, finished_at = ? WHERE id = ?').run(status, outcome, now, id);
}

export function unsettledActions(db: Db, orderId?: number): OrderAction[] {
  const rows = (
    orderId === undefined
      ? db.prepare("SELECT * FROM order_actions WHERE status = 'sending' ORDER BY id").all()
      : db.prepare("SELECT * FROM order_actions WHERE status = 'sending' AND order_id = ? ORDER BY id").all(orderId)
  ) as { id: number; order_id: number; orderline_id: number | null; kind: ActionKind; request: string; status: ActionStatus; created_at: string }[];
  return rows.map((row) => ({
    id: row.id,
    orderId: row.order_id,
    orderlineId: row.orderline_id,
    kind: row.kind,
    request: JSON.parse(row.request) as Record<string, unknown>,
    status: row.status,
    createdAt: row.created_at,
  }));
}
