// Test listings and a fake listings:list that filters, sorts and pages them as main's query would; for renderer tests.
import type { ListingPage, ListingQuery, ListingRow, ListingSummary } from '../../../shared/sync';

export function listingRow(productId: number, country = 'fr-fr', overrides: Partial<ListingRow> = {}): ListingRow {
  return {
    productId,
    productNumber: `P-${String(productId).padStart(4, '0')}`,
    sku: `P-${String(productId).padStart(4, '0')}`,
    title: `Refurbished phone ${productId}`,
    ean: `37640100${String(productId).padStart(5, '0')}`,
    backMarketProductId: '',
    grade: productId % 2 ? 'EXCELLENT' : 'GOOD',
    category: productId % 2 ? 'Phones > Smartphones' : 'Tablets > iPad',
    quantity: productId % 5,
    country,
    price: 100 + productId,
    currency: 'EUR',
    status: 'published',
    noneSource: null,
    error: '',
    csvLine: '',
    publicationState: 2,
    validating: false,
    listingId: 4000 + productId,
    lastSyncAt: '2026-11-27T20:00:00.000Z',
    changedElsewhere: '',
    ...overrides,
  };
}

const SORT_VALUE: Record<NonNullable<ListingQuery['sort']>, (row: ListingRow) => string | number> = {
  sku: (row) => row.sku,
  title: (row) => row.title,
  country: (row) => row.country,
  status: (row) => row.status,
  price: (row) => row.price ?? 0,
  quantity: (row) => row.quantity ?? 0,
  lastSync: (row) => row.lastSyncAt ?? '',
};

export function fakeListings(rows: ListingRow[]) {
  return (query: ListingQuery): ListingPage => {
    const text = (value: string | undefined) => value?.toLowerCase() ?? '';
    const matching = rows.filter(
      (row) =>
        (!query.status || row.status === query.status) &&
        (!query.country || row.country === query.country) &&
        (!query.error || row.error.toLowerCase().includes(text(query.error))) &&
        (!query.search || [row.sku, row.title, row.ean, row.productNumber].some((value) => value.toLowerCase().includes(text(query.search)))) &&
        (!query.category || row.category === query.category) &&
        (!query.grade || row.grade === query.grade),
    );
    const value = SORT_VALUE[query.sort ?? 'sku'];
    const sorted = [...matching].sort((a, b) => {
      const order = value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0;
      return query.direction === 'desc' ? -order : order;
    });
    const offset = query.offset ?? 0;
    return { rows: sorted.slice(offset, offset + (query.limit ?? 200)), total: matching.length };
  };
}

export function summaryOf(rows: ListingRow[]): ListingSummary {
  const countries = [...new Set(rows.map((row) => row.country))].sort();
  return {
    countries: countries.map((country) => {
      const inCountry = rows.filter((row) => row.country === country);
      const count = (status: ListingRow['status']) => inCountry.filter((row) => row.status === status).length;
      return { country, published: count('published'), none: count('none'), pending: count('pending'), notSent: count('not-sent') };
    }),
    categories: [...new Set(rows.map((row) => row.category))].sort(),
    grades: [...new Set(rows.map((row) => row.grade))].sort(),
  };
}
