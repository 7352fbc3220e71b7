// The running sandbox as route handlers see it: the state, the clock, the task scheduler and the rate limiter.
import type { SandboxState } from './state/types';
import { TaskScheduler } from './domain/tasks';
import { RateLimiter } from './http/limits';
import { refreshValidation } from './domain/products';
import type { ExistingAccountOptions, ExtraProduct } from './options';

export class Sandbox {
  readonly scheduler: TaskScheduler;
  readonly limiter = new RateLimiter();

  constructor(
    readonly state: SandboxState,
    readonly clock: () => Date,
    readonly extraProducts: ExtraProduct[],
    /** The existing account the sandbox started as (seeded again on every reset), if any. */
    readonly existingAccount?: ExistingAccountOptions,
  ) {
    this.scheduler = new TaskScheduler(() => this.state, () => this.clock());
  }

  /** The current time, with products whose validation delay has passed validated. */
  now(): Date {
    const now = this.clock();
    refreshValidation(this.state, now);
    return now;
  }
}
