// Reading path and query parameters the way the contract types them (integer ids, UUIDs, enums, dates).
import { badRequest } from '../http/errors';
import { parseId } from '../domain/values';

export function intParam(value: string | undefined, name: string): number {
  const id = parseId(value ?? '');
  if (id === null) throw badRequest(`${name} must be an integer, got ${JSON.stringify(value ?? '')}.`, name);
  return id;
}

export function optionalIntQuery(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^-?\d{1,12}$/.test(raw)) throw badRequest(`${name} must be an integer, got ${JSON.stringify(raw)}.`, name);
  return Number(raw);
}

export function optionalEnumQuery<T extends string | number>(query: URLSearchParams, name: string, values: readonly T[]): T | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const found = values.find((value) => String(value) === raw);
  if (found === undefined) throw badRequest(`${name} must be one of ${values.join(', ')}, got ${JSON.stringify(raw)}.`, name);
  return found;
}

/** date, time (seconds and a fraction optional) and, optionally, the offset: RFC 3339 with a T or a space. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([Zz]|[+-]\d{2}:\d{2})?$/;

/**
 * A date-time query parameter, as epoch ms. RFC 3339 carries an offset; one sent without it (as the contract's own
 * returns examples are, '2021-05-05T06:58:31') is read as UTC — never in the zone of the machine the sandbox runs on.
 */
export function optionalDateQuery(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)? \d{2}:\d{2}$/.test(raw)) {
    throw badRequest(`${name} ${JSON.stringify(raw)} lost the "+" of its offset: a "+" in a query string means a space, so encode it as %2B (2024-06-24T14:55:57%2B02:00), or send the time in UTC with Z.`, name);
  }
  const match = DATE_TIME.exec(raw);
  const at = match ? Date.parse(`${match[1]}T${match[2]}${(match[3] ?? 'Z').toUpperCase()}`) : Number.NaN;
  if (Number.isNaN(at)) throw badRequest(`${name} must be a date-time in RFC 3339 format (2024-06-24T12:55:57Z; without an offset it is read as UTC), got ${JSON.stringify(raw)}.`, name);
  return at;
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}
