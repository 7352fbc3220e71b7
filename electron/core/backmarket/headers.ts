// The five headers the contract requires on every call, and redaction for anything that logs headers.

export const INTEGRATION_NAME = 'RefurbDesk';

/** Letters and digits only: a hyphen or a semicolon in the company would break the BM-<Company>-<Integration>;<email> format. */
export function sanitizeCompany(company: string): string {
  const ascii = company.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const safe = ascii.replace(/[^A-Za-z0-9]/g, '').slice(0, 60);
  return safe === '' ? 'Merchant' : safe;
}

/** Printable ASCII without spaces or separators, so the header cannot be split or injected. */
function sanitizeEmail(email: string): string {
  return email.trim().replace(/[^\x21-\x7e]|[;,]/g, '').slice(0, 254);
}

export function buildUserAgent(company: string, email: string): string {
  return `BM-${sanitizeCompany(company)}-${INTEGRATION_NAME};${sanitizeEmail(email)}`;
}

export interface RequiredHeaders {
  Authorization: string;
  'Accept-Language': string;
  'User-Agent': string;
  'Content-Type': 'application/json';
  Accept: 'application/json';
}

export function requiredHeaders(token: string, market: string, userAgent: string): RequiredHeaders {
  return {
    Authorization: `Basic ${token}`,
    'Accept-Language': market,
    'User-Agent': userAgent,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-sandbox-secret']);

/** A copy of the headers safe to log: credentials replaced, everything else kept. */
export function redactHeaders(headers: Record<string, unknown>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    safe[name] = SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : String(value);
  }
  return safe;
}
