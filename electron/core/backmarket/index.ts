// The Back Market API client's public surface: the client, its errors, the shared limiter and SKU budget, markets and servers.
export { createBackMarketClient, DEFAULT_TIMEOUT_MS, type BackMarketClient, type BackMarketClientOptions } from './client';
export type { CatalogPost } from './listing-calls';
export type { ConnectionCheck, ConnectionFailureReason } from './check-connection';
export type { ActivityEntry, ActivityListener } from './activity';
export {
  BackMarketError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  UncertainWriteError,
  ValidationError,
  type BackMarketErrorKind,
  type NetworkFailure,
} from './errors';
export { RateLimiter, DEFAULT_TRAFFIC_LIMITS, isCataloguePath, isBackboxPath, type RateLimiterOptions, type Permit } from './rate-limiter';
export { SkuLineBudget, DEFAULT_SKU_LINES_PER_HOUR, type SkuLineRecord, type SkuLineBudgetOptions } from './sku-line-budget';
export { DEFAULT_RETRY, type RetryOptions, type RetryWrite } from './retry';
export { resolveBaseUrl, checkBaseUrl, EU_SERVERS, type BackMarketEnvironment } from './base-url';
export { EU_MARKETS, checkMarketCode, isEuMarket, type EuMarket } from './markets';
export { buildUserAgent, redactHeaders, sanitizeCompany, INTEGRATION_NAME } from './headers';
export { iteratePages, eachItem } from './pagination';
export { catalogDataLines, countCsvRecords } from './catalog-csv-lines';
export type * from './types/category';
export type * from './types/listings';
export { MAX_CSV_LINES } from './types/listings';
export type * from './types/tasks';
export type * from './types/orders';
export type * from './types/after-sales';
export type * from './types/errors';
export type * from './types/page';
export type * from './types/backbox';
export type { BackboxCalls } from './backbox-calls';
export { MAX_PAGE_SIZE } from './types/page';
export { readAddress, shipperOf, fullNameOf, type AddressRead } from './order-address';
export { toRfc3339Utc, parseBackMarketDate, normalizeBackMarketDate } from './dates';
