// Compiles a mapping snapshot once into lookups the engine reads per product, so validating 800,000 product-countries
// does no parsing or searching of the mapping itself.
import { BM_FIELDS, categoryAttributeKey, attributeValueMapName, type BmFieldSpec, type FieldSource, type LeafAttribute, type MarketCountry } from '../mapping';
import type { ProductField } from '../catalogue';
import type { MappingSnapshot, StoredLeaf } from './types';

export interface MappedField {
  spec: BmFieldSpec;
  source: FieldSource | null;
}

/** A per-country field's source shared by several countries: the verdict checks it once for all of them. */
export interface SharedField extends MappedField {
  countries: CountryContext[];
  /** The countries' bits. */
  mask: number;
}

export interface CountryContext {
  country: MarketCountry;
  /** Position in ValidationContext.countries: the bit of this country in a verdict's mask. */
  index: number;
  /** Per-country fields with the source that applies in this country. */
  fields: MappedField[];
}

export interface CompiledAttribute {
  attribute: LeafAttribute;
  key: string;
  source: FieldSource | null;
  /** For multiple choice: merchant value -> allowed value, and the allowed values for an exact or case-insensitive match. */
  valueMap: ReadonlyMap<string, string>;
  allowed: ReadonlySet<string>;
  allowedFolded: ReadonlyMap<string, string>;
  valueMapName: string;
}

export interface CompiledLeaf extends StoredLeaf {
  compiled: CompiledAttribute[];
}

export interface ValidationContext {
  countries: CountryContext[];
  /** Fields with one value for every country. */
  baseFields: MappedField[];
  /** Per-country fields grouped by the source the countries share. */
  sharedFields: SharedField[];
  categories: ReadonlyMap<string, number>;
  leaves: ReadonlyMap<number, CompiledLeaf>;
  conditionMap: ReadonlyMap<string, string>;
  carrierMap: ReadonlyMap<string, string>;
  warrantyMinimumMonths: number;
  /** True when any source reads a free attribute: the caller must then give products their parsed attributes. */
  usesAttributes: boolean;
  /** The core product fields the engine reads (category and the mapped ones), so a bulk read selects only those columns. */
  productFields: ProductField[];
}

const sourceKey = (field: string, country: string) => `${field}\u0000${country}`;

export function compileContext(snapshot: MappingSnapshot): ValidationContext {
  const sources = new Map<string, FieldSource>();
  for (const entry of snapshot.fields) sources.set(sourceKey(entry.backMarketField, entry.country), entry.source);
  const sourceOf = (field: string, country: string): FieldSource | null => sources.get(sourceKey(field, country)) ?? sources.get(sourceKey(field, '')) ?? null;

  const valueMaps = new Map<string, Map<string, string>>();
  for (const entry of snapshot.values) {
    let map = valueMaps.get(entry.map);
    if (!map) valueMaps.set(entry.map, (map = new Map()));
    map.set(entry.merchantValue, entry.target);
  }

  const baseFields = BM_FIELDS.filter((spec) => !spec.perCountry).map((spec) => ({ spec, source: sourceOf(spec.field, '') }));
  const countries = snapshot.countries.map((country, index) => ({
    country,
    index,
    fields: BM_FIELDS.filter((spec) => spec.perCountry).map((spec) => ({ spec, source: sourceOf(spec.field, country.code) })),
  }));

  const sharedFields: SharedField[] = [];
  for (const country of countries) {
    for (const mapped of country.fields) {
      const group = sharedFields.find((entry) => entry.spec === mapped.spec && entry.source === mapped.source);
      if (group) {
        group.countries.push(country);
        group.mask |= 1 << country.index;
      } else sharedFields.push({ ...mapped, countries: [country], mask: 1 << country.index });
    }
  }

  const leaves = new Map<number, CompiledLeaf>();
  for (const leaf of Object.values(snapshot.leaves)) {
    const compiled = leaf.attributes.map((attribute): CompiledAttribute => {
      const valueMapName = attributeValueMapName(leaf.marketplaceCategoryId, attribute.field);
      return {
        attribute,
        key: categoryAttributeKey(leaf.marketplaceCategoryId, attribute.field),
        source: sourceOf(categoryAttributeKey(leaf.marketplaceCategoryId, attribute.field), ''),
        valueMap: valueMaps.get(valueMapName) ?? new Map(),
        allowed: new Set(attribute.allowedValues),
        allowedFolded: new Map(attribute.allowedValues.map((value) => [value.toLowerCase(), value])),
        valueMapName,
      };
    });
    leaves.set(leaf.marketplaceCategoryId, { ...leaf, compiled });
  }

  const allSources = [...sources.values()];
  return {
    countries,
    baseFields,
    sharedFields,
    categories: new Map(Object.entries(snapshot.categories)),
    leaves,
    conditionMap: valueMaps.get('condition') ?? new Map(),
    carrierMap: valueMaps.get('carrier') ?? new Map(),
    warrantyMinimumMonths: snapshot.warrantyMinimumMonths,
    usesAttributes: allSources.some((source) => source.kind === 'attribute'),
    productFields: [...new Set<ProductField>(['productNumber', 'category', ...allSources.flatMap((source) => (source.kind === 'field' ? [source.field] : []))])],
  };
}
