// Each market in its own language: which language a market's category tree comes in (Accept-Language), the content a
// market is written in, the per-language catalogue columns (title_de, description_de, comment_de) and the merchant's
// once-per-market choice when a market has no text of its own.
import type { MarketCountry } from './mapping';

/** The language Back Market serves a market's category tree in (Accept-Language fr-be -> fr, de-at -> de). */
export const treeLanguageOf = (marketCode: string): string => marketCode.slice(0, 2).toLowerCase();

/**
 * The merchant's home market: France where it is enabled (Back Market's home and the EU platform's default market),
 * else the first market chosen. Its tree is the one categories are searched and shown in; its content language is the
 * catalogue's.
 */
export function homeMarketOf<T extends { code: string }>(countries: readonly T[]): T | undefined {
  return countries.find((country) => country.code === 'fr-fr') ?? countries[0];
}

/** The distinct tree languages of the enabled markets (the home market's first), each with the market it is fetched through. */
export function treeLanguages(countries: readonly { code: string }[]): { language: string; market: string }[] {
  const home = homeMarketOf(countries);
  const seen = new Map<string, string>();
  for (const country of home ? [home, ...countries] : countries) if (!seen.has(treeLanguageOf(country.code))) seen.set(treeLanguageOf(country.code), country.code);
  return [...seen].map(([language, market]) => ({ language, market }));
}

/** The offer texts a market reads in its own language. */
export const CONTENT_FIELDS = ['title', 'description', 'comment'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];
export const isContentField = (field: string): field is ContentField => (CONTENT_FIELDS as readonly string[]).includes(field);

/** The catalogue column holding a text in one language: title_de, description_de, comment_de. */
export const contentColumn = (field: ContentField, language: string): string => `${field}_${language}`;
const CONTENT_COLUMN = /^(title|description|comment)_([a-z]{2})$/;

/**
 * A market's own comment: the catalogue column comment_<market> (comment_fr-be). Two markets that read one comment (fr-fr
 * and fr-be, de-de and de-at) can hold different ones on Back Market; where a product has this column it wins over the
 * comment the mapping gives that market, as a price of the price matrix wins over the mapped price.
 */
export const marketCommentColumn = (marketCode: string): string => `comment_${marketCode}`;
const MARKET_COMMENT_COLUMN = /^comment_([a-z]{2}-[a-z]{2})$/;
/** The market whose own comment this column holds (comment_fr-be -> fr-be); undefined for any other column. */
export const marketOfCommentColumn = (name: string): string | undefined => MARKET_COMMENT_COLUMN.exec(name)?.[1];

/**
 * The offer values a market can hold apart from the other markets reading the same catalogue column: its comment and its
 * warranty. Back Market holds one of each per market; a product's column <field>_<market> (comment_fr-be,
 * warranty_fr-be) is that market's own and wins there. Present but empty, it says the market holds none: the comment
 * of the other markets is not sent there.
 */
export const MARKET_OWN_FIELDS = ['comment', 'warranty_delay'] as const;
export type MarketOwnField = (typeof MARKET_OWN_FIELDS)[number];
export const isMarketOwnField = (field: string): field is MarketOwnField => (MARKET_OWN_FIELDS as readonly string[]).includes(field);
const OWN_PREFIX: Record<MarketOwnField, string> = { comment: 'comment', warranty_delay: 'warranty' };
/** A market's own warranty in months: the catalogue column warranty_<market> (warranty_de-de). */
export const marketWarrantyColumn = (marketCode: string): string => `warranty_${marketCode}`;
/** The column of a market's own comment or warranty. */
export const marketOwnColumn = (field: MarketOwnField, marketCode: string): string => `${OWN_PREFIX[field]}_${marketCode}`;
const MARKET_OWN_COLUMN = /^(comment|warranty)_([a-z]{2}-[a-z]{2})$/;
/** Which market's own comment or warranty this column holds (warranty_fr-be -> fr-be, comment); undefined for any other column. */
export function marketOwnOfColumn(name: string): { field: MarketOwnField; market: string } | undefined {
  const match = MARKET_OWN_COLUMN.exec(name);
  if (!match) return undefined;
  return { field: match[1] === 'comment' ? 'comment' : 'warranty_delay', market: match[2] as string };
}
export function parseContentColumn(name: string): { field: ContentField; language: string } | undefined {
  const match = CONTENT_COLUMN.exec(name);
  return match ? { field: match[1] as ContentField, language: match[2] as string } : undefined;
}

/**
 * The language the catalogue's own title, description and comment are taken as written in: the home market's content
 * language. Markets of another language read their own columns (title_de...) first.
 */
export const catalogueLanguageOf = (countries: readonly MarketCountry[]): string => homeMarketOf(countries)?.language ?? 'fr';

/**
 * What a market whose own text is missing gets: 'fallback' the catalogue's text (the merchant chose it once for that
 * market), 'fill' nothing until its own text is filled in (the offer is held back). Until the merchant chooses, the text
 * of the catalogue is sent and the dry run warns.
 */
export type LanguageChoice = 'fallback' | 'fill';
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['fallback', 'fill'];
/** Stored as a value map: merchant value = market code, target = the choice. */
export const LANGUAGE_CHOICE_MAP = 'content-language';

/** A market sending catalogue-language text, as the dry run shows it. */
export interface LanguageWarning {
  country: string;
  /** The market's content language and the catalogue's. */
  language: string;
  catalogueLanguage: string;
  /** The texts sent in the catalogue's language (title, description, comment). */
  fields: ContentField[];
  /** Lines of this sync that send them. */
  lines: number;
  choice: LanguageChoice | null;
}
