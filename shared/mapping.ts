// Mapping the merchant's catalogue onto Back Market: the Back Market fields and their rules, where each takes its value
// from, value maps, category mapping, pricing per country, and the shapes the mapping calls return.
import { z } from 'zod';
import { PRODUCT_FIELDS, productQuerySchema } from './catalogue';
import type { Grade } from './grades';
import type { Shipper } from './shippers';
import type { MerchantMessage } from './messages/merchant-message';

/** A platform rule, not a guide quote: the API contract asks for 12 months; the merchant guide still says 6. */
export const WARRANTY_MINIMUM_MONTHS = 12;
export const GUIDE_WARRANTY_MINIMUM_MONTHS = 6;
/** Back Market's commission on every sale, as the guide states it (10% regardless of the product). */
export const COMMISSION_RATE = 0.1;
export const TITLE_MAX_LENGTH = 200;
export const COMMENT_MAX_LENGTH = 500;
/** The EU platform's default currency: prices in any other currency must say so. */
export const PLATFORM_CURRENCY = 'EUR';

// ---------------------------------------------------------------------------------------------------------------
// Back Market fields

export type BmFieldKind = 'text' | 'long-text' | 'url' | 'grams' | 'dimension' | 'money' | 'integer' | 'months' | 'grade' | 'currency' | 'shipper' | 'ean' | 'product-id';
export type BmFieldGroup = 'product' | 'offer' | 'shipping' | 'internal';
/** 'ean-or-product-id': optional alone, but an offer needs one of the two. */
/** 'for-sale': Back Market accepts the offer without it but keeps it offline (the comment: publication_state 0). */
export type BmFieldRequirement = 'required' | 'optional' | 'ean-or-product-id' | 'for-sale';

export interface BmFieldSpec {
  /** The Back Market field name (CSV column), or a Refurb Desk name for internal fields. */
  field: string;
  label: string;
  group: BmFieldGroup;
  kind: BmFieldKind;
  requirement: BmFieldRequirement;
  /** Has its own value per enabled country (the value of country '' applies where a country has none). */
  perCountry: boolean;
  /** Only these countries use it (the DEEE fee is French). */
  onlyCountries?: readonly string[];
  /** Shown in the mapping screen: what the field is for. */
  hint: string;
  /** Displayed but not sent (the base price is not applied when prices are set per country). */
  notApplied?: boolean;
}

const spec = (field: string, label: string, group: BmFieldGroup, kind: BmFieldKind, requirement: BmFieldRequirement, perCountry: boolean, hint: string, extra: Partial<BmFieldSpec> = {}): BmFieldSpec => ({
  field,
  label,
  group,
  kind,
  requirement,
  perCountry,
  hint,
  ...extra,
});

const shipperFields = [1, 2, 3].flatMap((n) => [
  spec(`shipper_${n}`, `Shipper ${n}`, 'shipping', 'shipper', 'optional', false, 'A default shipper for this offer: the carrier value is mapped to Back Market\'s shipper names.'),
  spec(`shipper_display_${n}`, `Shipper ${n} display name`, 'shipping', 'text', 'optional', false, 'The name customers see for this shipping option.'),
  spec(`shipping_price_${n}`, `Shipping ${n} price`, 'shipping', 'money', 'optional', true, 'What the customer pays for this shipping option, in the country\'s currency.'),
  spec(`shipping_delay_${n}`, `Shipping ${n} delay (days)`, 'shipping', 'integer', 'optional', false, 'Delivery time in days.'),
]);

