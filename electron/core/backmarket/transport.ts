// Sends one Back Market call: the required headers, the shared limiter, retries where they cannot double an effect,
// the request log, the first-401 stop, and typed errors that never carry the token.
import axios, { type AxiosInstance } from 'axios';
import type { ActivityEntry, ActivityListener } from './activity';
import { errorFromAnswer, originOf, type HttpAnswer } from './answer-errors';
import { isSandboxBaseUrl } from './base-url';
import { NetworkError, RateLimitedError, UncertainWriteError, UnauthorizedError, type BackMarketError, type CallOrigin, type NetworkFailure } from './errors';
import { requiredHeaders } from './headers';
import type { RateLimiter } from './rate-limiter';
import { backoffDelay, sleep, type RetryOptions, type RetryWrite } from './retry';
import type { SkuLineBudget } from './sku-line-budget';

/** What every market view of one client shares: the token, its rejected state, the HTTP instance and the limiter. */
export interface Session {
  readonly http: AxiosInstance;
  readonly baseUrl: string;
  readonly userAgent: string;
  readonly limiter: RateLimiter;
  readonly skuLines?: SkuLineBudget;
  readonly retry: RetryOptions;
  readonly onActivity?: ActivityListener;
  readonly onUnauthorized?: () => void;
  token: string;
  /** Set by the first 401: nothing is sent until a new token is given. */
  tokenRejected: boolean;
}

export interface CallSpec {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path starting with /ws/, query included. */
  path: string;
  body?: unknown;
  /** For writes; reads are always retried. Default 'never'. */
  retryWrite?: RetryWrite;
  /** SKU lines this call counts against the hourly budget. */
  linesSent?: number;
  /** For an uncertain write: what the merchant (or the caller) should check before sending again. */
  uncertainHint?: string;
  /** Overrides the session's number of tries. */
  attempts?: number;
}

export function createHttp(baseUrl: string, timeoutMs: number): AxiosInstance {
  return axios.create({
    baseURL: baseUrl,
    timeout: timeoutMs,
    adapter: 'http',
    // A redirect or an absolute URL could carry the Authorization header to another host.
    maxRedirects: 0,
    allowAbsoluteUrls: false,
    // A loopback sandbox must not go through a proxy taken from the environment.
    ...(isSandboxBaseUrl(baseUrl) ? { proxy: false as const } : {}),
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxBodyLength: 32 * 1024 * 1024,
    maxContentLength: 64 * 1024 * 1024,
  });
}

const NETWORK_CODES: Record<string, NetworkFailure> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ERR_SOCKET_CONNECTION_TIMEOUT: 'timeout',
  ECONNABORTED: 'timeout',
  ETIMEDOUT: 'timeout',
};

function networkFailureOf(error: unknown): NetworkFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const failure = NETWORK_CODES[code];
  if (failure) return failure;
  const message = error instanceof Error ? error.message : '';
  return /socket hang up/i.test(message) ? 'reset' : 'other';
}

/** Refused and DNS failures happen before a byte is sent; anything else may have reached Back Market. */
const mayHaveArrived = (failure: NetworkFailure): boolean => failure !== 'refused' && failure !== 'dns';

function headersOf(raw: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null) return headers;
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

