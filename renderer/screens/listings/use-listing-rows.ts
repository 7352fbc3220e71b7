// Fetches the listings a page of 100 at a time around what is on screen and answers "which listing is on line N";
// the renderer never holds every listing.
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ListingPage, ListingQuery, ListingRow } from '../../../shared/sync';
import { useApi } from '../../api/ApiContext';
import { callKey, useCallQuery } from '../../api/queries';

export const LISTINGS_PAGE_SIZE = 100;

export type ListingFilterQuery = Omit<ListingQuery, 'offset' | 'limit'>;

const pageQuery = (filter: ListingFilterQuery, page: number): ListingQuery => ({ ...filter, offset: page * LISTINGS_PAGE_SIZE, limit: LISTINGS_PAGE_SIZE });

export interface ListingLines {
  total: number;
  isLoading: boolean;
  error: Error | null;
  refetch(): void;
  rowAt(line: number): ListingRow | null;
  /** Every listing of the pages in hand (for "select all on screen"). */
  loaded: ListingRow[];
}

/** The first page gives the total; the pages under the visible lines are fetched as the merchant scrolls. */
export function useListingLines(filter: ListingFilterQuery, range: { start: number; end: number }): ListingLines {
  const api = useApi();
  const first = useCallQuery('listings:list', pageQuery(filter, 0), { placeholderData: keepPreviousData });
  const total = first.data?.total ?? 0;

  const pageNumbers = useMemo(() => {
    if (total === 0) return [];
    const last = Math.min(range.end, total - 1);
    const numbers: number[] = [];
    for (let page = Math.floor(Math.max(range.start, 0) / LISTINGS_PAGE_SIZE); page <= Math.floor(last / LISTINGS_PAGE_SIZE); page += 1) {
      if (page !== 0) numbers.push(page);
    }
    return numbers;
  }, [range.start, range.end, total]);

  const pages = useQueries({
    queries: pageNumbers.map((page) => {
      const input = pageQuery(filter, page);
      return { queryKey: callKey('listings:list', input), queryFn: () => api.call('listings:list', input) };
    }),
  });
  const loadedPages = new Map<number, ListingPage>();
  if (first.data) loadedPages.set(0, first.data);
  pageNumbers.forEach((page, index) => {
    const data = pages[index]?.data;
    if (data) loadedPages.set(page, data);
  });

  return {
    total,
    isLoading: first.isPending,
    error: first.error ?? pages.find((result) => result.error)?.error ?? null,
    refetch: () => void first.refetch(),
    rowAt: (line) => (line < 0 || line >= total ? null : (loadedPages.get(Math.floor(line / LISTINGS_PAGE_SIZE))?.rows[line % LISTINGS_PAGE_SIZE] ?? null)),
    loaded: [...loadedPages.values()].flatMap((page) => page.rows),
  };
}
