// Walks a paginated list by following `next`, on our own base URL only and never above the contract's page-size of 50.
import { MAX_PAGE_SIZE, type Page } from './types/page';

type QueryValue = string | number | boolean | undefined | null;

/** Path plus query string; undefined and null values are left out. */
export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) params.set(key, String(value));
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** A page-size within the contract's limit (larger is a 400). */
export function checkPageSize(size: number | undefined): number | undefined {
  if (size === undefined) return undefined;
  if (!Number.isInteger(size) || size < 1) throw new Error(`The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${size}.`);
  return Math.min(size, MAX_PAGE_SIZE);
}

/**
 * The path of the page `next` points to. Back Market writes `next` as an absolute URL on its own host; only its path and
 * query are kept, so the token goes to our base URL whatever `next` says, and only for the same list.
 */
export function nextPath(next: string, listPath: string): string | undefined {
  let url: URL;
  try {
    url = new URL(next, 'http://next.invalid');
  } catch {
    return undefined;
  }
  if (url.pathname.replace(/\/+$/, '') !== listPath.replace(/\/+$/, '')) return undefined;
  const size = url.searchParams.get('page-size');
  if (size !== null && Number(size) > MAX_PAGE_SIZE) url.searchParams.set('page-size', String(MAX_PAGE_SIZE));
  return `${url.pathname}${url.search}`;
}

/** Every page of a list, from the first path given, until `next` is empty (or points somewhere else, or repeats). */
export async function* iteratePages<T>(fetchPage: (path: string) => Promise<Page<T>>, firstPath: string): AsyncGenerator<Page<T>> {
  const listPath = firstPath.split('?')[0] ?? firstPath;
  const seen = new Set<string>();
  let path: string | undefined = firstPath;
  while (path !== undefined && !seen.has(path)) {
    seen.add(path);
    const page = await fetchPage(path);
    yield page;
    path = page.next && page.results.length > 0 ? nextPath(page.next, listPath) : undefined;
  }
}

/** The items of every page, one at a time. */
export async function* eachItem<T>(pages: AsyncIterable<Page<T>>): AsyncGenerator<T> {
  for await (const page of pages) yield* page.results;
}
