// Test listings and a fake listings:list that filters, sorts and pages them as main's query would; for renderer tests.
import { emptyStandingCounts, offerTruth, STANDING_COUNT_KEY } from '../../../shared/offer-status';
import type { ListingPage, ListingQuery, ListingRow, ListingSummary, OfferStatus, UnmanagedOffer } from '../../../shared/sync';

type OfferRow = ListingRow & { status: OfferStatus; truth: NonNullable<ListingRow['truth']> };

/**
 * A test listing; its truth is the status model's answer for its facts (a comment sent, stock as in the catalogue). A
 * published one holds on Back Market the price it shows; one without a price has it from an empty source.
 */
export function listingRow(productId: number, country = 'fr-fr', overrides: Partial<Omit<OfferRow, 'unmanaged'>> = {}): ListingRow {
  const price = overrides.price === undefined ? 100 + productId : overrides.price;
  const row: Omit<OfferRow, 'truth'> & { truth?: OfferRow['truth'] } = {
    productId,
    productNumber: `P-${String(productId).padStart(4, '0')}`,
    sku: `P-${String(productId).padStart(4, '0')}`,
    title: `Refurbished phone ${productId}`,
    titleLanguage: null,
    ean: `37640100${String(productId).padStart(5, '0')}`,
    backMarketProductId: '',
    grade: productId % 2 ? 'EXCELLENT' : 'GOOD',
    category: productId % 2 ? 'Phones > Smartphones' : 'Tablets > iPad',
    quantity: productId % 5,
    country,
    price,
    currency: 'EUR',
    backMarketPrice: (overrides.status ?? 'published') === 'published' ? price : null,
    noPriceCause: price === null ? 'empty' : null,
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
    backMarketGrade: (overrides.status ?? 'published') === 'published' ? (productId % 2 ? 'EXCELLENT' : 'GOOD') : null,
    unmanaged: null,
    ...overrides,
  };
  // Back Market holds the catalogue's quantity unless the row says otherwise (null included: not known).
  const backMarketQuantity = 'backMarketQuantity' in overrides ? row.backMarketQuantity : row.quantity;
  const truth =
    row.truth ??
    offerTruth({ status: row.status, noneSource: row.noneSource, publicationState: row.publicationState, validating: row.validating, backMarketQuantity, sentPrice: true, sentComment: true, sentAt: null, notAnswered: false, changedAt: null });
  return { ...row, backMarketQuantity, truth };
}

/** A listing Back Market holds that no catalogue product has, as main's query gives it: Back Market's values, no status of ours. */
export function unmanagedRow(sku: string, country = 'fr-fr', offer: Partial<UnmanagedOffer> = {}): ListingRow {
  const unmanaged: UnmanagedOffer = {
    listingId: 7000 + sku.length,
    price: '199.00',
    currency: 'EUR',
    quantity: 2,
    grade: 'GOOD',
    comment: 'Sold with a charger',
    warrantyDelay: 12,
    publicationState: 2,
    readAt: '2026-11-27T19:00:00.000Z',
    ...offer,
  };
  return {
    productId: 0,
    productNumber: '',
    sku,
    title: `Back office listing ${sku}`,
    titleLanguage: null,
    ean: '',
    backMarketProductId: `bm-${sku}`,
    grade: unmanaged.grade,
    category: '',
    quantity: unmanaged.quantity,
    country,
    price: Number(unmanaged.price),
    currency: unmanaged.currency,
    backMarketPrice: Number(unmanaged.price),
    noPriceCause: null,
    status: null,
    noneSource: null,
    error: '',
    csvLine: '',
    publicationState: unmanaged.publicationState,
    validating: false,
    listingId: unmanaged.listingId,
    lastSyncAt: null,
    changedElsewhere: null,
    reasons: null,
    backMarketQuantity: unmanaged.quantity,
    backMarketGrade: unmanaged.grade || null,
    truth: null,
    unmanaged,
  };
}

const SORT_VALUE: Record<NonNullable<ListingQuery['sort']>, (row: ListingRow) => string | number> = {
  sku: (row) => row.sku,
  title: (row) => row.title,
  country: (row) => row.country,
  status: (row) => row.status ?? '',
  price: (row) => row.price ?? 0,
  quantity: (row) => row.quantity ?? 0,
  lastSync: (row) => row.lastSyncAt ?? '',
};

/** As main: the catalogue's offers sorted, then those not managed by Refurb Desk unless a filter leaves them out. */
export function fakeListings(rows: ListingRow[]) {
  return (query: ListingQuery): ListingPage => {
    const text = (value: string | undefined) => value?.toLowerCase() ?? '';
    const management = query.management ?? 'all';
    const matching = rows.filter(
      (row) =>
        (row.unmanaged ? management !== 'managed' : management !== 'unmanaged') &&
        (!query.status || row.status === query.status) &&
        (!query.standing || row.truth?.standing === query.standing) &&
        (!query.country || row.country === query.country) &&
        (!query.error || row.error.toLowerCase().includes(text(query.error))) &&
        (!query.search || [row.sku, row.title, row.ean, row.productNumber].some((value) => value.toLowerCase().includes(text(query.search)))) &&
        (!query.category || row.category === query.category) &&
        (!query.grade || row.grade === query.grade),
    );
    const value = SORT_VALUE[query.sort ?? 'sku'];
    const sorted = [...matching].sort((a, b) => {
      if (Boolean(a.unmanaged) !== Boolean(b.unmanaged)) return a.unmanaged ? 1 : -1;
      const order = value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0;
      return query.direction === 'desc' ? -order : order;
    });
    const offset = query.offset ?? 0;
    return { rows: sorted.slice(offset, offset + (query.limit ?? 200)), total: matching.length };
  };
}

/** The summary bar's counts as main gives them: a listing not managed by Refurb Desk is never counted. */
export function summaryOf(listed: ListingRow[]): ListingSummary {
  const rows = listed.flatMap((row) => (row.truth && !row.unmanaged ? [{ ...row, truth: row.truth }] : []));
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