/** Every Back Market field a product or an offer is built from, in the order the mapping screen shows them. */
export const BM_FIELDS: readonly BmFieldSpec[] = [
  spec('brand', 'Brand', 'product', 'text', 'required', false, 'The brand or manufacturer (for example AEG).'),
  spec('image1', 'Image 1', 'product', 'url', 'required', false, 'The address of the main product image.'),
  ...[2, 3, 4, 5, 6].map((n) => spec(`image${n}`, `Image ${n}`, 'product', 'url', 'optional', false, 'An additional product image.')),
  spec('weight', 'Weight (g)', 'product', 'grams', 'required', false, 'The weight in whole grams.'),
  spec('width', 'Width', 'product', 'dimension', 'optional', false, 'Product width.'),
  spec('height', 'Height', 'product', 'dimension', 'optional', false, 'Product height.'),
  spec('depth', 'Depth', 'product', 'dimension', 'optional', false, 'Product depth.'),
  spec('color', 'Colour', 'product', 'text', 'optional', false, 'Product colour.'),
  spec('title', 'Title', 'product', 'text', 'required', true, `The product title in the country's language, at most ${TITLE_MAX_LENGTH} characters. A country of another language than your catalogue's reads the column title_<language> (title_de) unless it has a source of its own.`),
  spec('description', 'Description', 'product', 'long-text', 'required', true, "The product description in the country's language; a country of another language reads description_<language> (description_de) unless it has a source of its own."),
  spec('price_new', 'Price new (MSRP)', 'product', 'money', 'required', true, 'The recommended retail price of the product sold new.'),
  spec('sku', 'SKU', 'offer', 'text', 'required', false, 'Your own unique product identifier, usually your product number.'),
  spec('grade', 'Condition (grade)', 'offer', 'grade', 'required', false, 'Your condition values, mapped to Back Market grades in the condition value map.'),
  spec('quantity', 'Quantity', 'offer', 'integer', 'required', false, 'Stock available for sale.'),
  spec('ean', 'EAN', 'offer', 'ean', 'ean-or-product-id', false, 'Connects the offer to Back Market\'s product; map it or the Back Market product id.'),
  spec('product_id', 'Back Market product id', 'offer', 'product-id', 'ean-or-product-id', false, 'Connects the offer to Back Market\'s product; map it or the EAN.'),
  spec('currency', 'Currency', 'offer', 'currency', 'optional', true, `The currency of your prices; ${PLATFORM_CURRENCY} by default, the market's own currency elsewhere (GBP for the UK, SEK for Sweden).`),
  spec('base_price', 'Price before price rules', 'offer', 'money', 'optional', false, 'Your standard price. Not applied: prices are set per country.', { notApplied: true }),
  spec('price', 'Price', 'offer', 'money', 'required', true, "The selling price in the country's currency."),
  spec('warranty_delay', 'Warranty (months)', 'offer', 'months', 'required', true, `The warranty in months; at least ${WARRANTY_MINIMUM_MONTHS} (the API's rule; the guide's older ${GUIDE_WARRANTY_MINIMUM_MONTHS} no longer holds). A product's warranty_<country> (warranty_fr-be) is that country's own warranty and wins there.`),
  spec('comment', 'Comment', 'offer', 'long-text', 'for-sale', true, `A comment on this offer, at most ${COMMENT_MAX_LENGTH} characters. Back Market keeps an offer without one offline: it is published but nobody can buy it. A country of another language reads comment_<language> (comment_de) unless it has a source of its own. A product's comment_<country> (comment_fr-be) is that country's own comment and wins there.`),
  ...shipperFields,
  spec('deee_price', 'DEEE recycling fee', 'shipping', 'money', 'optional', false, 'The French recycling fee (Déchets d’Équipements Électriques et Électroniques).', { onlyCountries: ['fr-fr'] }),
  spec('cost_price', 'Cost price', 'internal', 'money', 'optional', false, 'Not sent: what the product cost you, to warn when a price leaves less than that after fees.'),
];

export const BM_FIELD_NAMES = BM_FIELDS.map((entry) => entry.field);
export const findBmField = (field: string) => BM_FIELDS.find((entry) => entry.field === field);

/** The key a category attribute is mapped under: `category:<marketplace_category_id>:<field>`. */
export const categoryAttributeKey = (marketplaceCategoryId: number, field: string) => `category:${marketplaceCategoryId}:${field}`;
export const CATEGORY_ATTRIBUTE_KEY = /^category:(-?\d+):([\w.-]{1,200})$/;
export function parseCategoryAttributeKey(key: string): { marketplaceCategoryId: number; field: string } | undefined {
  const match = CATEGORY_ATTRIBUTE_KEY.exec(key);
  return match ? { marketplaceCategoryId: Number(match[1]), field: match[2] as string } : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Sources and value maps

/** Where a Back Market field takes its value from. 'price-matrix' (price only): only the price stored per country in the pricing screen (a stored price also wins over any other source). */
export const fieldSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(PRODUCT_FIELDS) }).strict(),
  z.object({ kind: z.literal('attribute'), name: z.string().trim().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('fixed'), value: z.string().max(20000) }).strict(),
  z.object({ kind: z.literal('price-matrix') }).strict(),
]);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

export const countryCodeSchema = z.string().regex(/^[a-z]{2}-[a-z]{2}$/, 'Not a country code such as fr-fr');

