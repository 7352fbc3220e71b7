// The contract entries of categorisation, attribute and carrier mapping, readiness and per-country pricing.
// shared/contract.ts spreads them into the one contract; the same `returns` idiom carries each result type.
import { z } from 'zod';
import {
  countryCodeSchema,
  fieldSourceSchema,
  priceBulkSchema,
  priceMatrixQuerySchema,
  valueMapNameSchema,
  type CategoryAttributes,
  type CategoryHit,
  type CategoryTreeInfo,
  type Completeness,
  type FieldMappings,
  type MappingChange,
  type MappingExport,
  type MappingImportReport,
  type MerchantCategories,
  type MerchantCategory,
  type MerchantValueCount,
  type PriceMatrix,
  type PriceRow,
  type ProductProblems,
  type Readiness,
  type ValueMapView,
} from '../mapping';
import type { MappingSnapshot } from '../validation';

const returns = <T>() => undefined as unknown as T;
const empty = z.object({}).strict();
const productId = z.number().int().positive();
const marketplaceCategoryId = z.number().int();

export const mappingCalls = {
  /** The stored tree's date and size; refresh: true fetches it again from Back Market first. */
  'mapping:categoryTree': { input: z.object({ refresh: z.boolean().optional() }).strict(), result: returns<CategoryTreeInfo>() },
  /** Type-ahead over the stored tree's full paths, English gloss, names in the other stored languages and the six languages' words for them, accent- and case-insensitive. */
  'mapping:searchCategories': {
    input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20), leavesOnly: z.boolean().default(true) }).strict(),
    result: returns<CategoryHit[]>(),
  },
  'mapping:merchantCategories': { input: empty, result: returns<MerchantCategories>() },
  'mapping:setCategory': {
    input: z.object({ merchantCategory: z.string().min(1).max(500), marketplaceCategoryId: marketplaceCategoryId.nullable() }).strict(),
    result: returns<MerchantCategory & MappingChange>(),
  },
  /** A mapped leaf's attributes with their sources; set them with mapping:setField and the row's key. */
  'mapping:categoryAttributes': { input: z.object({ marketplaceCategoryId }).strict(), result: returns<CategoryAttributes>() },

  'mapping:fields': { input: empty, result: returns<FieldMappings>() },
  /** backMarketField: a Back Market field (BM_FIELDS) or a category attribute key; country: for per-country fields; source null unmaps. */
  'mapping:setField': {
    input: z
      .object({
        backMarketField: z.string().min(1).max(300),
        country: countryCodeSchema.optional(),
        source: fieldSourceSchema.nullable(),
      })
      .strict(),
    result: returns<MappingChange>(),
  },
  /** Maps every unmapped field to its suggestion; mapped fields are left as they are. */
  'mapping:applySuggestions': { input: empty, result: returns<MappingChange & { applied: number }>() },

  'mapping:valueMap': { input: z.object({ map: valueMapNameSchema }).strict(), result: returns<ValueMapView>() },
  /** target null removes the entry; a carrier typed in is added with this call too. */
  'mapping:setValue': {
    input: z.object({ map: valueMapNameSchema, merchantValue: z.string().trim().min(1).max(500), target: z.string().min(1).max(500).nullable() }).strict(),
    result: returns<MappingChange>(),
  },
  /** Distinct values of a catalogue field or attribute, with how many products carry each. */
  'mapping:merchantValues': {
    input: z.object({ source: fieldSourceSchema, limit: z.number().int().min(1).max(5000).default(500) }).strict(),
    result: returns<MerchantValueCount[]>(),
  },

  'mapping:completeness': { input: empty, result: returns<Completeness>() },
  'mapping:problems': { input: z.object({ productId }).strict(), result: returns<ProductProblems>() },
  'mapping:readiness': { input: empty, result: returns<Readiness>() },
  /** Everything the shared validation engine needs to check a product in the renderer, as main loads it for its own checks. */
  'mapping:snapshot': { input: empty, result: returns<MappingSnapshot>() },

  'mapping:export': { input: empty, result: returns<MappingExport>() },
  'mapping:import': { input: z.object({ content: z.string().min(1).max(20 * 1024 * 1024) }).strict(), result: returns<MappingImportReport>() },

  'pricing:matrix': { input: priceMatrixQuerySchema, result: returns<PriceMatrix>() },
  /** price null removes the stored price, so the mapped source applies again. */
  'pricing:setPrice': {
    input: z.object({ productId, country: countryCodeSchema, price: z.number().finite().positive().max(1_000_000).nullable() }).strict(),
    result: returns<PriceRow>(),
  },
  'pricing:bulk': { input: priceBulkSchema, result: returns<{ updated: number }>() },
} as const;
