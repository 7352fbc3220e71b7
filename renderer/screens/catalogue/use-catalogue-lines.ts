// Fetches the catalogue a page of 100 at a time around what is on screen, plus the variations of expanded parents,
// and answers "which product is on grid line N". The renderer never holds the whole table.
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ProductPage, ProductQuery, ProductRow } from '../../../shared/catalogue';
import { useApi } from '../../api/ApiContext';
import { callKey, useCallQuery } from '../../api/queries';
import { useCatalogueStore, type ExpandedParent } from '../../store/catalogue-store';
import { buildDisplayModel, type DisplayModel } from './display-model';

export const PAGE_SIZE = 100;
/** Variations per parent fetched at once; a parent with more is rare enough to open in the form. */
export const MAX_VARIATIONS = 500;

export interface GridLine {
  displayIndex: number;
  product: ProductRow;
  /** 0 for a top-level product, 1 for a variation under its parent. */
  depth: 0 | 1;
  /** Its position in the top-level list; null for a variation. */
  topIndex: number | null;
}

export interface VisibleRange {
  start: number;
  end: number;
}

export type ListFilter = Omit<ProductQuery, 'offset' | 'limit'>;

const pageQuery = (filter: ListFilter, page: number): ProductQuery => ({ ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE });

export interface CatalogueOutline {
  model: DisplayModel;
  total: number;
  firstPage: ProductPage | undefined;
  variationPages: (ProductPage | undefined)[];
  isLoading: boolean;
  error: Error | null;
  refetch(): void;
}

/** How many lines the grid has: the total from the first page, plus the variations of expanded parents. */
export function useCatalogueOutline(filter: ListFilter, expanded: readonly ExpandedParent[]): CatalogueOutline {
  const api = useApi();
  const first = useCallQuery('catalogue:list', pageQuery(filter, 0), { placeholderData: keepPreviousData });
  const total = first.data?.total ?? 0;

  const variations = useQueries({
    queries: expanded.map(({ parentId }) => {
      const input: ProductQuery = { parentId, limit: MAX_VARIATIONS, ...(filter.sort ? { sort: filter.sort } : {}) };
      return { queryKey: callKey('catalogue:list', input), queryFn: () => api.call('catalogue:list', input) };
    }),
  });
  const variationPages = variations.map((result) => result.data);
  const childCounts = variationPages.map((page) => page?.rows.length ?? 0).join(',');

  const model = useMemo(() => {
    const counts = childCounts.split(',').map(Number);
    return buildDisplayModel(
      total,
      expanded.map((parent, index) => ({ ...parent, childCount: counts[index] ?? 0 })),
    );
  }, [total, expanded, childCounts]);

  return {
    model,
    total,
    firstPage: first.data,
    variationPages,
    isLoading: first.isPending,
    error: first.error,
    refetch: () => void first.refetch(),
  };
}

/** The pages covering the visible lines, fetched as the merchant scrolls; pages already seen come from the cache. */
export function useCatalogueLines(filter: ListFilter, expanded: readonly ExpandedParent[], outline: CatalogueOutline, range: VisibleRange) {
  const api = useApi();
  const moveExpanded = useCatalogueStore((state) => state.moveExpanded);
  const { model, total } = outline;

  const pageNumbers = useMemo(() => {
    if (total === 0 || model.count === 0) return [];
    const topOf = (displayIndex: number) => {
      const slot = model.slotAt(Math.min(Math.max(displayIndex, 0), model.count - 1));
      return slot.kind === 'top' ? slot.topIndex : (expanded.find((parent) => parent.parentId === slot.parentId)?.topIndex ?? 0);
    };
    const numbers: number[] = [];
    for (let page = Math.floor(topOf(range.start) / PAGE_SIZE); page <= Math.floor(topOf(range.end) / PAGE_SIZE); page += 1) numbers.push(page);
    return numbers;
  }, [model, range.start, range.end, total, expanded]);

  const pages = useQueries({
    queries: pageNumbers
      .filter((page) => page !== 0)
      .map((page) => {
        const input = pageQuery(filter, page);
        return { queryKey: callKey('catalogue:list', input), queryFn: () => api.call('catalogue:list', input) };
      }),
  });
  const loadedPages = new Map<number, ProductPage>();
  if (outline.firstPage) loadedPages.set(0, outline.firstPage);
  pageNumbers
    .filter((page) => page !== 0)
    .forEach((page, index) => {
      const data = pages[index]?.data;
      if (data) loadedPages.set(page, data);
    });

  function lineAt(displayIndex: number): GridLine | null {
    if (displayIndex < 0 || displayIndex >= model.count) return null;
    const slot = model.slotAt(displayIndex);
    if (slot.kind === 'top') {
      const product = loadedPages.get(Math.floor(slot.topIndex / PAGE_SIZE))?.rows[slot.topIndex % PAGE_SIZE];
      return product ? { displayIndex, product, depth: 0, topIndex: slot.topIndex } : null;
    }
    const parentAt = expanded.findIndex((parent) => parent.parentId === slot.parentId);
    const product = outline.variationPages[parentAt]?.rows[slot.childIndex];
    return product ? { displayIndex, product, depth: 1, topIndex: null } : null;
  }

  // After an edit re-sorts the list, an expanded parent may stand elsewhere: keep its variations under it.
  const loadedIndex = new Map<number, number>();
  for (const [page, data] of loadedPages) data.rows.forEach((row, index) => loadedIndex.set(row.id, page * PAGE_SIZE + index));
  const moves = expanded.flatMap((parent) => {
    const now = loadedIndex.get(parent.parentId);
    return now !== undefined && now !== parent.topIndex ? [{ parentId: parent.parentId, topIndex: now }] : [];
  });
  const movesKey = JSON.stringify(moves);
  useEffect(() => {
    for (const move of JSON.parse(movesKey) as ExpandedParent[]) moveExpanded(move.parentId, move.topIndex);
  }, [movesKey, moveExpanded]);

  return {
    lineAt,
    loadedProductIds: [...loadedPages.values()].flatMap((page) => page.rows.map((row) => row.id)),
    error: pages.find((result) => result.error)?.error ?? null,
  };
}
