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

/** An RFC 3339 date-time query parameter, as epoch ms. */
export function optionalDateQuery(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const at = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(at)) throw badRequest(`${name} must be a date-time in RFC 3339 format (2024-06-24T12:55:57Z), got ${JSON.stringify(raw)}.`, name);
  return at;
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}
