// Applies a finished catalog task to listing_states: each line the report answers (accepted with its ids, or refused
// with Back Market's words and the CSV line), or the whole task's failure, in one transaction. Lines the report does not
// answer (an empty or unknown report, lines missing, statuses 3 and 7) stay with the task, settled from the listings.
import type { CatalogTask, TaskLineResult } from '../../backmarket';
import type { Db } from '../../db/connection';
import { lineHash } from '../plan/hashes';
import { applyAccepted, applyRefused } from './listing-state-repo';
import { requeue } from './outbox-settle';
import { outcomeFor, readTaskReport, type ReportShape } from './task-report';
import { closeTask, markToReadBack, releaseLine, taskHeader, taskLines, type TaskLineRow } from './task-repo';

export interface AppliedCounts {
  accepted: number;
  refused: number;
  /** Lines the report did not answer: read back from the listings. */
  unsaid: number;
  shape: ReportShape;
}

/** Back Market's messages for a line, as sentences. */
export function lineMessages(result: TaskLineResult): string {
  const messages = (result.errors ?? []).map((error) => error.message.trim()).filter((message) => message !== '');
  if (messages.length === 0) return 'Back Market refused this line without giving a reason. Check the offer in the Back Market back office.';
  return messages.map((message) => (/[.!?]$/.test(message) ? message : `${message}.`)).join(' ');
}

/** Statuses the contract lists without describing them: finished, with a problem the report may not tell. */
export const FINISHED_WITH_A_PROBLEM: ReadonlySet<number> = new Set([3, 7]);

export function applyTaskReport(db: Db, taskRowId: number, report: CatalogTask, now: string): AppliedCounts {
  const lines = taskLines(db, taskRowId);
  const header = taskHeader(db, taskRowId);
  const parsed = readTaskReport(report.result);
  const counts: AppliedCounts = { accepted: 0, refused: 0, unsaid: 0, shape: parsed.shape };
  db.transaction(() => {
    if (report.action_status === 8) {
      const reason = report.last_action_error?.trim() || 'Back Market could not process the catalog task.';
      for (const line of lines) {
        applyRefused(db, { ...line, error: `Back Market could not process this task: ${reason}`, csvLine: `${header}\n${line.csvLine}`, rejectedHash: '' }, now);
        counts.refused += 1;
      }
      // Not the lines' fault: no rejected hash, and back in the outbox, so the next sync sends them again.
      requeue(db, lines, now);
      closeTask(db, taskRowId, 'failed', reason, now);
      return;
    }
    const trusted = !FINISHED_WITH_A_PROBLEM.has(report.action_status);
    const answered: TaskLineRow[] = [];
    for (const line of lines) {
      const result = trusted ? outcomeFor(parsed, line.line + 1, line.sku) : undefined;
      if (!result) {
        counts.unsaid += 1;
        continue;
      }
      answered.push(line);
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
    if (counts.unsaid === 0) {
      closeTask(db, taskRowId, 'applied', '', now);
      return;
    }
    // What the report does not say is read from the listings before anything of it is sent again.
    for (const line of answered) releaseLine(db, taskRowId, line);
    const why = trusted
      ? `Back Market's report said nothing about ${counts.unsaid} of ${lines.length} lines; they are settled from its listings.`
      : `Back Market finished this task with status ${report.action_status}, which its documentation does not describe${report.last_action_error ? ` (${report.last_action_error.trim()})` : ''}; its lines are settled from its listings.`;
    markToReadBack(db, taskRowId, why, now);
  })();
  return counts;
}
