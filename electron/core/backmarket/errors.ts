// The errors a Back Market call ends with: one class per outcome the app reacts to, each with a message the merchant can act on.
// They are built from scratch (never axios's error, whose config carries the Authorization header), so no token can ride along.

export type BackMarketErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'validation' | 'rate-limited' | 'network' | 'server' | 'uncertain-write';

/** Which call failed and the identifiers Back Market support asks for. */
export interface CallOrigin {
  method: string;
  /** Path and query, never the host or a header. */
  path: string;
  /** The HTTP status, or 0 when no answer came. */
  status: number;
  requestId?: string;
  cfRay?: string;
}

export abstract class BackMarketError extends Error {
  abstract readonly kind: BackMarketErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly requestId?: string;
  readonly cfRay?: string;

  constructor(origin: CallOrigin, message: string) {
    super(message);
    this.method = origin.method;
    this.path = origin.path;
    this.status = origin.status;
    if (origin.requestId !== undefined) this.requestId = origin.requestId;
    if (origin.cfRay !== undefined) this.cfRay = origin.cfRay;
  }
}

const quoteIds = (origin: CallOrigin): string => {
  const ids = [origin.requestId ? `request id ${origin.requestId}` : '', origin.cfRay ? `cf-ray ${origin.cfRay}` : ''].filter(Boolean);
  return ids.length > 0 ? ` (${ids.join(', ')})` : '';
};

export class UnauthorizedError extends BackMarketError {
  readonly kind = 'unauthorized' as const;
  /** True when the client refused to send because the token was already rejected. */
  readonly notSent: boolean;

  constructor(origin: CallOrigin, notSent = false) {
    super(
      origin,
      'Back Market no longer accepts your API token. It changes whenever the Back Market password changes: create a new token in the Back Market back office (Options) and paste it into Refurb Desk. Your pending changes are kept and will be sent then.',
    );
    this.name = 'UnauthorizedError';
    this.notSent = notSent;
  }
}

export class ForbiddenError extends BackMarketError {
  readonly kind = 'forbidden' as const;
  /** True when Back Market's firewall (Cloudflare) blocked the call rather than the account's rights. */
  readonly firewall: boolean;
  /** Back Market's own words, when it gave any. */
  readonly backMarketMessage?: string;

  constructor(origin: CallOrigin, firewall: boolean, backMarketMessage?: string) {
    super(
      origin,
      firewall
        ? `Back Market's firewall blocked this request as if it came from a bot. If that is wrong, send this cf-ray to your Back Market seller contact so they can unblock you: ${origin.cfRay ?? 'none was given'}.`
        : `Back Market refused this request: the account behind this token is not a seller account, or this way of sending data is disabled for it. Check with your Back Market account manager${backMarketMessage ? ` (Back Market said: ${backMarketMessage})` : ''}.`,
    );
    this.name = 'ForbiddenError';
    this.firewall = firewall;
    if (backMarketMessage !== undefined) this.backMarketMessage = backMarketMessage;
  }
}

export class NotFoundError extends BackMarketError {
  readonly kind = 'not-found' as const;
  /** Back Market's own words, when it gave any. */
  readonly backMarketMessage?: string;

  constructor(origin: CallOrigin, backMarketMessage?: string) {
    super(origin, `Back Market has no such item (${origin.method} ${origin.path}): it may have been deleted or belong to another account.${backMarketMessage ? ` Back Market said: ${backMarketMessage}` : ''}`);
    this.name = 'NotFoundError';
    if (backMarketMessage !== undefined) this.backMarketMessage = backMarketMessage;
  }
}

export class ValidationError extends BackMarketError {
  readonly kind = 'validation' as const;
  /** Back Market's own words, to show next to the field or line they concern. */
  readonly backMarketMessage: string;
  /** The field Back Market names, when it names one. */
  readonly target?: string;

  constructor(origin: CallOrigin, backMarketMessage: string, target?: string) {
    super(origin, `Back Market refused the data: ${backMarketMessage} Correct it and send again.`);
    this.name = 'ValidationError';
    this.backMarketMessage = backMarketMessage;
    if (target !== undefined) this.target = target;
  }
}

export class RateLimitedError extends BackMarketError {
  readonly kind = 'rate-limited' as const;
  readonly retryAfterMs: number;

  constructor(origin: CallOrigin, retryAfterMs: number, backMarketMessage?: string) {
    super(
      origin,
      `Back Market asks to slow down: too many requests${backMarketMessage ? ` (${backMarketMessage})` : ''}. Sending resumes in about ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s; nothing was lost.`,
    );
    this.name = 'RateLimitedError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** Why no answer came. `refused` and `dns` mean the request never left; `reset` and `timeout` mean it may have arrived. */
export type NetworkFailure = 'refused' | 'reset' | 'timeout' | 'dns' | 'other';

const networkWords: Record<NetworkFailure, string> = {
  refused: 'the connection was refused',
  reset: 'the connection was cut',
  timeout: 'no answer came in time',
  dns: 'the address could not be found',
  other: 'the connection failed',
};

export class NetworkError extends BackMarketError {
  readonly kind = 'network' as const;
  readonly failure: NetworkFailure;

  constructor(origin: CallOrigin, failure: NetworkFailure) {
    super(origin, `Back Market could not be reached: ${networkWords[failure]}. Check the internet connection; Refurb Desk will try again.`);
    this.name = 'NetworkError';
    this.failure = failure;
  }
}

export class ServerError extends BackMarketError {
  readonly kind = 'server' as const;

  constructor(origin: CallOrigin) {
    super(origin, `Back Market had a problem answering (${origin.status})${quoteIds(origin)}. Try again in a few minutes; if it lasts, quote these ids to Back Market support.`);
    this.name = 'ServerError';
  }
}

/** A write that was sent but whose answer never came: it may have been applied, so it is reported, not re-sent. */
export class UncertainWriteError extends BackMarketError {
  readonly kind = 'uncertain-write' as const;
  readonly failure: NetworkFailure | 'server';

  constructor(origin: CallOrigin, failure: NetworkFailure | 'server', whatToCheck: string) {
    super(origin, `The connection to Back Market broke after the request was sent, so it may or may not have been applied. Refurb Desk did not send it again, to avoid doing it twice: ${whatToCheck}`);
    this.name = 'UncertainWriteError';
    this.failure = failure;
  }
}
