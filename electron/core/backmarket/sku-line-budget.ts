// The hourly SKU-line budget (contract: about 2,000 lines per rolling hour across CSV catalog lines and single listing
// updates), counted locally so a sync plan knows what it may send now and when the rest fits.

export interface SkuLineRecord {
  /** Epoch ms. */
  at: number;
  lines: number;
}

export interface SkuLineBudgetOptions {
  linesPerHour?: number;
  windowMs?: number;
  /** What was recorded before (saved from `history()`), so a restart does not forget the last hour. */
  history?: readonly SkuLineRecord[];
  /** Called after each record, to save the history. */
  onRecord?: (history: SkuLineRecord[]) => void;
}

export const DEFAULT_SKU_LINES_PER_HOUR = 2_000;
const HOUR_MS = 3_600_000;

export class SkuLineBudget {
  readonly linesPerHour: number;
  readonly windowMs: number;
  private records: SkuLineRecord[];
  private readonly onRecord?: (history: SkuLineRecord[]) => void;

  constructor(options: SkuLineBudgetOptions = {}) {
    this.linesPerHour = options.linesPerHour ?? DEFAULT_SKU_LINES_PER_HOUR;
    this.windowMs = options.windowMs ?? HOUR_MS;
    this.records = [...(options.history ?? [])].filter((record) => Number.isFinite(record.at) && record.lines > 0).sort((a, b) => a.at - b.at);
    this.onRecord = options.onRecord;
  }

  private prune(now: number): void {
    this.records = this.records.filter((record) => record.at > now - this.windowMs);
  }

  private used(now: number): number {
    this.prune(now);
    return this.records.reduce((sum, record) => sum + record.lines, 0);
  }

  remaining(now = Date.now()): number {
    return Math.max(0, this.linesPerHour - this.used(now));
  }

  record(lines: number, now = Date.now()): void {
    if (!(lines > 0)) return;
    this.prune(now);
    this.records.push({ at: now, lines });
    this.onRecord?.(this.history(now));
  }

  /** The first instant (epoch ms) at which `lines` more fit: `now` if they fit already, Infinity if they never can. */
  nextAvailableAt(lines: number, now = Date.now()): number {
    if (lines > this.linesPerHour) return Infinity;
    let used = this.used(now);
    if (used + lines <= this.linesPerHour) return now;
    for (const record of this.records) {
      used -= record.lines;
      if (used + lines <= this.linesPerHour) return record.at + this.windowMs;
    }
    return now;
  }

  /** The records of the last window, oldest first, to save. */
  history(now = Date.now()): SkuLineRecord[] {
    this.prune(now);
    return this.records.map((record) => ({ ...record }));
  }
}
