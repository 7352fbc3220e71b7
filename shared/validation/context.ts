// Compiles a mapping snapshot once into lookups the engine reads per product, so validating 800,000 product-countries
// does no parsing or searching of the mapping itself.
import { BM_FIELDS, categoryAttributeKey, attributeValueMapName, type BmFieldSpec, type FieldSource, type LeafAttribute, type MarketCountry } from '../mapping';
import type { ProductField } from '../catalogue';
import { catalogueLanguageOf, contentColumn, isContentField, isMarketOwnField, LANGUAGE_CHOICE_MAP, treeLanguageOf, type LanguageChoice } from '../market-language';
import { brandKey, type LeafRules } from './leaf-of';
import type { MappingSnapshot, StoredLeaf } from './types';

/**
 * A text (title, description, comment) of a market whose language is not the catalogue's: its own source (the market's
 * mapping, else the catalogue column title_<language>), and the catalogue's text used where a product has none.
 */
export interface ContentLanguage {
  language: string;
  catalogueLanguage: string;
  own: FieldSource;
  /** The source every market shares (in the catalogue's language), or null when none is mapped. */
  fallback: FieldSource | null;
  choice: LanguageChoice | null;
  /**
   * True when `own` is the catalogue column (the market has no mapping of its own): a product without that column's
   * text falls back to the catalogue's. A market's own mapping left empty falls back only once the merchant chose it.
   */
  implicit: boolean;
}

/** Whether a market text missing in its own language is replaced by the catalogue's. */
export const fallsBack = (content: ContentLanguage): boolean => content.fallback !== null && content.choice !== 'fill' && (content.implicit || content.choice === 'fallback');

export interface MappedField {
  spec: BmFieldSpec;
  source: FieldSource | null;
  /** Set for a text of a market written in another language than the catalogue. */
  content?: ContentLanguage;
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
  /** The language Back Market names this market's categories and values in (its Accept-Language's). */
  treeLanguage: string;
}

/** A multiple-choice attribute's values as one market language's tree has them. */
export interface LanguageValues {
  language: string;
  /** The bits of the countries reading this language's tree. */
  mask: number;
  countries: CountryContext[];
  /** The attribute as that language's tree has it; undefined when the tree (or the leaf in it) is not stored. */
  attribute: LeafAttribute | undefined;
  /** Merchant value -> allowed value: the language's own map over the shared map's entries that are values of this language. */
  valueMap: ReadonlyMap<string, string>;
  allowed: ReadonlySet<string>;
  allowedFolded: ReadonlyMap<string, string>;
  valueMapName: string;
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
  /** For multiple choice: the values per market language (one entry covering every country without per-language trees). */
  languages: LanguageValues[];
}

export interface CompiledLeaf extends StoredLeaf {
  compiled: CompiledAttribute[];
  /** Market languages whose stored tree lacks this leaf: the values there are not known. */
  missingLanguages: { language: string; mask: number; countries: CountryContext[] }[];
}

export interface ValidationContext extends LeafRules {
  countries: CountryContext[];
  /** Fields with one value for every country. */
  baseFields: MappedField[];
  /** Per-country fields grouped by the source the countries share. */
  sharedFields: SharedField[];
  leaves: ReadonlyMap<number, CompiledLeaf>;
  conditionMap: ReadonlyMap<string, string>;
  carrierMap: ReadonlyMap<string, string>;
  warrantyMinimumMonths: number;
  /** True when any source reads a free attribute: the caller must then give products their parsed attributes. */
  usesAttributes: boolean;
  /** The core product fields the engine reads (category and the mapped ones), so a bulk read selects only those columns. */
  productFields: ProductField[];
  /** The language of the catalogue's own texts (the first market's). */
  catalogueLanguage: string;
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

  const catalogueLanguage = catalogueLanguageOf(snapshot.countries);
  const choices = valueMaps.get(LANGUAGE_CHOICE_MAP) ?? new Map<string, string>();
  /** A market text in the market's own language first, the catalogue's where the product has none. */
  const fieldFor = (spec: BmFieldSpec, country: MarketCountry): MappedField => {
    const shared = sourceOf(spec.field, '');
    if (!isContentField(spec.field) || country.language === catalogueLanguage) return { spec, source: sourceOf(spec.field, country.code) };
    const mapped = sources.get(sourceKey(spec.field, country.code));
    const own: FieldSource = mapped ?? { kind: 'attribute', name: contentColumn(spec.field, country.language) };
    const choice = choices.get(country.code);
    return {
      spec,
      source: own,
      content: { language: country.language, catalogueLanguage, own, fallback: shared, choice: choice === 'fallback' || choice === 'fill' ? choice : null, implicit: mapped === undefined },
    };
  };

