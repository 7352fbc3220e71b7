// The gate in front of every Back Market path: User-Agent (403), Authorization: Basic <token> (401), Accept-Language (400).
import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { marketFromAcceptLanguage, type Market } from '../domain/markets';
import { HttpError } from '../http/errors';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Checks the headers of a /ws request and returns the market it selects. */
export function authenticate(headers: IncomingHttpHeaders, token: string): Market {
  const userAgent = headers['user-agent'];
  if (typeof userAgent !== 'string' || userAgent.trim() === '')
    throw new HttpError(403, 'forbidden', 'A User-Agent header is required, e.g. "BM-<Company>-<Integration>;<contact email>".');
  const authorization = headers.authorization;
  if (typeof authorization !== 'string' || authorization.trim() === '')
    throw new HttpError(401, 'unauthenticated', 'Authentication credentials were not provided: send "Authorization: Basic <token>".');
  const match = /^Basic\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1] || !sameSecret(match[1], token))
    throw new HttpError(401, 'unauthenticated', 'Invalid token. It may have been renewed after a password change: create a new one in the back office.');
  const header = headers['accept-language'];
  const market = marketFromAcceptLanguage(typeof header === 'string' ? header : undefined);
  if (!market) throw new HttpError(400, 'invalid_country_code', `Accept-Language ${JSON.stringify(header)} is not a country code of the EU platform (fr-fr, fr-be, es-es, de-de, de-at, it-it, en-gb, nl-nl, pt-pt, en-ie, el-gr, sk-sk, sv-se).`);
  return market;
}

/** The control API's own secret: X-Sandbox-Secret or Authorization: Bearer. */
export function checkControlSecret(headers: IncomingHttpHeaders, secret: string): void {
  const direct = headers['x-sandbox-secret'];
  const bearer = /^Bearer\s+(\S+)$/i.exec(typeof headers.authorization === 'string' ? headers.authorization : '')?.[1];
  const given = typeof direct === 'string' ? direct : bearer;
  if (!given || !sameSecret(given, secret)) throw new HttpError(401, 'unauthenticated', 'The sandbox control API needs its secret in X-Sandbox-Secret.');
}
