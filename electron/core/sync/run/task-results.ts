// Applies a finished catalog task to listing_states: each line's answer (accepted with its ids, or refused with Back
// Market's words and the CSV line), or the whole task's failure, in one transaction.
import type { CatalogTask, TaskLineResult } from '../../backmarket';
import type { Db } from '../../db/connection';
import { lineHash } from '../plan/hashes';
import { applyAccepted, applyRefused } from './listing-state-repo';
import { requeue } from './outbox-settle';
import { closeTask, taskHeader, taskLines, type TaskLineRow } from './task-repo';

export interface AppliedCounts {
  accepted: number;
  refused: number;
}

/** Back Market's messages for a line, as sentences. */
export function lineMessages(result: TaskLineResult): string {
  const messages = (result.errors ?? []).map((error) => error.message.trim()).filter((message) => message !== '');
  if (messages.length === 0) return 'Back Market refused this line without giving a reason. Check the offer in the Back Market back office.';
  return messages.map((message) => (/[.!?]$/.test(message) ? message : `${message}.`)).join(' ');
}

function lineFor(lines: readonly TaskLineRow[], result: TaskLineResult): TaskLineRow | undefined {
  // The report numbers lines as in the file (the header is line 1); the SKU confirms the match.
  const byNumber = lines.find((line) => line.line === result.line - 1);
  if (byNumber && (result.sku === null || result.sku === byNumber.sku)) return byNumber;
  return result.sku === null ? undefined : lines.find((line) => line.sku === result.sku);
}

export function applyTaskReport(db: Db, taskRowId: number, report: CatalogTask, now: string): AppliedCounts {
  const lines = taskLines(db, taskRowId);
  const header = taskHeader(db, taskRowId);
  const counts: AppliedCounts = { accepted: 0, refused: 0 };
  db.transaction(() => {
    if (report.action_status === 8) {
      const reason = report.last_action_error?.trim() || 'Back Market could not process the catalog task.';
      for (const line of lines) {
        applyRefused(db, { ...line, error: `Back Market could not process this task: ${reason}`, csvLine: `${header}\n${line.csvLine}`, rejectedHash: '' }, now);
        counts.refused += 1;
      }
      // Not the lines' fault: no rejected hash, and back in the outbox, so the next sync sends them again.
      requeue(db, lines.map((line) => line.productNumber), now);
      closeTask(db, taskRowId, 'failed', reason, now);
      return;
    }
    const answered = new Set<TaskLineRow>();
    for (const result of report.result.lines ?? []) {
      const line = lineFor(lines, result);
      if (!line) continue;
      answered.add(line);
      if (result.status === 'error') {
        applyRefused(db, { ...line, error: lineMessages(result), csvLine: `${header}\n${line.csvLine}`, rejectedHash: lineHash(line.hashes) }, now);
        counts.refused += 1;
      } else {
        applyAccepted(
          db,
          { ...line, listingId: result.listing_id, listingUuid: result.id, backMarketProductId: result.product_id, productCreated: result.product_created === true },
          now,
        );
        counts.accepted += 1;
      }
    }
    // A line the report leaves out stays as it was, back in the outbox: the next sync sends it again.
    requeue(db, lines.filter((line) => !answered.has(line)).map((line) => line.productNumber), now);
    closeTask(db, taskRowId, 'applied', '', now);
  })();
  return counts;
}