  const baseFields = BM_FIELDS.filter((spec) => !spec.perCountry).map((spec) => ({ spec, source: sourceOf(spec.field, '') }));
  const countries = snapshot.countries.map((country, index) => ({
    country,
    index,
    fields: BM_FIELDS.filter((spec) => spec.perCountry).map((spec) => fieldFor(spec, country)),
    treeLanguage: treeLanguageOf(country.code),
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

  // The countries per tree language, in the order the merchant chose them.
  const byLanguage = new Map<string, CountryContext[]>();
  for (const country of countries) {
    const group = byLanguage.get(country.treeLanguage);
    if (group) group.push(country);
    else byLanguage.set(country.treeLanguage, [country]);
  }

  const leaves = new Map<number, CompiledLeaf>();
  for (const leaf of Object.values(snapshot.leaves)) {
    const compiled = leaf.attributes.map((attribute): CompiledAttribute => {
      const valueMapName = attributeValueMapName(leaf.marketplaceCategoryId, attribute.field);
      const shared = valueMaps.get(valueMapName) ?? new Map<string, string>();
      const languageValues = (language: string, group: CountryContext[], own: LeafAttribute | undefined, name: string): LanguageValues => {
        const allowed = new Set(own?.allowedValues ?? []);
        const allowedFolded = new Map((own?.allowedValues ?? []).map((value) => [value.toLowerCase(), value]));
        // A shared entry applies where its target is a value of this language; the language's own entries win.
        const valueMap = new Map([...shared].filter(([, target]) => allowed.has(target) || allowedFolded.has(target.toLowerCase())));
        if (name !== valueMapName) for (const [value, target] of valueMaps.get(name) ?? []) valueMap.set(value, target);
        return { language, mask: group.reduce((mask, country) => mask | (1 << country.index), 0), countries: group, attribute: own, valueMap, allowed, allowedFolded, valueMapName: name };
      };
      const languages =
        attribute.kind !== 'multiple-choice'
          ? []
          : snapshot.leafLanguages === undefined
            ? [languageValues('', countries, attribute, valueMapName)]
            : [...byLanguage].map(([language, group]) =>
                languageValues(
                  language,
                  group,
                  snapshot.leafLanguages?.[language]?.[leaf.marketplaceCategoryId]?.attributes.find((entry) => entry.field === attribute.field),
                  attributeValueMapName(leaf.marketplaceCategoryId, attribute.field, language),
                ),
              );
      return {
        attribute,
        key: categoryAttributeKey(leaf.marketplaceCategoryId, attribute.field),
        source: sourceOf(categoryAttributeKey(leaf.marketplaceCategoryId, attribute.field), ''),
        valueMap: shared,
        allowed: new Set(attribute.allowedValues),
        allowedFolded: new Map(attribute.allowedValues.map((value) => [value.toLowerCase(), value])),
        valueMapName,
        languages,
      };
    });
    leaves.set(leaf.marketplaceCategoryId, { ...leaf, compiled, missingLanguages: missingLanguagesOf(snapshot, byLanguage, leaf.marketplaceCategoryId) });
  }

  const allSources = [...sources.values(), ...countries.flatMap((country) => country.fields.flatMap((field) => (field.content ? [field.content.own] : [])))];
  return {
    countries,
    baseFields,
    sharedFields,
    categories: new Map(Object.entries(snapshot.categories)),
    brandRules: new Map(Object.entries(snapshot.brandRules ?? {}).map(([category, rules]) => [category, new Map(Object.entries(rules).map(([brand, leaf]) => [brandKey(brand), leaf]))])),
    productLeaves: new Map(Object.entries(snapshot.productLeaves ?? {})),
    leaves,
    conditionMap: valueMaps.get('condition') ?? new Map(),
    carrierMap: valueMaps.get('carrier') ?? new Map(),
    warrantyMinimumMonths: snapshot.warrantyMinimumMonths,
    // A mapped comment or warranty may be overridden per market by a free attribute (marketOwnColumn).
    usesAttributes: allSources.some((source) => source.kind === 'attribute') || snapshot.fields.some((entry) => isMarketOwnField(entry.backMarketField)),
    productFields: [...new Set<ProductField>(['productNumber', 'category', ...(Object.keys(snapshot.brandRules ?? {}).length > 0 ? (['brand'] as const) : []), ...allSources.flatMap((source) => (source.kind === 'field' ? [source.field] : []))])],
    catalogueLanguage,
  };
}

/** The tree languages of enabled markets whose stored tree lacks this leaf (or that have no stored tree). */
function missingLanguagesOf(snapshot: MappingSnapshot, byLanguage: ReadonlyMap<string, CountryContext[]>, marketplaceCategoryId: number): { language: string; mask: number; countries: CountryContext[] }[] {
  if (snapshot.leafLanguages === undefined) return [];
  return [...byLanguage].flatMap(([language, group]) =>
    snapshot.leafLanguages?.[language]?.[marketplaceCategoryId] ? [] : [{ language, mask: group.reduce((mask, country) => mask | (1 << country.index), 0), countries: group }],
  );
}
