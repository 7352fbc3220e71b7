// The Back Market API client: one session (token, limiter, request log) seen through one market at a time.
import type { ActivityListener } from './activity';
import { afterSalesCalls, type AfterSalesCalls } from './after-sales-calls';
import { backboxCalls, type BackboxCalls } from './backbox-calls';
import { checkBaseUrl } from './base-url';
import { catalogueCalls, type CatalogueCalls } from './catalogue-calls';
import { checkConnection, type ConnectionCheck } from './check-connection';
import { buildUserAgent } from './headers';
import { listingCalls, type ListingCalls } from './listing-calls';
import { checkMarketCode } from './markets';
import { orderCalls, type OrderCalls } from './order-calls';
import type { RateLimiter } from './rate-limiter';
import { DEFAULT_RETRY, type RetryOptions } from './retry';
import type { SkuLineBudget } from './sku-line-budget';
import { createHttp, send, type Caller, type Session } from './transport';

export interface BackMarketClientOptions {
  /** From resolveBaseUrl(): the EU production or preprod server, or a loopback sandbox. Anything else is refused. */
  baseUrl: string;
  token: string;
  /** The merchant's company and contact e-mail, for the User-Agent Back Market requires. */
  company: string;
  email: string;
  /** The market calls are made for (Accept-Language) until forCountry() picks another. Default fr-fr. */
  country?: string;
  /** The app's one limiter, shared by every client. */
  limiter: RateLimiter;
  /** The app's one hourly SKU-line budget; successful (and possibly delivered) listing writes are recorded in it. */
  skuLines?: SkuLineBudget;
  onActivity?: ActivityListener;
  /** Fired once, on the first 401; calls are then refused unsent until setToken(). */
  onUnauthorized?: () => void;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
}

export interface BackMarketClient extends CatalogueCalls, ListingCalls, OrderCalls, AfterSalesCalls, BackboxCalls {
  /** The Accept-Language market of this view. */
  readonly country: string;
  readonly baseUrl: string;
  /** True after a 401, until setToken(). */
  readonly tokenRejected: boolean;
  /** The same client (token, limiter, log) speaking for another market. */
  forCountry(code: string): BackMarketClient;
  /** A new token (after a password change): calls are sent again. */
  setToken(token: string): void;
  checkConnection(): Promise<ConnectionCheck>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Header-safe and not empty; the message never repeats the value. */
function checkToken(token: string): string {
  const trimmed = token.trim();
  if (trimmed === '') throw new Error('The Back Market API token is empty: paste the token from the Back Market back office (Options).');
  if (!/^[\x21-\x7e]+$/.test(trimmed)) throw new Error('This is not a Back Market API token: it contains spaces or characters a token never has. Copy it again from the back office.');
  return trimmed;
}

function view(session: Session, market: string): BackMarketClient {
  const call: Caller = (spec) => send(session, market, spec);
  const listings = listingCalls(call);
  return {
    ...catalogueCalls(call),
    ...listings,
    ...orderCalls(call),
    ...afterSalesCalls(call),
    ...backboxCalls(call),
    country: market,
    baseUrl: session.baseUrl,
    get tokenRejected() {
      return session.tokenRejected;
    },
    forCountry: (code) => view(session, checkMarketCode(code)),
    setToken: (token) => {
      session.token = checkToken(token);
      session.tokenRejected = false;
    },
    checkConnection: () => checkConnection(() => call({ method: 'GET', path: '/ws/listings?page-size=1', attempts: 2 })),
  };
}

export function createBackMarketClient(options: BackMarketClientOptions): BackMarketClient {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const session: Session = {
    http: createHttp(baseUrl, options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    baseUrl,
    userAgent: buildUserAgent(options.company, options.email),
    limiter: options.limiter,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    token: checkToken(options.token),
    tokenRejected: false,
    ...(options.skuLines ? { skuLines: options.skuLines } : {}),
    ...(options.onActivity ? { onActivity: options.onActivity } : {}),
    ...(options.onUnauthorized ? { onUnauthorized: options.onUnauthorized } : {}),
  };
  return view(session, checkMarketCode(options.country ?? 'fr-fr'));
}
