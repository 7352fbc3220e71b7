// The field mapping and a leaf's attributes as the mapping screen shows them: each Back Market field with its source
// (for every country and per country), and what Refurb Desk suggests.
import {
  attributeValueMapName,
  BM_FIELDS,
  categoryAttributeKey,
  WARRANTY_MINIMUM_MONTHS,
  type CategoryAttributes,
  type FieldMappingRow,
  type FieldMappings,
  type FieldSource,
  type MarketCountry,
} from '../../../shared/mapping';
import type { Db } from '../db/connection';
import { notFound } from '../errors';
import { findCategory } from './category-tree-repo';
import { fieldMappings, type FieldMappingRecord } from './mapping-repo';
import { attributeNames } from './source-sql';
import { IN_LEAF_WHERE } from './leaf-rules-repo';
import { suggestAttributeSource, suggestFieldSource } from './suggestions';

function sourcesByField(records: readonly FieldMappingRecord[]): Map<string, Map<string, FieldSource>> {
  const byField = new Map<string, Map<string, FieldSource>>();
  for (const record of records) {
    let entry = byField.get(record.backMarketField);
    if (!entry) byField.set(record.backMarketField, (entry = new Map()));
    entry.set(record.country, record.source);
  }
  return byField;
}

export function fieldMappingView(db: Db, countries: MarketCountry[]): FieldMappings {
  const names = attributeNames(db);
  const byField = sourcesByField(fieldMappings(db));
  const fields = BM_FIELDS.map((spec): FieldMappingRow => {
    const sources = byField.get(spec.field) ?? new Map<string, FieldSource>();
    const countrySources: Record<string, FieldSource> = {};
    for (const [country, source] of sources) if (country !== '') countrySources[country] = source;
    const suggestion = suggestFieldSource(spec.field, names);
    const row: FieldMappingRow = { ...spec, source: sources.get('') ?? null, countrySources, suggestion };
    if (spec.field === 'comment' && !suggestion) {
      row.countrySuggestions = Object.fromEntries(countries.flatMap((country) => {
        const proposed = suggestFieldSource(spec.field, names, country);
        return proposed ? [[country.code, proposed]] : [];
      }));
    }
    return row;
  });
  return { fields, countries, attributeNames: names, warrantyMinimumMonths: WARRANTY_MINIMUM_MONTHS };
}

export function categoryAttributesView(db: Db, marketplaceCategoryId: number): CategoryAttributes {
  const leaf = findCategory(db, marketplaceCategoryId);
  if (!leaf) throw notFound({ thing: 'category', id: marketplaceCategoryId });
  const names = attributeNames(db);
  const byField = sourcesByField(fieldMappings(db));
  const merchantCategories = db.prepare('SELECT merchant_category FROM category_mappings WHERE marketplace_category_id = ? ORDER BY merchant_category').pluck().all(marketplaceCategoryId) as string[];
  const productCount = db
    .prepare(`SELECT count(*) FROM products p WHERE ${IN_LEAF_WHERE}`)
    .pluck()
    .get({ leaf: marketplaceCategoryId }) as number;
  return {
    marketplaceCategoryId,
    path: leaf.path,
    gloss: leaf.gloss,
    merchantCategories,
    productCount,
    attributes: leaf.attributes.map((attribute) => {
      const key = categoryAttributeKey(marketplaceCategoryId, attribute.field);
      return {
        ...attribute,
        key,
        source: byField.get(key)?.get('') ?? null,
        suggestion: suggestAttributeSource(attribute, names),
        valueMap: attribute.kind === 'multiple-choice' ? attributeValueMapName(marketplaceCategoryId, attribute.field) : null,
      };
    }),
  };
}
