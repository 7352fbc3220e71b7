// page / page-size query parameters and the count/next/previous envelope of paginated answers.
import { badRequest } from './errors';

export interface PageRequest {
  page: number;
  size: number;
}

function positiveInteger(query: URLSearchParams, key: string, fallback: number): number {
  const raw = query.get(key);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw badRequest(`${key} must be a positive integer, got ${JSON.stringify(raw)}.`, key);
  return Number(raw);
}

export function readPage(query: URLSearchParams, maxPageSize: number, defaultSize = 10): PageRequest {
  const page = positiveInteger(query, 'page', 1);
  const size = positiveInteger(query, 'page-size', defaultSize);
  if (size > maxPageSize) throw badRequest(`page-size ${size} is above the maximum of ${maxPageSize}.`, 'page-size');
  return { page, size };
}

function pageUrl(baseUrl: string, path: string, query: URLSearchParams, page: number): string {
  const next = new URLSearchParams(query);
  next.set('page', String(page));
  return `${baseUrl}${path}?${next.toString()}`;
}

/** count (all matches), next and previous (absolute URLs or null), results (this page). */
export function paginate<T, R>(items: T[], request: PageRequest, link: { baseUrl: string; path: string; query: URLSearchParams }, view: (item: T) => R) {
  const start = (request.page - 1) * request.size;
  const results = items.slice(start, start + request.size).map(view);
  const hasNext = start + request.size < items.length;
  return {
    count: items.length,
    next: hasNext ? pageUrl(link.baseUrl, link.path, link.query, request.page + 1) : null,
    previous: request.page > 1 ? pageUrl(link.baseUrl, link.path, link.query, Math.min(request.page - 1, Math.max(1, Math.ceil(items.length / request.size)))) : null,
    results,
  };
}