/**
 * A value map's name: 'condition' (→ grade), 'carrier' (→ shipper), 'attribute:<marketplace_category_id>:<field>'
 * (→ an allowed value, used in every market language whose tree has that value) or
 * 'attribute:<marketplace_category_id>:<field>:<language>' (→ an allowed value of that language's tree: a value chosen
 * for fr-fr is not sent to de-de), or 'content-language' (market code → the merchant's LanguageChoice).
 */
export const valueMapNameSchema = z.union([
  z.literal('condition'),
  z.literal('carrier'),
  z.literal('content-language'),
  z.string().regex(/^attribute:-?\d+:[\w.-]{1,200}(:[a-z]{2})?$/, 'Not a value map name'),
]);
export type ValueMapName = 'condition' | 'carrier' | 'content-language' | `attribute:${number}:${string}`;
export const attributeValueMapName = (marketplaceCategoryId: number, field: string, language?: string) =>
  `attribute:${marketplaceCategoryId}:${field}${language ? `:${language}` : ''}` as ValueMapName;
export function parseValueMapName(map: string): { marketplaceCategoryId: number; field: string; language: string | null } | undefined {
  const match = /^attribute:(-?\d+):([\w.-]{1,200})(?::([a-z]{2}))?$/.exec(map);
  return match ? { marketplaceCategoryId: Number(match[1]), field: match[2] as string, language: match[3] ?? null } : undefined;
}

export type MappingSection = 'categories' | 'attributes' | 'conditions' | 'carriers' | 'category-attributes';

// ---------------------------------------------------------------------------------------------------------------
// Category tree and categorisation

export type CategoryAttributeKind = 'decimal' | 'integer' | 'string' | 'multiple-choice';
/** The contract's numeric attribute types, in order 0..3. */
export const CATEGORY_ATTRIBUTE_KINDS: readonly CategoryAttributeKind[] = ['decimal', 'integer', 'string', 'multiple-choice'];

export interface LeafAttribute {
  field: string;
  label: string;
  kind: CategoryAttributeKind;
  required: boolean;
  /** For multiple choice: the accepted values; empty otherwise. */
  allowedValues: string[];
}

export interface CategoryTreeInfo {
  /** When the stored tree was fetched (ISO time), or null when it never was. */
  fetchedAt: string | null;
  nodeCount: number;
  leafCount: number;
  /** The tree in each market language stored (Back Market names values in the language of Accept-Language). */
  languages: { language: string; market: string; fetchedAt: string; leafCount: number }[];
  /** Languages of enabled markets with no stored tree yet: their offers wait until the tree is refreshed. */
  missingLanguages: string[];
}

export interface CategoryHit {
  categoryId: number;
  marketplaceCategoryId: number;
  name: string;
  /** "Électroménager > Cuisine > Micro-ondes". */
  path: string;
  /** The path's English gloss where the glossary knows a term ("Household appliances > Kitchen > Microwave"), or ''. */
  gloss: string;
  isLeaf: boolean;
  requiredAttributes: number;
  optionalAttributes: number;
}

export interface MerchantCategory {
  /** The merchant's own category, as in products.category. */
  merchantCategory: string;
  productCount: number;
  marketplaceCategoryId: number | null;
  /** The mapped leaf as stored in the tree; null when unmapped, or when the leaf is no longer in the stored tree. */
  leaf: CategoryHit | null;
  /** Mapped to an id the stored tree no longer has (or that is not a leaf): map it again. */
  stale: boolean;
  /** The best search hit for the category's own name, when unmapped. */
  suggestion: CategoryHit | null;
  /** Brand rules and products with a leaf of their own in this category, and the stored leaves they send products to. */
  branches?: { brandRules: number; ownLeaves: number; leafIds: number[] };
}

export interface MerchantCategories {
  categories: MerchantCategory[];
  /** What the unmapped categories hold back. */
  unmapped: { categories: number; products: number };
  /** Products without any category that Back Market does not hold yet: they cannot be created there until they have one. */
  uncategorisedProducts: number;
  /** Products without a category that Back Market already holds (imported from the account): they need none to sell. */
  uncategorisedOnBackMarket?: number;
  tree: CategoryTreeInfo;
}

export interface CategoryAttributeRow extends LeafAttribute {
  /** The key to pass to mapping:setField as backMarketField. */
  key: string;
  source: FieldSource | null;
  suggestion: FieldSource | null;
  /** For multiple choice: the value map to fill through mapping:valueMap / mapping:setValue. */
  valueMap: ValueMapName | null;
}

export interface CategoryAttributes {
  marketplaceCategoryId: number;
  path: string;
  gloss: string;
  merchantCategories: string[];
  productCount: number;
  attributes: CategoryAttributeRow[];
}

