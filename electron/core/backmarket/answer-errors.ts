// Turns an HTTP answer that is not a success into the matching typed error, reading the bodies the contract describes.
import {
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  ValidationError,
  type BackMarketError,
  type CallOrigin,
} from './errors';

export interface HttpAnswer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  text: string;
  /** Parsed JSON when the text is JSON, else the text. */
  body: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

interface ErrorWords {
  message?: string;
  code?: string;
  target?: string;
  requestId?: string;
}

/** Back Market's message from a bare JSON string (POST /ws/listings 400s), ErrorResponseV1, V2 or a Problem body. */
export function readErrorBody(body: unknown): ErrorWords {
  if (typeof body === 'string') return { message: body.trim() || undefined };
  if (!isRecord(body)) return {};
  const requestId = typeof body.requestId === 'string' ? body.requestId : undefined;
  const first: unknown = Array.isArray(body.errors) ? body.errors[0] : undefined;
  const problem: Record<string, unknown> | undefined = typeof body.detail === 'string' ? { message: body.detail } : undefined;
  const detail = isRecord(body.error) ? body.error : isRecord(first) ? first : problem;
  if (!detail) return { requestId };
  const text = (key: string) => (typeof detail[key] === 'string' ? (detail[key] as string) : undefined);
  return { message: text('message') ?? text('title'), code: text('code'), target: text('target'), requestId };
}

/** The firewall answers 403 with an HTML page or a Cloudflare bot-challenge body, not with Back Market's JSON errors. */
export function isFirewallAnswer(answer: HttpAnswer): boolean {
  const type = answer.headers['content-type'] ?? '';
  if (type.includes('text/html') || /^\s*</.test(answer.text)) return true;
  const body = answer.body;
  return isRecord(body) && Array.isArray(body.errors) && body.errors.some((entry) => isRecord(entry) && (entry.code === 'bot-need-challenge' || typeof entry.challengePath === 'string'));
}

/** Retry-After as seconds or an HTTP date; the fallback (the contract's 10 s block) when absent or unreadable. */
export function retryAfterMs(headers: Record<string, string>, fallbackMs: number, now = Date.now()): number {
  const raw = headers['retry-after']?.trim();
  if (!raw) return fallbackMs;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? fallbackMs : Math.max(0, date - now);
}

export function originOf(method: string, path: string, answer: HttpAnswer): CallOrigin {
  const requestId = answer.headers['x-request-id'] ?? readErrorBody(answer.body).requestId;
  const cfRay = answer.headers['cf-ray'];
  return { method, path, status: answer.status, ...(requestId ? { requestId } : {}), ...(cfRay ? { cfRay } : {}) };
}

/** Back Market's words, cut short and without anything that looks like markup. */
function shortMessage(words: ErrorWords, answer: HttpAnswer): string | undefined {
  const message = words.message ?? (answer.text && !/^\s*</.test(answer.text) && typeof answer.body === 'string' ? answer.text : undefined);
  if (!message) return undefined;
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}

export function errorFromAnswer(method: string, path: string, answer: HttpAnswer, defaultBlockMs: number): BackMarketError {
  const origin = originOf(method, path, answer);
  const words = readErrorBody(answer.body);
  const message = shortMessage(words, answer);
  const status = answer.status;
  if (status === 401) return new UnauthorizedError(origin);
  if (status === 403) return new ForbiddenError(origin, isFirewallAnswer(answer), message);
  if (status === 404) return new NotFoundError(origin, message);
  if (status === 429) return new RateLimitedError(origin, retryAfterMs(answer.headers, defaultBlockMs), message);
  if (status >= 400 && status < 500) return new ValidationError(origin, message ?? `the request was not accepted (${status}).`, words.target);
  return new ServerError(origin);
}
