// Traffic limits: requests per 10 s window (then 10 s of 429s), tighter on /ws/category, and the hourly SKU line budget.
import type { SandboxState } from '../state/types';
import { HttpError } from './errors';
import { profilesOf } from '../profiles';

const HOUR_MS = 3_600_000;

class WindowCounter {
  private hits: number[] = [];
  private blockedUntil = 0;

  /** Counts a request; returns the ms left of a block when the request is refused. */
  hit(now: number, limit: number, windowMs: number, blockMs: number): number {
    if (now < this.blockedUntil) return this.blockedUntil - now;
    this.hits = this.hits.filter((at) => at > now - windowMs);
    if (this.hits.length >= limit) {
      this.blockedUntil = now + blockMs;
      this.hits = [];
      return blockMs;
    }
    this.hits.push(now);
    return 0;
  }

  reset(): void {
    this.hits = [];
    this.blockedUntil = 0;
  }
}

/** Calls in the last second; one more than the limit is refused (and not counted) until the oldest is a second old. */
class SlidingSecond {
  private hits: number[] = [];

  hit(now: number, limit: number): number {
    this.hits = this.hits.filter((at) => at > now - 1_000);
    if (this.hits.length >= limit) return (this.hits[0] as number) + 1_000 - now;
    this.hits.push(now);
    return 0;
  }

  reset(): void {
    this.hits = [];
  }
}

/** A 429; the Retry-After header only under the `retry-after` profile (the contract documents none). */
export function rateLimited(state: SandboxState, retryMs: number, message: string): HttpError {
  if (profilesOf(state).rateLimit === 'no-retry-after') return new HttpError(429, 'too_many_requests', message);
  return new HttpError(429, 'too_many_requests', message, { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryMs / 1000))) } });
}

export class RateLimiter {
  private readonly all = new WindowCounter();
  private readonly category = new WindowCounter();
  private readonly backbox = new SlidingSecond();

  /** Throws a 429 when the request passes a window's limit or falls in a block. */
  check(state: SandboxState, now: Date, scope: 'category' | 'backbox' | undefined): void {
    const { requestsPerWindow, categoryRequestsPerWindow, windowMs, blockMs, backboxRequestsPerSecond } = state.config.limits;
    const at = now.getTime();
    if (scope === 'backbox') {
      // The contract says "twice per second per API token" and nothing of a block: a call over the limit in any second is refused.
      const wait = this.backbox.hit(at, backboxRequestsPerSecond ?? 2);
      if (wait > 0) {
        this.backboxRefused += 1;
        throw rateLimited(state, wait, `More than ${backboxRequestsPerSecond ?? 2} requests per second on /ws/backbox: retry in a second.`);
      }
    }
    if (scope === 'category') {
      const wait = this.category.hit(at, categoryRequestsPerWindow, windowMs, blockMs);
      if (wait > 0) throw rateLimited(state, wait, `More than ${categoryRequestsPerWindow} requests in ${windowMs / 1000} s on /ws/category: retry in ${Math.ceil(wait / 1000)} s.`);
    }
    const wait = this.all.hit(at, requestsPerWindow, windowMs, blockMs);
    if (wait > 0) throw rateLimited(state, wait, `More than ${requestsPerWindow} requests in ${windowMs / 1000} s: retry in ${Math.ceil(wait / 1000)} s.`);
  }

  /** How many BackBox calls were refused with a 429 since the last reset (the control API shows it). */
  backboxRefused = 0;

  reset(): void {
    this.all.reset();
    this.category.reset();
    this.backbox.reset();
    this.backboxRefused = 0;
  }
}

/** Records SKU lines against the rolling hour, or throws a 429 (and records nothing) when they do not fit. */
export function spendSkuLines(state: SandboxState, now: Date, lines: number): void {
  const since = now.getTime() - HOUR_MS;
  state.skuLineLog = state.skuLineLog.filter((entry) => Date.parse(entry.at) > since);
  const used = state.skuLineLog.reduce((sum, entry) => sum + entry.lines, 0);
  const limit = state.config.limits.skuLinesPerHour;
  if (used + lines > limit) {
    const oldest = state.skuLineLog[0];
    const wait = oldest ? Date.parse(oldest.at) + HOUR_MS - now.getTime() : HOUR_MS;
    throw rateLimited(state, wait, `The hourly budget of ${limit} SKU lines is spent (${used} used in the last hour, ${lines} more asked): retry later.`);
  }
  state.skuLineLog.push({ at: now.toISOString(), lines });
}
