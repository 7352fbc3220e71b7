// Builds the CSV catalog tasks: one per country (per-country fields follow Accept-Language), split so none exceeds the
// contract's 15,000 lines with the header, every field quoted and ';'-delimited as the contract's CSV format asks.
import { MAX_CSV_LINES } from '../../backmarket';
import type { PlannedLine, PlannedTask } from '../plan-types';
import { COLUMN_ORDER } from './offer-cells';

/** A line of a task with the cells it carries (a subset of what its offer holds once accepted). */
export interface LineDraft {
  line: PlannedLine;
  cells: Record<string, string>;
}

export const CSV_DELIMITER = ';';
export const CSV_QUOTE = '"';

/** Every field quoted, quotes doubled: what csv-stringify's `quoted: true` writes, without its per-record overhead. */
const cell = (value: string) => `"${value.includes('"') ? value.replaceAll('"', '""') : value}"`;
const record = (values: readonly string[]) => values.map(cell).join(CSV_DELIMITER);

/** The physical lines a record takes: the contract counts lines, and a description may hold line breaks. */
const physicalLines = (text: string): number => {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
};

const ORDER = new Map(COLUMN_ORDER.map((column, index) => [column, index]));
const columnRank = (column: string) => ORDER.get(column) ?? COLUMN_ORDER.length;

/** The header of a task: the columns its lines carry, in the contract's order (category attributes last, by name). */
function headerOf(drafts: readonly LineDraft[]): string[] {
  const columns = new Set<string>();
  for (const draft of drafts) for (const column of Object.keys(draft.cells)) columns.add(column);
  return [...columns].sort((a, b) => columnRank(a) - columnRank(b) || a.localeCompare(b));
}

function taskOf(country: string, drafts: readonly LineDraft[]): PlannedTask {
  const header = headerOf(drafts);
  const csvLines = drafts.map((draft) => record(header.map((column) => draft.cells[column] ?? '')));
  return { country, header, lines: drafts.map((draft) => draft.line), csv: `${[record(header), ...csvLines].join('\n')}\n`, csvLines };
}

/** The tasks for one country's lines, each at most `maxLines` physical lines with its header. */
export function buildTasks(country: string, drafts: readonly LineDraft[], maxLines = MAX_CSV_LINES): PlannedTask[] {
  const tasks: PlannedTask[] = [];
  let chunk: LineDraft[] = [];
  let used = 0;
  // The header's own line breaks are none (column names), so it costs one line; a line's size is measured on its cells.
  for (const draft of drafts) {
    const size = Object.values(draft.cells).reduce((lines, value) => lines + physicalLines(value) - 1, 1);
    if (chunk.length > 0 && 1 + used + size > maxLines) {
      tasks.push(taskOf(country, chunk));
      chunk = [];
      used = 0;
    }
    chunk.push(draft);
    used += size;
  }
  if (chunk.length > 0) tasks.push(taskOf(country, chunk));
  return tasks;
}
