// One line of the request log: what went over the wire, never a header, a body or the token.
import type { BackMarketErrorKind } from './errors';

export interface ActivityEntry {
  /** ISO time the request was sent. */
  at: string;
  method: string;
  /** Path and query. */
  path: string;
  /** The Accept-Language market. */
  country: string;
  /** HTTP status, or 0 when no answer came. */
  status: number;
  durationMs: number;
  /** SKU lines the call counts against the hourly budget. */
  linesSent?: number;
  requestId?: string;
  cfRay?: string;
  errorKind?: BackMarketErrorKind;
}

export type ActivityListener = (entry: ActivityEntry) => void;