// ---------------------------------------------------------------------------------------------------------------
// Field mapping

export interface MarketCountry {
  code: string;
  currency: string;
  language: string;
}

export interface FieldMappingRow extends BmFieldSpec {
  /** The source for every country (or the only one, for a field that is not per country). */
  source: FieldSource | null;
  /** Per-country sources that replace `source` for that country. */
  countrySources: Record<string, FieldSource>;
  /** What Refurb Desk would map it to, from the catalogue's own fields and attribute names. */
  suggestion: FieldSource | null;
  /** Per enabled country, what Refurb Desk would map it to there (the comment in the market's language). */
  countrySuggestions?: Record<string, FieldSource>;
}

export interface FieldMappings {
  fields: FieldMappingRow[];
  countries: MarketCountry[];
  /** Free attribute names found in the catalogue, for the source picker. */
  attributeNames: string[];
  warrantyMinimumMonths: number;
}

export interface ValueMapEntry {
  merchantValue: string;
  /** How many products (or, for carriers, uses) carry this value; 0 for a value only typed in. */
  count: number;
  target: string | null;
  suggestion: string | null;
}

export interface ValueMapView {
  map: ValueMapName;
  /** For an attribute map of one market language: that language; null (or left out) for a map of every language. */
  language?: string | null;
  /** The market languages of the enabled markets, when they are several: an attribute's values are mapped per language. */
  languages?: string[];
  entries: ValueMapEntry[];
  /** The values a target may take: grades, shipper names, or the attribute's allowed values. */
  targets: string[];
}

export interface MerchantValueCount {
  value: string;
  count: number;
}

export interface CountryCompleteness {
  country: string;
  currency: string;
  /** Required Back Market fields (product, offer, and the mapped leaves' required attributes) for this country. */
  required: number;
  mapped: number;
  /** mapped / required, 0..1. */
  ratio: number;
  missing: { field: string; label: string; section: MappingSection }[];
}

export interface Completeness {
  countries: CountryCompleteness[];
}

// ---------------------------------------------------------------------------------------------------------------
// Problems and readiness

export type ProblemCode =
  | 'required-missing'
  | 'ean-check-digit'
  | 'ean-format'
  | 'no-ean-or-product-id'
  | 'product-id-format'
  | 'value-not-allowed'
  | 'not-a-number'
  | 'not-an-integer'
  | 'warranty-too-short'
  | 'weight-invalid'
  | 'price-invalid'
  | 'title-too-long'
  | 'comment-too-long'
  | 'category-unmapped'
  | 'category-stale'
  | 'condition-unmapped'
  | 'shipper-unmapped'
  | 'currency-mismatch'
  /** A market in another currency would read the catalogue's EUR price as it is. */
  | 'price-currency'
  | 'tree-language-missing'
  | 'content-language';

/**
 * Where the merchant fixes a problem. 'product-field': a core field (ProductField name) or free attribute (its header) of
 * the product, or `price:<country>` for the price stored in the price matrix. 'mapping': a section of the mapping screens;
 * key is the Back Market field, the merchant category, the merchant value (conditions, carriers) or the
 * category-attribute key / value map name.
 */
export type ProblemFix =
  | { kind: 'product-field'; field: string }
  | { kind: 'mapping'; section: MappingSection; key?: string };

export interface Problem {
  code: ProblemCode;
  /** The country the problem is about, or null when it holds for every country. */
  country: string | null;
  /** The Back Market field at fault. */
  field: string;
  /** What is wrong and how to fix it, in English (logs, the CLI, the held-back reason stored for the sync). */
  message: string;
  /** The same as a code and its values, for the renderer to word in the merchant's language. */
  said: MerchantMessage;
  fix: ProblemFix;
}

export interface CountryProblems {
  country: string;
  ready: boolean;
  problems: Problem[];
}

export interface ProductProblems {
  productId: number;
  productNumber: string;
  countries: CountryProblems[];
  /**
   * The markets where Back Market already holds this product's listing (accepted from Refurb Desk or adopted from the
   * account): there only what updating the listing needs is checked, not what creating the product would.
   */
  listingHeldIn?: string[];
}

export interface CountryReadiness {
  country: string;
  ready: number;
  notReady: number;
}

