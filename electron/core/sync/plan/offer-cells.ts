// Resolves the mapping into the CSV cells Back Market takes for one offer (product x country), formatted as the contract
// wants them (prices "199.90", whole grams, grades and shippers through their value maps). Compiled once per plan from
// the validation context, so the 100,000-offer loop does no searching in the mapping.
import type { BmFieldSpec, FieldSource } from '../../../../shared/mapping';
import { isMarketOwnField, marketOwnColumn, type ContentField } from '../../../../shared/market-language';
import { fixedValue, marketOwnValue, numberOf, resolveSource, type CountryContext, type ValidationContext, type ValidationProduct } from '../../../../shared/validation';
import type { ResolvedValue } from '../../../../shared/validation/resolve';
import { fallsBack, type CompiledAttribute, type ContentLanguage } from '../../../../shared/validation/context';
import { leafIdOf } from '../../../../shared/validation/leaf-of';

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
  /** The language the market's texts are written in. */
  language: string;
  /**
   * The texts this product sends in the catalogue's language although the market reads another, while the merchant has
   * not chosen for this market yet (the dry run warns about them).
   */
  catalogueTexts: (product: ValidationProduct) => ContentField[];
}

export interface OfferRules {
  /** Country-independent cells (product content, offer fields with one value for every country, category attributes). */
  base: CellRule[];
  countries: CountryRules[];
}

export const IDENTITY_COLUMNS: ReadonlySet<string> = new Set(['sku', 'ean', 'product_id', 'backmarket_id']);
export const groupOf = (column: string): CellGroup => (column === 'quantity' ? 'stock' : column === 'price' || column === 'currency' ? 'price' : 'content');

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

/** A cell every product has the same (a fixed value, the market's currency). */
function constantRule(column: string, cell: string | null): CellRule {
  return rule(column, () => cell);
}

function fieldRule(spec: BmFieldSpec, source: FieldSource, context: ValidationContext, country: string): CellRule {
  const format = formatterOf(spec, context);
  // A fixed value is the same for every product: resolved and formatted once here, not once per offer.
  const fixed = source.kind === 'fixed' ? fixedValue(source) : undefined;
  if (spec.kind === 'product-id') {
    // The contract's product_id is the UUID; a whole number is the legacy backmarket_id.
    const uuidOf = (value: ResolvedValue): string | null => (value === null || /^\d+$/.test(String(value)) ? null : String(value));
    if (fixed !== undefined) return constantRule('product_id', uuidOf(fixed));
    return rule('product_id', (product) => uuidOf(resolveSource(product, source, country)));
  }
  if (spec.field === 'price') {
    // A price stored in the price matrix for this country wins over the mapped source.
    if (fixed !== undefined) {
      const fallback = fixed === null ? null : money(fixed);
      return rule('price', (product) => {
        const stored = product.countryPrices?.[country];
        return stored === undefined || stored === null ? fallback : money(stored);
      });
    }
    return rule('price', (product) => {
      const value = product.countryPrices?.[country] ?? resolveSource(product, source, country);
      return value === null ? null : money(value);
    });
  }
  if (fixed !== undefined) return constantRule(spec.field, fixed === null ? null : format(fixed));
  return rule(spec.field, (product) => {
    const value = resolveSource(product, source, country);
    return value === null ? null : format(value);
  });
}

function legacyIdRule(source: FieldSource): CellRule {
  const legacyOf = (value: ResolvedValue): string | null => (value !== null && /^\d+$/.test(String(value)) ? String(value) : null);
  if (source.kind === 'fixed') return constantRule('backmarket_id', legacyOf(fixedValue(source)));
  return rule('backmarket_id', (product) => legacyOf(resolveSource(product, source, '')));
}

/** A market text: its own language's value, else the catalogue's (unless the merchant chose to fill them: then none). */
function contentRule(spec: BmFieldSpec, content: ContentLanguage, country: string): CellRule {
  return rule(spec.field, (product) => {
    const own = resolveSource(product, content.own, country);
    if (own !== null) return String(own);
    if (!content.fallback || !fallsBack(content)) return null;
    const fallback = resolveSource(product, content.fallback, country);
    return fallback === null ? null : String(fallback);
  });
}

/**
 * A market's own comment or warranty (comment_fr-be, warranty_fr-be) wins over the one the mapping gives it; held empty,
 * the market sends none (Back Market holds none there). Other rules are left as they are.
 */
function withMarketOwn(cell: CellRule, country: string): CellRule {
  if (!isMarketOwnField(cell.column)) return cell;
  const mapped = cell.read;
  const format = cell.column === 'warranty_delay' ? whole : text;
  // The column's name is written once here, not once per offer (marketOwnValue's reading, inlined).
  const column = marketOwnColumn(cell.column, country);
  return {
    ...cell,
    read: (product) => {
      const own = product.attributes[column];
      if (typeof own !== 'string') return mapped(product);
      const trimmed = own.trim();
      return trimmed === '' ? null : format(trimmed);
    },
  };
}

