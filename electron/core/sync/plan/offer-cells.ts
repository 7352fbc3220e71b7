// Resolves the mapping into the CSV cells Back Market takes for one offer (product x country), formatted as the contract
// wants them (prices "199.90", whole grams, grades and shippers through their value maps). Compiled once per plan from
// the validation context, so the 100,000-offer loop does no searching in the mapping.
import type { BmFieldSpec, FieldSource } from '../../../../shared/mapping';
import { numberOf, resolveSource, type CountryContext, type ValidationContext, type ValidationProduct } from '../../../../shared/validation';
import type { CompiledAttribute } from '../../../../shared/validation/context';

/** Which hash a column counts in: quantity is stock, price and currency are price, the rest (identity included) is content. */
export type CellGroup = 'stock' | 'price' | 'content';

export interface CellRule {
  column: string;
  group: CellGroup;
  /** Identity columns (sku, ean, product ids) go on every line: Back Market matches the listing by them. */
  identity: boolean;
  read: (product: ValidationProduct) => string | null;
}

/** The rules for one enabled country: the shared ones are evaluated once per product, these once per country. */
export interface CountryRules {
  country: CountryContext;
  code: string;
  currency: string;
  rules: CellRule[];
}

export interface OfferRules {
  /** Country-independent cells (product content, offer fields with one value for every country, category attributes). */
  base: CellRule[];
  countries: CountryRules[];
}

const IDENTITY_COLUMNS = new Set(['sku', 'ean', 'product_id', 'backmarket_id']);
const groupOf = (column: string): CellGroup => (column === 'quantity' ? 'stock' : column === 'price' || column === 'currency' ? 'price' : 'content');

const text = (value: string | number): string => String(value);
function money(value: string | number): string {
  const amount = numberOf(value);
  return Number.isFinite(amount) ? amount.toFixed(2) : String(value);
}
function whole(value: string | number): string {
  const number = numberOf(value);
  return Number.isFinite(number) ? String(Math.round(number)) : String(value);
}

function formatterOf(spec: BmFieldSpec, context: ValidationContext): (value: string | number) => string {
  switch (spec.kind) {
    case 'money':
      return money;
    case 'grams':
    case 'integer':
    case 'months':
      return whole;
    case 'grade':
      return (value) => context.conditionMap.get(String(value)) ?? String(value);
    case 'shipper':
      return (value) => context.carrierMap.get(String(value)) ?? String(value);
    default:
      return text;
  }
}

function rule(column: string, read: (product: ValidationProduct) => string | null): CellRule {
  return { column, group: groupOf(column), identity: IDENTITY_COLUMNS.has(column), read };
}

function fieldRule(spec: BmFieldSpec, source: FieldSource, context: ValidationContext, country: string): CellRule {
  const format = formatterOf(spec, context);
  if (spec.kind === 'product-id') {
    // The contract's product_id is the UUID; a whole number is the legacy backmarket_id.
    return rule('product_id', (product) => {
      const value = resolveSource(product, source, country);
      return value === null || /^\d+$/.test(String(value)) ? null : String(value);
    });
  }
  if (spec.field === 'price') {
    // A price stored in the price matrix for this country wins over the mapped source.
    return rule('price', (product) => {
      const value = product.countryPrices?.[country] ?? resolveSource(product, source, country);
      return value === null ? null : money(value);
    });
  }
  return rule(spec.field, (product) => {
    const value = resolveSource(product, source, country);
    return value === null ? null : format(value);
  });
}

function legacyIdRule(source: FieldSource): CellRule {
  return rule('backmarket_id', (product) => {
    const value = resolveSource(product, source, '');
    return value !== null && /^\d+$/.test(String(value)) ? String(value) : null;
  });
}

function attributeCell(compiled: CompiledAttribute, product: ValidationProduct): string | null {
  if (!compiled.source) return null;
  const value = resolveSource(product, compiled.source, '');
  if (value === null) return null;
  switch (compiled.attribute.kind) {
    case 'multiple-choice': {
      const target = compiled.valueMap.get(String(value)) ?? String(value);
      return compiled.allowed.has(target) ? target : (compiled.allowedFolded.get(target.toLowerCase()) ?? target);
    }
    case 'decimal': {
      const number = numberOf(value);
      return Number.isFinite(number) ? String(number) : String(value);
    }
    case 'integer':
      return whole(value);
    case 'string':
      return String(value);
  }
}

/** The category and the leaf's attributes, by their attribute `field` name (a leaf's `color` wins over the base colour). */
function categoryRules(context: ValidationContext, base: readonly CellRule[]): CellRule[] {
  const leafOf = (product: ValidationProduct) => {
    const id = product.category ? context.categories.get(product.category) : undefined;
    return id === undefined ? undefined : context.leaves.get(id);
  };
  const columns = new Set<string>();
  for (const leaf of context.leaves.values()) for (const compiled of leaf.compiled) columns.add(compiled.attribute.field);
  const attributeRules = [...columns].sort().map((column) => {
    const fallback = base.find((entry) => entry.column === column);
    return rule(column, (product) => {
      const compiled = leafOf(product)?.compiled.find((entry) => entry.attribute.field === column);
      return compiled ? attributeCell(compiled, product) : (fallback?.read(product) ?? null);
    });
  });
  const categoryRule = rule('category_id', (product) => {
    const leaf = leafOf(product);
    return leaf ? String(leaf.marketplaceCategoryId) : null;
  });
  return [categoryRule, ...attributeRules];
}

const sent = (spec: BmFieldSpec) => !spec.notApplied && spec.group !== 'internal' && spec.kind !== 'currency';

export function compileOfferRules(context: ValidationContext): OfferRules {
  const base: CellRule[] = [];
  const onlySome: { spec: BmFieldSpec; rule: CellRule }[] = [];
  for (const { spec, source } of context.baseFields) {
    if (!source || !sent(spec)) continue;
    const compiled = fieldRule(spec, source, context, '');
    if (spec.onlyCountries) onlySome.push({ spec, rule: compiled });
    else base.push(compiled);
    if (spec.kind === 'product-id') base.push(legacyIdRule(source));
  }
  const category = categoryRules(context, base);
  const attributeColumns = new Set(category.map((entry) => entry.column));
  const merged = [...base.filter((entry) => !attributeColumns.has(entry.column)), ...category];
  const countries = context.countries.map((country): CountryRules => {
    const code = country.country.code;
    const rules = country.fields.flatMap(({ spec, source }) => (source && sent(spec) ? [fieldRule(spec, source, context, code)] : []));
    for (const entry of onlySome) if (entry.spec.onlyCountries?.includes(code)) rules.push(entry.rule);
    // Always the market's own currency: Back Market refuses a price in another one, and en-gb / sv-se require it.
    const currency = country.country.currency;
    rules.push(rule('currency', () => currency));
    return { country, code, currency, rules };
  });
  return { base: merged, countries };
}

/** The CSV column order: what Back Market matches on first, then the offer, then the product content. */
export const COLUMN_ORDER: readonly string[] = [
  'sku', 'product_id', 'backmarket_id', 'ean', 'quantity', 'price', 'currency', 'grade', 'warranty_delay', 'comment',
  ...[1, 2, 3].flatMap((n) => [`shipper_${n}`, `shipper_display_${n}`, `shipping_price_${n}`, `shipping_delay_${n}`]),
  'deee_price', 'category_id', 'title', 'description', 'price_new', 'brand', 'weight',
  'image1', 'image2', 'image3', 'image4', 'image5', 'image6', 'width', 'height', 'depth', 'color',
];
