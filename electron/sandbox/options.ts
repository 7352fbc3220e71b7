// Start-up options of the sandbox and the defaults they fall back to (the contract's numbers).
import type { AddressSpelling } from './domain/address-spelling';
import type { SandboxLimits } from './state/types';
import type { SandboxProfiles } from './profiles';

export const DEFAULT_LIMITS: SandboxLimits = {
  requestsPerWindow: 200,
  categoryRequestsPerWindow: 20,
  windowMs: 10_000,
  backboxRequestsPerSecond: 2,
  blockMs: 10_000,
  skuLinesPerHour: 2_000,
  maxCsvLines: 15_000,
  maxPageSize: 50,
  maxBodyBytes: 16 * 1024 * 1024,
};

export const DEFAULT_TASK_DELAY_MS = 2_000;
export const DEFAULT_VALIDATION_DELAY_MS = 30_000;
/** The API contract's warranty minimum (the channel guide says 6; the contract wins). */
export const DEFAULT_WARRANTY_MIN_MONTHS = 12;

/** A product of the merchant's own catalogue that should exist on the sandbox (the app's "explore" mode). */
export interface ExtraProduct {
  ean: string;
  title: string;
  brand?: string;
  /** The merchant's category text ("Smartphones", "Coffee machines"...) or a leaf's marketplace_category_id. */
  category?: string | number;
  /** Market price new in EUR; defaults from the category. */
  priceNew?: string;
}

export type SeedName = 'demo' | 'empty';

/**
 * The sandbox as a merchant's existing Back Market account: listings created before Refurb Desk (in the back office or by
 * another tool), a few of them with SKUs of the sample catalogue at other prices. Seeded on start (and again on reset) or
 * through POST /__sandbox/existing-account; deterministic, and idempotent per SKU.
 */
export interface ExistingAccountOptions {
  /** Listings the account holds in each market (every listing has its offer in every market of `markets`); default 300. */
  listingsPerMarket?: number;
  /** The markets (Accept-Language codes) the offers are in; default fr-fr, de-de, en-gb. */
  markets?: string[];
  /** How many of the listings carry a SKU of the sample catalogue (resources/sample-catalogue.csv); default 6. */
  matchingSkus?: number;
  /** What the matching listings' prices differ from the sample catalogue's by, in the market's currency; default +10.00. */
  priceShift?: number;
}

export const DEFAULT_EXISTING_ACCOUNT: Required<ExistingAccountOptions> = {
  listingsPerMarket: 300,
  markets: ['fr-fr', 'de-de', 'en-gb'],
  matchingSkus: 6,
  priceShift: 10,
};

/** What seeding an existing account did: listings created now, the markets, each matching SKU's offer per market. */
export interface ExistingAccountResult {
  created: number;
  markets: string[];
  matching: Array<{ sku: string; market: string; price: string; quantity: number }>;
  /** Listings of the account whose SKU is not in the sample catalogue (the ones this call asked for, created now or before). */
  unmatchedSkus: number;
}

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  token?: string;
  controlSecret?: string;
  taskDelayMs?: number;
  validationDelayMs?: number;
  warrantyMinMonths?: number;
  limits?: Partial<SandboxLimits>;
  /** Answers where the contract is silent (profiles.ts); left out, the most literal reading of the contract. */
  profiles?: Partial<SandboxProfiles>;
  seed?: SeedName;
  /** Start as an existing Back Market account (after the seed; again on every reset). */
  existingAccount?: ExistingAccountOptions;
  extraProducts?: ExtraProduct[];
  /** Order addresses in the GET /ws/orders table's snake_case (default) or the Address schema's camelCase. */
  addressSpelling?: AddressSpelling;
  /** The clock for rolling windows, validation and dates; defaults to the system clock. */
  now?: () => Date;
}