function parseText(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const pathnameOf = (path: string): string => path.split('?')[0] ?? path;

function report(session: Session, entry: ActivityEntry): void {
  try {
    session.onActivity?.(entry);
  } catch {
    // The log is a witness: a failing listener must not fail the merchant's call.
  }
}

type Outcome = { answer: HttpAnswer } | { failure: NetworkFailure };

async function exchange(session: Session, market: string, spec: CallSpec): Promise<Outcome> {
  try {
    const response = await session.http.request<string>({
      method: spec.method,
      url: spec.path,
      headers: { ...requiredHeaders(session.token, market, session.userAgent) },
      ...(spec.body === undefined ? {} : { data: JSON.stringify(spec.body) }),
    });
    // Back Market's words are echoed into errors and logs: make sure the token is not among them.
    const text = typeof response.data === 'string' ? response.data.split(session.token).join('[redacted]') : '';
    return { answer: { status: response.status, headers: headersOf(response.headers), text, body: parseText(text) } };
  } catch (error) {
    // Only the failure's code is kept: axios's error holds the request config, Authorization header included.
    return { failure: networkFailureOf(error) };
  }
}

/** Decides whether a failed attempt is tried again; throws the error to hand to the caller otherwise. */
async function mayRetry(spec: CallSpec, error: BackMarketError, sent: boolean): Promise<boolean> {
  if (spec.method === 'GET') return true;
  const policy = spec.retryWrite ?? 'never';
  if (!sent || policy === 'idempotent') return policy !== 'never';
  if (policy === 'never') return false;
  let safe: boolean;
  try {
    safe = await policy.verify();
  } catch {
    safe = false;
  }
  if (!safe) throw new UncertainWriteError(error, error instanceof NetworkError ? error.failure : 'server', spec.uncertainHint ?? 'check on Back Market whether the change is there before sending it again.');
  return true;
}

export async function send<T>(session: Session, market: string, spec: CallSpec): Promise<T> {
  const attempts = Math.max(1, spec.attempts ?? session.retry.attempts);
  const pathname = pathnameOf(spec.path);
  for (let attempt = 1; ; attempt += 1) {
    const notSent: CallOrigin = { method: spec.method, path: spec.path, status: 0 };
    if (session.tokenRejected) throw new UnauthorizedError(notSent, true);
    const permit = await session.limiter.acquire(pathname);
    if (session.tokenRejected) {
      permit.cancel();
      throw new UnauthorizedError(notSent, true);
    }
    const started = Date.now();
    const outcome = await exchange(session, market, spec).finally(() => permit.release());
    const base: ActivityEntry = { at: new Date(started).toISOString(), method: spec.method, path: spec.path, country: market, status: 0, durationMs: Date.now() - started };
    if (spec.linesSent !== undefined) base.linesSent = spec.linesSent;
    const lastTry = attempt >= attempts;

    if ('failure' in outcome) {
      report(session, { ...base, errorKind: 'network' });
      const error = new NetworkError(notSent, outcome.failure);
      const sent = mayHaveArrived(outcome.failure);
      if (sent && spec.linesSent) session.skuLines?.record(spec.linesSent);
      if (sent && spec.method !== 'GET' && (spec.retryWrite ?? 'never') === 'never') {
        throw new UncertainWriteError(notSent, outcome.failure, spec.uncertainHint ?? 'check on Back Market whether the change is there before sending it again.');
      }
      if (lastTry || !(await mayRetry(spec, error, sent))) throw error;
      await sleep(backoffDelay(attempt - 1, session.retry));
      continue;
    }

    const { answer } = outcome;
    const origin = originOf(spec.method, spec.path, answer);
    const logged: ActivityEntry = { ...base, status: answer.status, ...(origin.requestId ? { requestId: origin.requestId } : {}), ...(origin.cfRay ? { cfRay: origin.cfRay } : {}) };
    if (answer.status >= 200 && answer.status < 300) {
      report(session, logged);
      if (spec.linesSent) session.skuLines?.record(spec.linesSent);
      return answer.body as T;
    }
    const error = errorFromAnswer(spec.method, spec.path, answer, session.limiter.blockMs);
    report(session, { ...logged, errorKind: error.kind });

    if (error.kind === 'unauthorized') {
      if (!session.tokenRejected) {
        session.tokenRejected = true;
        try {
          session.onUnauthorized?.();
        } catch {
          // The app's reaction must not hide the 401 from the caller.
        }
      }
      throw error;
    }
    if (error instanceof RateLimitedError) {
      session.limiter.block(pathname, error.retryAfterMs);
      // A 429 means the call was not processed, so it is safe to send again once the block is over, unless told never to.
      const again = spec.method === 'GET' || (spec.retryWrite ?? 'never') !== 'never';
      if (lastTry || !again || error.retryAfterMs > session.retry.maxRateLimitWaitMs) throw error;
      if (error.retryAfterMs > session.limiter.maxBlockMs) await sleep(error.retryAfterMs);
      // The limiter holds the next try for the block (10 s when Back Market says nothing); a backoff with jitter on top,
      // so callers blocked together do not all come back at the same instant.
      await sleep(backoffDelay(attempt - 1, session.retry));
      continue;
    }
    if (error.kind === 'server' && !lastTry && (await mayRetry(spec, error, true))) {
      await sleep(backoffDelay(attempt - 1, session.retry));
      continue;
    }
    throw error;
  }
}

/** One market's way of sending calls (the Accept-Language is bound). */
export type Caller = <T>(spec: CallSpec) => Promise<T>;
