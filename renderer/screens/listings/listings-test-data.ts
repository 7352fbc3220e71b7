// Test listings and a fake listings:list that filters, sorts and pages them as main's query would; for renderer tests.
import { emptyStandingCounts, offerTruth, STANDING_COUNT_KEY } from '../../../shared/offer-status';
import type { ListingPage, ListingQuery, ListingRow, ListingSummary } from '../../../shared/sync';

/** A test listing; its truth is the status model's answer for its facts (a comment sent, stock as in the catalogue). */
export function listingRow(productId: number, country = 'fr-fr', overrides: Partial<ListingRow> = {}): ListingRow {
  const row: Omit<ListingRow, 'truth'> & { truth?: ListingRow['truth'] } = {
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
    changedElsewhere: null,
    reasons: null,
    backMarketQuantity: null,
    ...overrides,
  };
  const backMarketQuantity = row.backMarketQuantity ?? row.quantity;
  const truth =
    row.truth ??
    offerTruth({ status: row.status, noneSource: row.noneSource, publicationState: row.publicationState, validating: row.validating, backMarketQuantity, sentPrice: true, sentComment: true, sentAt: null, notAnswered: false, changedAt: null });
  return { ...row, backMarketQuantity, truth };
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
        (!query.standing || row.truth.standing === query.standing) &&
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
    standings: countries.map((country) => {
      const counts = emptyStandingCounts(country);
      for (const row of rows.filter((entry) => entry.country === country)) {
        counts[STANDING_COUNT_KEY[row.truth.standing]] += 1;
        if (row.truth.standing === 'not-on-sale' && row.truth.reason) counts.notOnSaleBy[row.truth.reason as keyof typeof counts.notOnSaleBy] = (counts.notOnSaleBy[row.truth.reason as keyof typeof counts.notOnSaleBy] ?? 0) + 1;
      }
      return counts;
    }),
    categories: [...new Set(rows.map((row) => row.category))].sort(),
    grades: [...new Set(rows.map((row) => row.grade))].sort(),
  };
}
