// The Back Market connection as both sides see it: account modes, token states, the EU platform's markets with the
// languages a merchant may write in for each, the setup inputs and the live check's failure reasons. Never the token.
import { z } from 'zod';

export type AccountMode = 'none' | 'sandbox' | 'account';
/** All the renderer learns about the token. */
export type TokenState = 'missing' | 'unchecked' | 'valid' | 'rejected';
export type Environment = 'production' | 'preprod' | 'custom';
/** Where the token is kept: encrypted on disk, or memory only (preview, tests, or no system keyring). */
export type TokenStorage = 'encrypted' | 'memory';

export type ConnectFailureReason = 'token-rejected' | 'not-merchant' | 'network' | 'firewall' | 'server' | 'storage';

export interface ConnectFailure {
  ok: false;
  reason: ConnectFailureReason;
  /** What went wrong and what to do next, ready to show. */
  message: string;
  /** Cloudflare's request id, for the merchant to quote to Back Market support when the firewall blocked the call. */
  cfRay?: string;
}
export type ConnectResult = { ok: true } | ConnectFailure;

export const LANGUAGES = ['de', 'el', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'sk', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A market of the EU platform: its Accept-Language code, the country, and the languages content may be written in. */
export interface MarketChoice {
  code: string;
  country: string;
  currency: string;
  languages: Language[];
  defaultLanguage: Language;
  /** One of the channel guide's eight markets, ticked by default. */
  suggested: boolean;
}

const market = (code: string, country: string, currency: string, languages: Language[], suggested: boolean): MarketChoice => ({
  code,
  country,
  currency,
  languages,
  defaultLanguage: languages[0] as Language,
  suggested,
});

/** The EU platform's 13 markets, the guide's eight first (Germany, Belgium, France, Spain, Italy, Austria, United Kingdom, Netherlands). */
export const MARKETS: readonly MarketChoice[] = [
  market('de-de', 'DE', 'EUR', ['de', 'en'], true),
  market('fr-be', 'BE', 'EUR', ['fr', 'nl', 'de', 'en'], true),
  market('fr-fr', 'FR', 'EUR', ['fr', 'en'], true),
  market('es-es', 'ES', 'EUR', ['es', 'en'], true),
  market('it-it', 'IT', 'EUR', ['it', 'en'], true),
  market('de-at', 'AT', 'EUR', ['de', 'en'], true),
  market('en-gb', 'GB', 'GBP', ['en'], true),
  market('nl-nl', 'NL', 'EUR', ['nl', 'en'], true),
  market('pt-pt', 'PT', 'EUR', ['pt', 'en'], false),
  market('en-ie', 'IE', 'EUR', ['en'], false),
  market('el-gr', 'GR', 'EUR', ['el', 'en'], false),
  market('sk-sk', 'SK', 'EUR', ['sk', 'en'], false),
  market('sv-se', 'SE', 'SEK', ['sv', 'en'], false),
];

export const MARKET_CODES = MARKETS.map((entry) => entry.code);
export const findMarketChoice = (code: string) => MARKETS.find((entry) => entry.code === code);

export interface CountrySetting {
  code: string;
  language: Language;
}

export const DEFAULT_COUNTRIES: CountrySetting[] = MARKETS.filter((entry) => entry.suggested).map((entry) => ({ code: entry.code, language: entry.defaultLanguage }));

/** A sandbox started with `npm run sandbox`: loopback only, so a typo never sends the token elsewhere. */
export const SANDBOX_URL_PATTERN = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/?$/;

const countriesSchema = z
  .array(z.object({ code: z.enum(MARKET_CODES as [string, ...string[]]), language: z.enum(LANGUAGES) }).strict())
  .min(1, 'Choose at least one country to sell in.')
  .max(MARKETS.length)
  .refine((countries) => new Set(countries.map((country) => country.code)).size === countries.length, 'Each country may be chosen once.')
  .refine((countries) => countries.every((country) => findMarketChoice(country.code)?.languages.includes(country.language as Language)), 'Choose a language offered for each country.');

const tokenSchema = z.string().trim().min(1, 'Paste your Back Market API token; the field is empty.').max(4096, 'This does not look like a Back Market API token: it is far too long.');

export const connectInputSchema = z
  .object({
    environment: z.enum(['production', 'preprod', 'custom']),
    sandboxUrl: z.string().trim().regex(SANDBOX_URL_PATTERN, 'Enter the sandbox address as http://127.0.0.1:<port>.').optional(),
    token: tokenSchema,
    company: z.string().trim().min(1, 'Enter your company name, as on your Back Market account.').max(120),
    email: z.string().trim().email('Enter a contact e-mail address Back Market can reach you at.').max(254),
    countries: countriesSchema,
  })
  .strict()
  .refine((input) => input.environment !== 'custom' || input.sandboxUrl !== undefined, {
    message: 'Enter the sandbox address as http://127.0.0.1:<port>.',
    path: ['sandboxUrl'],
  });
export type ConnectInput = z.input<typeof connectInputSchema>;

export const replaceTokenInputSchema = z.object({ token: tokenSchema }).strict();

export interface ConnectionStatus {
  mode: AccountMode;
  tokenState: TokenState;
  tokenStorage: TokenStorage;
  /** True when the system keyring could not encrypt the token: it is kept in memory until the app quits. */
  encryptionUnavailable: boolean;
  environment: Environment;
  company: string;
  email: string;
  countries: CountrySetting[];
  markets: readonly MarketChoice[];
  /**
   * The marketplace address in sandbox mode or for a custom sandbox; for the built-in sandbox also the secret of its
   * control API (/__sandbox), which plays the customer and Back Market's team in demos. It controls only that local
   * sandbox, never a Back Market account.
   */
  sandbox?: { url: string; controlSecret?: string };
  /** Jobs waiting for a valid token (kept while the token is rejected). */
  queuedJobs: number;
  /** The reason of the last failed check, so the banner can say it. */
  lastFailure?: ConnectFailure;
}

/** One API call, as the activity log keeps it: never a header, never a body, never the token. */
export interface ActivityEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  country: string;
  /** HTTP status, or 0 when no answer came (network failure). */
  status: number;
  durationMs: number;
  linesSent: number;
  requestId?: string;
  cfRay?: string;
}

export const activityQuerySchema = z
  .object({
    search: z.string().max(200).optional(),
    outcome: z.enum(['all', 'failed', 'succeeded']).default('all'),
    country: z.string().max(10).optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();
export type ActivityQuery = z.input<typeof activityQuerySchema>;

export interface ActivityPage {
  entries: ActivityEntry[];
  total: number;
}

export interface SupportBundle {
  fileName: string;
  content: string;
}
