// The paginated envelope Back Market wraps its lists in (count / next / previous / results), per the contract.

export interface Page<T> {
  count: number;
  /** Absolute URL of the next page, or null (care folders leave it out when there is none). */
  next?: string | null;
  previous?: string | null;
  results: T[];
}

/** The contract's `Page` and `PageSize` query parameters; page-size is at most 50. */
export interface PageQuery {
  page?: number;
  'page-size'?: number;
}

/** The contract's `PageSize.maximum`. */
export const MAX_PAGE_SIZE = 50;
