// The API client the benchmarks call the sandbox marketplace with: the app's own client behind the limiter the bench
// chooses, a bench identity in the User-Agent, and each call's activity entry handed to the bench that counts it.
import { createBackMarketClient, type ActivityListener, type BackMarketClient, type RateLimiter } from '../electron/core/backmarket';
import type { RunningSandbox } from '../electron/sandbox';

export function benchClient(sandbox: RunningSandbox, limiter: RateLimiter, onActivity?: ActivityListener): BackMarketClient {
  return createBackMarketClient({
    baseUrl: sandbox.url,
    token: sandbox.token,
    company: 'Refurb Desk Bench',
    email: 'bench@refurb-desk.invalid',
    limiter,
    ...(onActivity ? { onActivity } : {}),
  });
}
