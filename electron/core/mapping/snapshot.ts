// Loads everything the validation engine needs from the database of the current mode: the mappings, the stored leaves
// they point to, and the enabled countries with their currencies.
import { findMarketChoice, type CountrySetting } from '../../../shared/connection';
import { WARRANTY_MINIMUM_MONTHS, type MarketCountry } from '../../../shared/mapping';
import type { MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { treeLanguageOf } from '../../../shared/market-language';
import { storedLeafLanguages, storedLeaves, treeLanguagesStored } from './category-tree-repo';
import { brandRules, productLeaves } from './leaf-rules-repo';
import { categoryMappings, fieldMappings, valueMaps } from './mapping-repo';

export function marketCountries(countries: readonly CountrySetting[]): MarketCountry[] {
  return countries.map((country) => ({ code: country.code, language: country.language, currency: findMarketChoice(country.code)?.currency ?? 'EUR' }));
}

export function loadSnapshot(db: Db, countries: readonly MarketCountry[], warrantyMinimumMonths = WARRANTY_MINIMUM_MONTHS): MappingSnapshot {
  const categories = categoryMappings(db);
  const rules = brandRules(db);
  const ownLeaves = productLeaves(db);
  const ids = [...new Set([...categories.map((row) => row.marketplaceCategoryId), ...rules.map((row) => row.marketplaceCategoryId), ...ownLeaves.map((row) => row.marketplaceCategoryId)])];
  const byCategory: Record<string, Record<string, number>> = {};
  for (const rule of rules) (byCategory[rule.merchantCategory] ??= {})[rule.brand] = rule.marketplaceCategoryId;
  return {
    countries: [...countries],
    categories: Object.fromEntries(categories.map((row) => [row.merchantCategory, row.marketplaceCategoryId])),
    ...(rules.length > 0 ? { brandRules: byCategory } : {}),
    ...(ownLeaves.length > 0 ? { productLeaves: Object.fromEntries(ownLeaves.map((row) => [row.productNumber, row.marketplaceCategoryId])) } : {}),
    leaves: storedLeaves(db, ids),
    // A tree stored before trees were kept per language (an older version): every market reads it, as it did then,
    // until the per-language trees are fetched (on the next connection or categories screen).
    ...(treeLanguagesStored(db)
      ? {
          leafLanguages: storedLeafLanguages(
            db,
            ids,
            countries.map((country) => treeLanguageOf(country.code)),
          ),
        }
      : {}),
    fields: fieldMappings(db),
    values: valueMaps(db),
    warrantyMinimumMonths,
  };
}
