// The merchant's own catalogue: product fields, queries and import/export shapes shared by main and renderer.
import { z } from 'zod';
import type { ColumnStop, EncodingChoice, UnitConversion } from './csv-import';
import { MEASURE_UNITS } from './units';
import type { MerchantMessage } from './messages/merchant-message';

/** Core product fields, in the order the grid, the form and the CSV export show them. */
export const PRODUCT_FIELDS = [
  'productNumber',
  'parentNumber',
  'title',
  'description',
  'ean',
  'backmarketId',
  'brand',
  'category',
  'condition',
  'stock',
  'price',
  'weightGrams',
  'colour',
  'storage',
  'size',
  'widthCm',
  'heightCm',
  'depthCm',
  'image1',
  'image2',
  'image3',
  'image4',
  'image5',
  'image6',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export const NUMERIC_FIELDS = ['stock', 'price', 'weightGrams', 'widthCm', 'heightCm', 'depthCm'] as const satisfies readonly ProductField[];
export type NumericField = (typeof NUMERIC_FIELDS)[number];
export const isNumericField = (field: string): field is NumericField => (NUMERIC_FIELDS as readonly string[]).includes(field);

/** Fields a merchant may change from the grid or the bulk editor (the product number is the key and stays). */
export const EDITABLE_FIELDS = PRODUCT_FIELDS.filter((field) => field !== 'productNumber' && field !== 'parentNumber');
export type EditableField = Exclude<ProductField, 'productNumber' | 'parentNumber'>;

export interface Product {
  id: number;
  productNumber: string;
  parentNumber: string | null;
  title: string | null;
  description: string | null;
  ean: string | null;
  backmarketId: string | null;
  brand: string | null;
  category: string | null;
  condition: string | null;
  stock: number | null;
  price: number | null;
  weightGrams: number | null;
  colour: string | null;
  storage: string | null;
  size: string | null;
  widthCm: number | null;
  heightCm: number | null;
  depthCm: number | null;
  image1: string | null;
  image2: string | null;
  image3: string | null;
  image4: string | null;
  image5: string | null;
  image6: string | null;
  /** Any other column the merchant's file had, by its header. */
  attributes: Record<string, string>;
  updatedAt: string;
  /** True while the product has changes that were not yet synced to Back Market. */
  pending: boolean;
}

/** A grid row: a product plus how many variations it holds. */
export interface ProductRow extends Product {
  childCount: number;
  /**
   * Back Market holds an offer of it (published in a market, sent by Refurb Desk or taken over from the account): the
   * grid may say "Synced" only then, never for a product that was never sent. Undefined where not read.
   */
  onBackMarket?: boolean;
  /**
   * The Catalogue's Sync column, from the same facts as the Listings grid and the header (its offers in the enabled
   * markets): undefined for a parent of variations (not an offer) and where not read.
   */
  sync?: CatalogueSync;
}

/**
 * Where a product's offers stand, all enabled markets together, the most pressing first: held back by the pre-flight
 * check or the review (in any market), refused by Back Market, pending (a change waits for the next sync, or was sent
 * and is not answered yet), sent but not read back yet, published in some markets and never sent in others, never
 * sent, or synced (Back Market holds what was sent, in every market not kept off by choice).
 */
export const CATALOGUE_SYNC_STATES = ['held-back', 'refused', 'pending', 'unconfirmed', 'partly-sent', 'not-sent', 'synced'] as const;
export type CatalogueSync = (typeof CATALOGUE_SYNC_STATES)[number];

export interface ProductPage {
  rows: ProductRow[];
  total: number;
}

export const SORTABLE_COLUMNS = [...PRODUCT_FIELDS, 'updatedAt'] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

export const productQuerySchema = z.object({
  search: z.string().max(200).optional(),
  category: z.string().max(500).optional(),
  brand: z.string().max(200).optional(),
  condition: z.string().max(100).optional(),
  /** Any of these conditions: one grade the catalogue holds in two spellings (the merchant's « Bon », an import's GOOD). */
  conditions: z.array(z.string().max(100)).min(1).max(20).optional(),
  hasEan: z.boolean().optional(),
  pendingOnly: z.boolean().optional(),
  /** Ready (or not ready) for one country, as the mapping's validation last found it. */
  readiness: z.object({ country: z.string().regex(/^[a-z]{2}-[a-z]{2}$/), ready: z.boolean() }).strict().optional(),
  /** Variations of this parent; without it, top-level products (parents and standalone products). */
  parentId: z.number().int().positive().optional(),
  sort: z.object({ column: z.enum(SORTABLE_COLUMNS), direction: z.enum(['asc', 'desc']) }).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ProductQuery = z.input<typeof productQuerySchema>;

export interface CatalogueFacets {
  categories: string[];
  brands: string[];
  conditions: string[];
  total: number;
  pending: number;
}

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const optionalNumber = z.number().finite().nullable().optional();

/** A product as the form submits it: every field optional except the product number. */
export const productInputSchema = z.object({
  productNumber: z.string().trim().min(1).max(100),
  parentNumber: optionalText(100),
  title: optionalText(500),
  description: optionalText(20000),
  ean: optionalText(20),
  backmarketId: optionalText(64),
  brand: optionalText(200),
  category: optionalText(500),
  condition: optionalText(100),
  stock: optionalNumber,
  price: optionalNumber,
  weightGrams: optionalNumber,
  colour: optionalText(100),
  storage: optionalText(100),
  size: optionalText(100),
  widthCm: optionalNumber,
  heightCm: optionalNumber,
  depthCm: optionalNumber,
  image1: optionalText(2000),
  image2: optionalText(2000),
  image3: optionalText(2000),
  image4: optionalText(2000),
  image5: optionalText(2000),
  image6: optionalText(2000),
  attributes: z.record(z.string().max(200), z.string().max(20000)).optional(),
});
export type ProductInput = z.input<typeof productInputSchema>;

/** What a CSV column is imported as: a core field, a free attribute under its header, or nothing. */
export const columnTargetSchema = z.union([
  /** `unit`: what a weight or dimension column's numbers are in, converted to grams or centimetres on import. */
  z.object({ kind: z.literal('field'), field: z.enum(PRODUCT_FIELDS), unit: z.enum(MEASURE_UNITS).optional() }),
  z.object({ kind: z.literal('attribute'), name: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('ignore') }),
]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;
export const CSV_ENCODINGS = ['utf-8', 'utf-16', 'windows-1252', 'iso-8859-15', 'iso-8859-1'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export const csvReadOptionsSchema = z.object({
  /** Omitted: detected from the file. */
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  encoding: z.enum(CSV_ENCODINGS).optional(),
});
export type { ColumnStop, EncodingChoice, UnitConversion };
export type CsvReadOptions = z.input<typeof csvReadOptionsSchema>;

export interface ImportPreview {
  fileId: string;
  fileName: string;
  sizeBytes: number;
  delimiter: CsvDelimiter;
  encoding: CsvEncoding;
  /** Why the file is read in that encoding. */
  encodingChoice: EncodingChoice;
  headers: string[];
  /** The first rows, as text, for the merchant to check the columns. */
  sampleRows: string[][];
  /** One suggestion per header, in header order. */
  suggestedMapping: ColumnTarget[];
  /** The grades the merchant's condition values already map to (condition value map), for the preview. */
  conditionGrades: Record<string, string>;
}

export interface RejectedRow {
  /** The row a spreadsheet shows the record on (the header is row 1): a cell holding a line break does not shift it. */
  row: number;
  /** 1-based line of the file the record starts on, for a text editor. */
  line: number;
  /** The header of the column at fault, or null when the whole row is at fault. */
  field: string | null;
  /** Why, in English (logs, the CLI). */
  reason: string;
  /** The same as a code, for the report to word in the merchant's language. */
  said?: MerchantMessage;
}

export interface ImportReport {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  /** How many rejected rows exist in all, when the list was cut for size. */
  rejectedTotal: number;
  durationMs: number;
  /** The encoding the file was read in. */
  encoding: CsvEncoding;
  /** Weight and dimension columns converted to the stored unit. */
  conversions: UnitConversion[];
  /** Not empty when the import stopped before writing anything: these columns would be refused on most rows. */
  stopped: ColumnStop[];
  /** Product numbers found on more than one row, and the row the policy kept. */
  duplicates: DuplicateRows[];
  duplicatesTotal: number;
  /** Rows imported with something the merchant should know (as codes, worded by the renderer). */
  warnings: ImportWarning[];
  warningsTotal: number;
  /**
   * Markets where a row's new price is not the one the sync sends: the merchant set another price for the product in
   * that market's box of the price grid (the Prices screen), which wins over the catalogue price. Boxes Refurb Desk
   * filled itself (a price kept in the existing-account review) take the file's price and are not listed.
   */
  gridPricesKept: GridPriceKept[];
  gridPricesKeptTotal: number;
  /**
   * Rows whose product number the catalogue holds spelled in another case ('bm-1' for 'BM-1'): Back Market matches SKUs
   * whatever their case, so the row updated that product (counted in updated or unchanged), which keeps its spelling.
   */
  otherCase: OtherCaseRow[];
  otherCaseTotal: number;
}

export interface GridPriceKept {
  row: number;
  productNumber: string;
  country: string;
  /** The box's price (the market's currency), the one the sync sends. */
  gridPrice: number;
  /** The file's price (the catalogue price, EUR). */
  filePrice: number;
}

export interface OtherCaseRow {
  row: number;
  /** As the file spells it. */
  fileNumber: string;
  /** As the catalogue spells it (and Back Market knows it). */
  catalogueNumber: string;
}

/** What to do with a product number repeated in the file: a spreadsheet export's usual meaning is that the later row wins. */
export const DUPLICATE_POLICIES = ['last-wins', 'first-wins', 'reject'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];
export const duplicatePolicySchema = z.enum(DUPLICATE_POLICIES);

export interface DuplicateRows {
  productNumber: string;
  /** Every row holding it, in file order (spreadsheet rows). */
  rows: number[];
  /** The row imported; with 'reject', the first row is imported and the repeats are listed as rejected rows. */
  keptRow: number;
}

export interface ImportWarning {
  row: number;
  productNumber: string;
  /** 'no-ean-or-product-id': imported, but Back Market cannot match the offer to its product until one is given. */
  code: 'no-ean-or-product-id';
}

export interface ImportProgress {
  fileId: string;
  phase: 'reading' | 'writing' | 'done';
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface CsvExport {
  fileName: string;
  /** UTF-8 text with a BOM, semicolon-delimited, ready to save as .csv. */
  content: string;
  rowCount: number;
}
