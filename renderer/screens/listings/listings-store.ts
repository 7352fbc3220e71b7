// UI state of the Listings screen: filters, sort, the selected listings (product x country) and the active cell.
import { create } from 'zustand';
import type { OfferStanding } from '../../../shared/offer-status';
import type { ListingManagement, ListingQuery, ListingRef, ListingRow, OfferStatus } from '../../../shared/sync';

export type ListingSort = NonNullable<ListingQuery['sort']>;

export interface ListingFilters {
  status: OfferStatus | '';
  /** The status model's standing (on sale, not on sale, held back...). */
  standing: OfferStanding | '';
  country: string;
  error: string;
  search: string;
  category: string;
  grade: string;
  backbox: '' | 'winning' | 'losing' | 'not-read';
  /** '' shows every listing, those not managed by Refurb Desk after the catalogue's. */
  management: '' | Exclude<ListingManagement, 'all'>;
}

/** A listing's key in the selection: one product in one country. */
export const listingKey = (listing: Pick<ListingRow, 'productId' | 'country'>) => `${listing.productId}:${listing.country}`;

/** A grid line's identity: a catalogue offer by its key, a listing not managed by Refurb Desk by its SKU and market. */
export const lineKey = (listing: Pick<ListingRow, 'productId' | 'country' | 'sku' | 'unmanaged'>) =>
  listing.unmanaged ? `unmanaged:${listing.sku}:${listing.country}` : listingKey(listing);

export function refOfKey(key: string): ListingRef {
  const [productId, country] = key.split(':');
  return { productId: Number(productId), country: country ?? '' };
}

export const NO_LISTING_FILTERS: ListingFilters = { status: '', standing: '', country: '', error: '', search: '', category: '', grade: '', backbox: '', management: '' };

interface ListingsState {
  filters: ListingFilters;
  sort: { column: ListingSort; direction: 'asc' | 'desc' };
  selection: ReadonlySet<string>;
  activeRow: number;
  activeColumn: string;
  setFilter<K extends keyof ListingFilters>(key: K, value: ListingFilters[K]): void;
  /** Several filters at once (the summary bar's counts set country and status together). */
  setFilters(filters: Partial<ListingFilters>): void;
  clearFilters(): void;
  toggleSort(column: ListingSort): void;
  toggleSelected(key: string): void;
  setSelected(keys: readonly string[], selected: boolean): void;
  clearSelection(): void;
  setActive(row: number, column?: string): void;
  reset(): void;
}

const initialState = {
  filters: NO_LISTING_FILTERS,
  sort: { column: 'sku' as ListingSort, direction: 'asc' as const },
  selection: new Set<string>(),
  activeRow: 0,
  activeColumn: 'sku',
};

export const useListingsStore = create<ListingsState>()((set) => ({
  ...initialState,
  // Another list means other positions: the active row starts over; the selection stays (it names listings, not lines).
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value }, activeRow: 0 })),
  setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters }, activeRow: 0 })),
  clearFilters: () => set({ filters: NO_LISTING_FILTERS, activeRow: 0 }),
  toggleSort: (column) =>
    set((state) => ({
      sort: state.sort.column === column ? { column, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' },
      activeRow: 0,
    })),
  toggleSelected: (key) =>
    set((state) => {
      const selection = new Set(state.selection);
      if (selection.has(key)) selection.delete(key);
      else selection.add(key);
      return { selection };
    }),
  setSelected: (keys, selected) =>
    set((state) => {
      const selection = new Set(state.selection);
      for (const key of keys) {
        if (selected) selection.add(key);
        else selection.delete(key);
      }
      return { selection };
    }),
  clearSelection: () => set({ selection: new Set() }),
  setActive: (activeRow, column) => set((state) => ({ activeRow, activeColumn: column ?? state.activeColumn })),
  reset: () => set({ ...initialState, selection: new Set() }),
}));

export const hasListingFilters = (filters: ListingFilters) => Object.values(filters).some((value) => value.trim() !== '');

/** The listings:list query for the filters and sort, without paging. */
export function toListingQuery(filters: ListingFilters, sort: ListingsState['sort']): Omit<ListingQuery, 'offset' | 'limit'> {
  const query: Omit<ListingQuery, 'offset' | 'limit'> = { sort: sort.column, direction: sort.direction };
  if (filters.status) query.status = filters.status;
  if (filters.standing) query.standing = filters.standing;
  if (filters.country) query.country = filters.country;
  if (filters.error.trim()) query.error = filters.error.trim();
  if (filters.search.trim()) query.search = filters.search.trim();
  if (filters.category) query.category = filters.category;
  if (filters.grade) query.grade = filters.grade;
  if (filters.backbox) query.backbox = filters.backbox;
  if (filters.management) query.management = filters.management;
  return query;
}
