// A value map as the mapping screen shows it: every merchant value found in the catalogue (with how many products carry
// it) or already mapped, its target, and a suggestion; plus the targets it may take.
import { GRADES, isGrade, suggestGrade } from '../../../shared/grades';
import { parseValueMapName, type FieldSource, type MerchantValueCount, type ValueMapEntry, type ValueMapName, type ValueMapView } from '../../../shared/mapping';
import { isShipper, SHIPPERS, suggestShipper } from '../../../shared/shippers';
import { foldText } from '../../../shared/text-fold';
import type { ValidationContext } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { CONTENT_FIELDS, LANGUAGE_CHOICE_MAP, LANGUAGE_CHOICES } from '../../../shared/market-language';
import { findCategory, leafInLanguage } from './category-tree-repo';
import { valueMaps } from './mapping-repo';
import { orderCarrierCounts } from './order-carriers';
import { IN_LEAF_WHERE } from './leaf-rules-repo';
import { distinctValues, type SqlParams } from './source-sql';

const LIMIT = 2000;

export interface ValueMapScope {
  /** Where the merchant's values are read from. */
  sources: FieldSource[];
  /** Which products carry values for this map (SQL over `p`). */
  where: string;
  params: SqlParams;
  targets: string[];
  suggest: (value: string) => string | null;
  isTarget: (target: string) => boolean;
  /** The Back Market field(s) a change marks pending. */
  fields: string[];
}

const SHIPPER_FIELDS = ['shipper_1', 'shipper_2', 'shipper_3'];

function baseSource(context: ValidationContext, field: string): FieldSource | null {
  return context.baseFields.find((mapped) => mapped.spec.field === field)?.source ?? null;
}

/** What a value map covers. Throws nothing: an attribute map whose leaf is gone has no targets. */
export function valueMapScope(db: Db, context: ValidationContext, map: ValueMapName): ValueMapScope {
  if (map === 'condition') {
    return {
      sources: [baseSource(context, 'grade') ?? { kind: 'field', field: 'condition' }],
      where: '1 = 1',
      params: {},
      targets: [...GRADES],
      suggest: suggestGrade,
      isTarget: isGrade,
      fields: ['grade'],
    };
  }
  if (map === 'carrier') {
    return {
      sources: SHIPPER_FIELDS.map((field) => baseSource(context, field)).filter((source): source is FieldSource => source !== null),
      where: '1 = 1',
      params: {},
      targets: [...SHIPPERS],
      suggest: (value) => suggestShipper(value) ?? null,
      isTarget: isShipper,
      fields: SHIPPER_FIELDS,
    };
  }
  if (map === LANGUAGE_CHOICE_MAP) {
    return { sources: [], where: '1 = 0', params: {}, targets: [...LANGUAGE_CHOICES], suggest: () => null, isTarget: (target) => (LANGUAGE_CHOICES as readonly string[]).includes(target), fields: [...CONTENT_FIELDS] };
  }
  const { marketplaceCategoryId, field, language } = parseValueMapName(map) ?? { marketplaceCategoryId: 0, field: '', language: null };
  const compiled = context.leaves.get(marketplaceCategoryId)?.compiled.find((entry) => entry.attribute.field === field);
  const attribute = language === null ? findCategory(db, marketplaceCategoryId)?.attributes.find((entry) => entry.field === field) : leafInLanguage(db, marketplaceCategoryId, language)?.attributes.find((entry) => entry.field === field);
  const source = compiled?.source ?? null;
  const allowed = attribute?.allowedValues ?? [];
  const folded = new Map(allowed.map((value) => [foldText(value), value]));
  const byText = (value: string) => folded.get(foldText(value)) ?? allowed.find((target) => foldText(target).startsWith(foldText(value))) ?? null;
  // In a market language: the value the merchant chose for another language (or the merchant's own value, when it is one
  // of another language's values), at the same position in this language's list, where both lists are as long.
  const otherLists = language === null ? [] : otherLanguageLists(db, context, marketplaceCategoryId, field, language);
  const shared = compiled?.valueMap ?? new Map<string, string>();
  const byPosition = (value: string): string | null => {
    for (const candidate of [shared.get(value), value]) {
      if (candidate === undefined) continue;
      for (const list of otherLists) {
        const index = list.indexOf(candidate);
        if (index !== -1 && list.length === allowed.length) return allowed[index] ?? null;
      }
    }
    return null;
  };
  return {
    sources: source ? [source] : [],
    where: IN_LEAF_WHERE,
    params: { leaf: marketplaceCategoryId },
    targets: allowed,
    suggest: (value) => byText(value) ?? byPosition(value),
    isTarget: (target) => allowed.includes(target),
    fields: [field],
  };
}

/** The attribute's allowed values in the other stored market languages. */
function otherLanguageLists(db: Db, context: ValidationContext, marketplaceCategoryId: number, field: string, language: string): string[][] {
  const languages = new Set(context.countries.map((country) => country.treeLanguage));
  return [...languages]
    .filter((other) => other !== language)
    .flatMap((other) => {
      const values = leafInLanguage(db, marketplaceCategoryId, other)?.attributes.find((entry) => entry.field === field)?.allowedValues;
      return values ? [values] : [];
    });
}

/** The value a map gives a merchant value now: its own entry, or (in a market language) the shared entry valid there. */
function currentTarget(context: ValidationContext, map: ValueMapName, merchantValue: string, stored: ReadonlyMap<string, string>): string | null {
  const own = stored.get(merchantValue);
  if (own !== undefined) return own;
  const name = parseValueMapName(map);
  if (!name?.language) return null;
  const values = context.leaves.get(name.marketplaceCategoryId)?.compiled.find((entry) => entry.attribute.field === name.field)?.languages.find((entry) => entry.language === name.language);
  return values?.valueMap.get(merchantValue) ?? null;
}

export function valueMapView(db: Db, context: ValidationContext, map: ValueMapName): ValueMapView {
  const scope = valueMapScope(db, context, map);
  const counts = new Map<string, number>();
  for (const source of scope.sources) {
    for (const { value, count } of distinctValues(db, source, LIMIT, scope.where, scope.params)) counts.set(value, (counts.get(value) ?? 0) + count);
  }
  // Carriers are also found in the imported orders: each order counts as one use.
  if (map === 'carrier') for (const { value, count } of orderCarrierCounts(db, LIMIT)) counts.set(value, (counts.get(value) ?? 0) + count);
  const targets = new Map(valueMaps(db, map).map((entry) => [entry.merchantValue, entry.target]));
  const values = new Set([...counts.keys(), ...targets.keys()]);
  const entries: ValueMapEntry[] = [...values].map((merchantValue) => ({
    merchantValue,
    count: counts.get(merchantValue) ?? 0,
    target: currentTarget(context, map, merchantValue, targets),
    suggestion: scope.suggest(merchantValue),
  }));
  entries.sort((a, b) => b.count - a.count || a.merchantValue.localeCompare(b.merchantValue));
  const languages = [...new Set(context.countries.map((country) => country.treeLanguage))];
  return { map, entries, targets: scope.targets, language: parseValueMapName(map)?.language ?? null, languages: languages.length > 1 ? languages : [] };
}

export type { MerchantValueCount };