/** An attribute's cell in one market: a multiple-choice value goes through that market language's values. */
function attributeCell(compiled: CompiledAttribute, product: ValidationProduct, countryIndex: number): string | null {
  if (!compiled.source) return null;
  const value = resolveSource(product, compiled.source, '');
  if (value === null) return null;
  switch (compiled.attribute.kind) {
    case 'multiple-choice': {
      const values = compiled.languages.find((entry) => (entry.mask & (1 << countryIndex)) !== 0) ?? compiled;
      const target = values.valueMap.get(String(value)) ?? String(value);
      return values.allowed.has(target) ? target : (values.allowedFolded.get(target.toLowerCase()) ?? target);
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

/**
 * The category and the leaf's attributes, by their attribute `field` name (a leaf's `color` wins over the base colour).
 * `countryIndex` null: the columns no leaf has as multiple choice (the same in every market); a country's index: the
 * multiple-choice columns, whose values come in that market's language.
 */
function categoryRules(context: ValidationContext, base: readonly CellRule[], countryIndex: number | null): CellRule[] {
  const leafOf = (product: ValidationProduct) => {
    const id = leafIdOf(product, context);
    return id === undefined ? undefined : context.leaves.get(id);
  };
  const { shared, perLanguage } = attributeColumns(context);
  const columns = countryIndex === null ? shared : perLanguage;
  // Each leaf's attributes by column, indexed once: a plan or an import looks one up per offer and column.
  const byColumn = new Map<number, Map<string, CompiledAttribute>>();
  const compiledOf = (product: ValidationProduct, column: string): CompiledAttribute | undefined => {
    const id = leafIdOf(product, context);
    if (id === undefined) return undefined;
    let attributes = byColumn.get(id);
    if (!attributes) {
      attributes = new Map();
      // The first of a column wins, as a search in the leaf's order would find it.
      for (const entry of context.leaves.get(id)?.compiled ?? []) if (!attributes.has(entry.attribute.field)) attributes.set(entry.attribute.field, entry);
      byColumn.set(id, attributes);
    }
    return attributes.get(column);
  };
  const attributeRules = [...columns].sort().map((column) => {
    const fallback = base.find((entry) => entry.column === column);
    return rule(column, (product) => {
      const compiled = compiledOf(product, column);
      return compiled ? attributeCell(compiled, product, countryIndex ?? 0) : (fallback?.read(product) ?? null);
    });
  });
  if (countryIndex !== null) return attributeRules;
  const categoryRule = rule('category_id', (product) => {
    const leaf = leafOf(product);
    return leaf ? String(leaf.marketplaceCategoryId) : null;
  });
  return [categoryRule, ...attributeRules];
}

/**
 * The leaves' attribute columns: those some leaf has as multiple choice depend on the market language when the markets
 * speak several (with one, they stay with the shared cells, so the hashes of offers synced before are unchanged).
 */
function attributeColumns(context: ValidationContext): { shared: Set<string>; perLanguage: Set<string> } {
  const all = new Set<string>();
  const perLanguage = new Set<string>();
  const languages = new Set(context.countries.map((country) => country.treeLanguage)).size;
  for (const leaf of context.leaves.values()) {
    for (const compiled of leaf.compiled) {
      all.add(compiled.attribute.field);
      if (compiled.attribute.kind === 'multiple-choice' && languages > 1) perLanguage.add(compiled.attribute.field);
    }
  }
  return { shared: new Set([...all].filter((column) => !perLanguage.has(column))), perLanguage };
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
  const category = categoryRules(context, base, null);
  const { shared, perLanguage } = attributeColumns(context);
  const merged = [...base.filter((entry) => !shared.has(entry.column) && !perLanguage.has(entry.column)), ...category];
  const countries = context.countries.map((country): CountryRules => {
    const code = country.country.code;
    const rules = country.fields.flatMap(({ spec, source, content }) => {
      if (!sent(spec)) return [];
      if (content) return [withMarketOwn(contentRule(spec, content, code), code)];
      return source ? [withMarketOwn(fieldRule(spec, source, context, code), code)] : [];
    });
    for (const entry of onlySome) if (entry.spec.onlyCountries?.includes(code)) rules.push(entry.rule);
    rules.push(...categoryRules(context, base, country.index));
    // Always the market's own currency: Back Market refuses a price in another one, and en-gb / sv-se require it.
    const currency = country.country.currency;
    rules.push(constantRule('currency', currency));
    return { country, code, currency, rules, language: country.country.language, catalogueTexts: catalogueTextsReader(country) };
  });
  return { base: merged, countries };
}

/** Which texts a product would send in the catalogue's language to this market while the merchant has not chosen. */
function catalogueTextsReader(country: CountryContext): (product: ValidationProduct) => ContentField[] {
  const asked = country.fields.filter((mapped) => mapped.content && mapped.content.choice === null && mapped.content.implicit && mapped.content.fallback && sent(mapped.spec));
  if (asked.length === 0) return () => [];
  const code = country.country.code;
  return (product) =>
    asked.flatMap(({ spec, content }) => {
      const { own, fallback } = content as ContentLanguage;
      // A market's own comment, even one held empty, is no text of the catalogue's.
      if (spec.field === 'comment' && marketOwnValue(product, 'comment', code) !== undefined) return [];
      return resolveSource(product, own, code) === null && resolveSource(product, fallback as FieldSource, code) !== null ? [spec.field as ContentField] : [];
    });
}

/** The CSV column order: what Back Market matches on first, then the offer, then the product content. */
export const COLUMN_ORDER: readonly string[] = [
  'sku', 'product_id', 'backmarket_id', 'ean', 'quantity', 'price', 'currency', 'grade', 'warranty_delay', 'comment',
  ...[1, 2, 3].flatMap((n) => [`shipper_${n}`, `shipper_display_${n}`, `shipping_price_${n}`, `shipping_delay_${n}`]),
  'deee_price', 'category_id', 'title', 'description', 'price_new', 'brand', 'weight',
  'image1', 'image2', 'image3', 'image4', 'image5', 'image6', 'width', 'height', 'depth', 'color',
];
