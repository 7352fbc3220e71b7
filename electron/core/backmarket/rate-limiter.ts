// The app's one traffic limiter: requests per window overall and on catalogue calls, and the block after a 429.
// The composition root creates a single instance and hands it to every client, so separate screens and jobs share one budget.

export interface RateLimiterOptions {
  /** Requests per window on every /ws path (contract: about 200 in 10 s). */
  requestsPerWindow?: number;
  /** Requests per window on /ws/category (contract: about 20 in 10 s; also counted in the overall limit). */
  catalogueRequestsPerWindow?: number;
  windowMs?: number;
  /** Requests per second on /ws/backbox (contract: 2 per second per token; also counted in the overall limit). */
  backboxRequestsPerSecond?: number;
  /** How long a 429 blocks its bucket when Back Market gives no Retry-After (contract: 10 s). */
  blockMs?: number;
  /** A Retry-After longer than this is not a traffic block (the hourly SKU budget says "come back later"): it blocks nothing. */
  maxBlockMs?: number;
  now?: () => number;
}

export const DEFAULT_TRAFFIC_LIMITS = {
  requestsPerWindow: 200,
  catalogueRequestsPerWindow: 20,
  windowMs: 10_000,
  backboxRequestsPerSecond: 2,
  blockMs: 10_000,
  maxBlockMs: 60_000,
} as const;

export const isCataloguePath = (path: string): boolean => path === '/ws/category' || path.startsWith('/ws/category/') || path.startsWith('/ws/category?');
export const isBackboxPath = (path: string): boolean => path.startsWith('/ws/backbox/');
const BACKBOX_WINDOW_MS = 1_000;

/** A granted request slot: release it when the answer (or the failure) arrives, or cancel it when nothing was sent. */
export interface Permit {
  release(): void;
  cancel(): void;
}

/**
 * One limit. A slot counts from the moment it is taken until a full window after its answer came: Back Market counts a
 * request when it arrives, somewhere between those two instants, so no window of Back Market's can hold more than the limit.
 */
class Bucket {
  private inFlight = 0;
  /** Answer times, oldest first. */
  private answered: number[] = [];
  blockedUntil = 0;

  /** ownWindowMs: a bucket counted over another window than the limiter's (the BackBox's one second). */
  constructor(
    readonly limit: number,
    private readonly ownWindowMs?: number,
  ) {}

  private prune(now: number, limiterWindowMs: number): void {
    const windowMs = this.ownWindowMs ?? limiterWindowMs;
    while (this.answered.length > 0 && (this.answered[0] as number) + windowMs <= now) this.answered.shift();
  }

  hasRoom(now: number, windowMs: number): boolean {
    this.prune(now, windowMs);
    return now >= this.blockedUntil && this.inFlight + this.answered.length < this.limit;
  }

  /** When room may appear by the clock alone (undefined: only a release can make room). */
  wakeAt(now: number, limiterWindowMs: number): number | undefined {
    if (now < this.blockedUntil) return this.blockedUntil;
    const oldest = this.answered[0];
    return oldest === undefined ? undefined : oldest + (this.ownWindowMs ?? limiterWindowMs);
  }

  take(): void {
    this.inFlight += 1;
  }

  give(now: number): void {
    this.inFlight -= 1;
    this.answered.push(now);
  }

  putBack(): void {
    this.inFlight -= 1;
  }
}

interface Waiter {
  buckets: Bucket[];
  grant: (permit: Permit) => void;
}

export class RateLimiter {
  readonly windowMs: number;
  readonly blockMs: number;
  readonly maxBlockMs: number;
  private readonly overall: Bucket;
  private readonly catalogue: Bucket;
  private readonly backbox: Bucket;
  private readonly now: () => number;
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;

  constructor(options: RateLimiterOptions = {}) {
    const limits = { ...DEFAULT_TRAFFIC_LIMITS, ...options };
    if (limits.requestsPerWindow < 1 || limits.catalogueRequestsPerWindow < 1 || limits.backboxRequestsPerSecond < 1 || limits.windowMs <= 0) throw new Error('Traffic limits must be positive.');
    this.overall = new Bucket(limits.requestsPerWindow);
    this.catalogue = new Bucket(Math.min(limits.catalogueRequestsPerWindow, limits.requestsPerWindow));
    this.backbox = new Bucket(limits.backboxRequestsPerSecond, BACKBOX_WINDOW_MS);
    this.windowMs = limits.windowMs;
    this.blockMs = limits.blockMs;
    this.maxBlockMs = limits.maxBlockMs;
    this.now = options.now ?? Date.now;
  }

  private bucketsFor(path: string): Bucket[] {
    if (isBackboxPath(path)) return [this.backbox, this.overall];
    return isCataloguePath(path) ? [this.catalogue, this.overall] : [this.overall];
  }

  private ownBucket(path: string): Bucket {
    if (isBackboxPath(path)) return this.backbox;
    return isCataloguePath(path) ? this.catalogue : this.overall;
  }

  /** Waits for a slot on the path's buckets, first come first served among calls that fit. */
  acquire(path: string): Promise<Permit> {
    return new Promise((grant) => {
      this.queue.push({ buckets: this.bucketsFor(path), grant });
      this.pump();
    });
  }

  /** After a 429 on this path: no call of its bucket goes out before `ms` have passed. */
  block(path: string, ms: number): void {
    if (ms <= 0 || ms > this.maxBlockMs) return;
    const bucket = this.ownBucket(path);
    bucket.blockedUntil = Math.max(bucket.blockedUntil, this.now() + ms);
    this.pump();
  }

  /** How long a call on this path would wait for a block to end (0 when not blocked). */
  blockedFor(path: string): number {
    const now = this.now();
    return Math.max(0, ...this.bucketsFor(path).map((bucket) => bucket.blockedUntil - now));
  }

  private pump(): void {
    const now = this.now();
    for (let index = 0; index < this.queue.length; ) {
      const waiter = this.queue[index] as Waiter;
      if (waiter.buckets.every((bucket) => bucket.hasRoom(now, this.windowMs))) {
        this.queue.splice(index, 1);
        for (const bucket of waiter.buckets) bucket.take();
        waiter.grant(this.permitFor(waiter.buckets));
      } else index += 1;
    }
    this.schedule(now);
  }

  private permitFor(buckets: Bucket[]): Permit {
    let done = false;
    const finish = (sent: boolean) => {
      if (done) return;
      done = true;
      const at = this.now();
      for (const bucket of buckets) {
        if (sent) bucket.give(at);
        else bucket.putBack();
      }
      this.pump();
    };
    return { release: () => finish(true), cancel: () => finish(false) };
  }

  /** One timer, for the earliest instant a waiting call could fit. */
  private schedule(now: number): void {
    let wake = Infinity;
    for (const waiter of this.queue) {
      for (const bucket of waiter.buckets) {
        if (bucket.hasRoom(now, this.windowMs)) continue;
        wake = Math.min(wake, bucket.wakeAt(now, this.windowMs) ?? Infinity);
      }
    }
    if (wake === this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = wake;
    if (wake === Infinity) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, Math.max(0, wake - now));
  }
}