export interface Readiness {
  countries: CountryReadiness[];
  total: number;
  /** When the cache was last recomputed in full (ISO time). */
  computedAt: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Pricing

export interface PriceBreakdown {
  price: number;
  commission: number;
  /** The first shipping option's price, which the merchant pays. */
  shipping: number;
  /** The French recycling fee; 0 elsewhere. */
  deee: number;
  /** What the merchant keeps: price - commission - shipping - DEEE. */
  keeps: number;
}

export interface PriceCell {
  price: number | null;
  /** 'stored': set in the price matrix; 'mapped': from the mapped field; 'none': no price. */
  origin: 'stored' | 'mapped' | 'none';
  breakdown: PriceBreakdown | null;
  /** The merchant keeps less than the mapped cost price. */
  belowCost: boolean;
  /** A problem with the price itself (not positive, more than 2 decimals). */
  problem: string | null;
}

export interface PriceRow {
  productId: number;
  productNumber: string;
  title: string | null;
  /** The catalogue price: shown, not applied. */
  basePrice: number | null;
  costPrice: number | null;
  prices: Record<string, PriceCell>;
}

export interface PriceMatrix {
  countries: MarketCountry[];
  rows: PriceRow[];
  total: number;
  commissionRate: number;
  /** Countries whose price is mapped to the catalogue price (EUR) while they sell in another currency: no price is read there until filled with a rate. */
  catalogueCurrencyCountries?: string[];
}

/** Which products a bulk price action applies to: a selection, or every product a catalogue filter finds. */
export const priceTargetSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }).strict(),
  z.object({ filter: productQuerySchema.omit({ offset: true, limit: true, sort: true }) }).strict(),
]);
export type PriceTarget = z.infer<typeof priceTargetSchema>;

export const priceBulkSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('copy'),
      /** A country's price, or 'base': the catalogue price (a starting point, converted by nothing). */
      from: z.union([countryCodeSchema, z.literal('base')]),
      to: z.array(countryCodeSchema).min(1),
      target: priceTargetSchema,
    })
    .strict(),
  z
    .object({
      action: z.literal('percent'),
      /** +5 raises by 5%, -10 lowers by 10%; results are rounded to the cent. */
      percent: z.number().finite().min(-99).max(1000),
      countries: z.array(countryCodeSchema).min(1),
      target: priceTargetSchema,
    })
    .strict(),
]);
export type PriceBulk = z.infer<typeof priceBulkSchema>;

export const priceMatrixQuerySchema = productQuerySchema.pick({ search: true, category: true, brand: true, condition: true, offset: true, limit: true });

// ---------------------------------------------------------------------------------------------------------------
// Export / import

export const MAPPING_FILE_FORMAT = 'refurb-desk-mapping';
export const MAPPING_FILE_VERSION = 1;

export const mappingFileSchema = z
  .object({
    format: z.literal(MAPPING_FILE_FORMAT, { message: 'This is not a Refurb Desk mapping file.' }),
    version: z.literal(MAPPING_FILE_VERSION, { message: `Only mapping files of version ${MAPPING_FILE_VERSION} can be imported; export it again from an up-to-date Refurb Desk.` }),
    exportedAt: z.string().optional(),
    categories: z.array(z.object({ merchantCategory: z.string().min(1).max(500), marketplaceCategoryId: z.number().int() }).strict()).max(100_000),
    fields: z.array(z.object({ backMarketField: z.string().min(1).max(300), country: z.union([countryCodeSchema, z.literal('')]), source: fieldSourceSchema }).strict()).max(100_000),
    values: z.array(z.object({ map: valueMapNameSchema, merchantValue: z.string().min(1).max(500), target: z.string().min(1).max(500) }).strict()).max(100_000),
    /** A category's brands sent to their own leaves; absent from files exported before brand rules existed. */
    brandRules: z.array(z.object({ merchantCategory: z.string().min(1).max(500), brand: z.string().trim().min(1).max(200), marketplaceCategoryId: z.number().int() }).strict()).max(100_000).optional(),
    /** Products sent to a leaf of their own, by product number. */
    productLeaves: z.array(z.object({ productNumber: z.string().trim().min(1).max(200), marketplaceCategoryId: z.number().int() }).strict()).max(100_000).optional(),
  })
  .strict();
export type MappingFile = z.infer<typeof mappingFileSchema>;

export interface MappingExport {
  fileName: string;
  content: string;
}

export interface MappingImportReport {
  categories: number;
  fields: number;
  values: number;
  /** Products marked pending because what they send changed. */
  affectedProducts: number;
}

/** What a mapping change did. */
export interface MappingChange {
  /** Products marked pending: what they send to Back Market changed. */
  affectedProducts: number;
}

export type { Grade, Shipper };
