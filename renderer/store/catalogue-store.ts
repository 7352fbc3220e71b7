// UI state of the catalogue screen: filters, sort, selection, expanded parents, the active cell and the open product.
import { create } from 'zustand';
import type { ProductQuery, SortColumn } from '../../shared/catalogue';

export type HasEanFilter = 'any' | 'yes' | 'no';
export type ReadyFilter = 'ready' | 'not-ready';

export interface CatalogueFilters {
  search: string;
  category: string;
  brand: string;
  condition: string;
  hasEan: HasEanFilter;
  /** A Back Market market code (fr-fr), or '' for no readiness filter. */
  readyCountry: string;
  readyState: ReadyFilter;
}

export interface CatalogueSort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

/** A parent whose variations are shown below it, and where it stood in the list when it was opened. */
export interface ExpandedParent {
  parentId: number;
  topIndex: number;
}

export type OpenProduct = { mode: 'edit'; id: number } | { mode: 'new' } | null;

export interface EditingCell {
  productId: number;
  field: string;
}

interface CatalogueState {
  filters: CatalogueFilters;
  sort: CatalogueSort | null;
  selection: ReadonlySet<number>;
  expanded: readonly ExpandedParent[];
  openProduct: OpenProduct;
  activeRow: number;
  activeColumn: string;
  editing: EditingCell | null;
  setFilter<K extends keyof CatalogueFilters>(key: K, value: CatalogueFilters[K]): void;
  clearFilters(): void;
  toggleSort(column: SortColumn): void;
  toggleSelected(productId: number): void;
  setSelected(productIds: readonly number[], selected: boolean): void;
  clearSelection(): void;
  toggleExpanded(parentId: number, topIndex: number): void;
  moveExpanded(parentId: number, topIndex: number): void;
  setOpenProduct(open: OpenProduct): void;
  setActive(row: number, column?: string): void;
  setEditing(editing: EditingCell | null): void;
  reset(): void;
}

export const NO_FILTERS: CatalogueFilters = { search: '', category: '', brand: '', condition: '', hasEan: 'any', readyCountry: '', readyState: 'not-ready' };

const initialState = {
  filters: NO_FILTERS,
  sort: null,
  selection: new Set<number>(),
  expanded: [],
  openProduct: null,
  activeRow: 0,
  activeColumn: 'productNumber',
  editing: null,
} satisfies Partial<CatalogueState>;

/** Another list means other positions: expanded parents and the active row start over. */
const listChanged = { expanded: [], activeRow: 0, editing: null };

export const useCatalogueStore = create<CatalogueState>()((set) => ({
  ...initialState,
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value }, ...listChanged })),
  clearFilters: () => set({ filters: NO_FILTERS, ...listChanged }),
  toggleSort: (column) =>
    set((state) => ({
      sort: state.sort?.column === column ? { column, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' },
      ...listChanged,
    })),
  toggleSelected: (productId) =>
    set((state) => {
      const selection = new Set(state.selection);
      if (selection.has(productId)) selection.delete(productId);
      else selection.add(productId);
      return { selection };
    }),
  setSelected: (productIds, selected) =>
    set((state) => {
      const selection = new Set(state.selection);
      for (const id of productIds) {
        if (selected) selection.add(id);
        else selection.delete(id);
      }
      return { selection };
    }),
  clearSelection: () => set({ selection: new Set() }),
  toggleExpanded: (parentId, topIndex) =>
    set((state) => ({
      expanded: state.expanded.some((parent) => parent.parentId === parentId)
        ? state.expanded.filter((parent) => parent.parentId !== parentId)
        : [...state.expanded, { parentId, topIndex }],
    })),
  moveExpanded: (parentId, topIndex) =>
    set((state) => ({ expanded: state.expanded.map((parent) => (parent.parentId === parentId ? { parentId, topIndex } : parent)) })),
  setOpenProduct: (openProduct) => set({ openProduct }),
  setActive: (activeRow, column) => set((state) => ({ activeRow, activeColumn: column ?? state.activeColumn })),
  setEditing: (editing) => set({ editing }),
  reset: () => set({ ...initialState, selection: new Set() }),
}));

/**
 * One condition filter may stand for several stored values that read alike (the merchant's « Bon » and an import's
 * GOOD): they travel as one select value, joined by a character no typed condition holds.
 */
const CONDITION_JOIN = '\u001f';
export const conditionFilterValue = (values: readonly string[]): string => values.join(CONDITION_JOIN);
export const conditionsOf = (value: string): string[] => value.split(CONDITION_JOIN);

/** The list query for the current filters and sort, without paging. */
export function toListQuery(filters: CatalogueFilters, sort: CatalogueSort | null): Omit<ProductQuery, 'offset' | 'limit'> {
  const query: Omit<ProductQuery, 'offset' | 'limit'> = {};
  const search = filters.search.trim();
  if (search) query.search = search;
  if (filters.category) query.category = filters.category;
  if (filters.brand) query.brand = filters.brand;
  if (filters.condition) {
    const conditions = conditionsOf(filters.condition);
    if (conditions.length > 1) query.conditions = conditions;
    else query.condition = filters.condition;
  }
  if (filters.hasEan !== 'any') query.hasEan = filters.hasEan === 'yes';
  if (filters.readyCountry) query.readiness = { country: filters.readyCountry, ready: filters.readyState === 'ready' };
  if (sort) query.sort = sort;
  return query;
}

export const hasActiveFilters = (filters: CatalogueFilters) =>
  filters.search.trim() !== '' || filters.category !== '' || filters.brand !== '' || filters.condition !== '' || filters.hasEan !== 'any' || filters.readyCountry !== '';
