// The validation engine: for one product and every enabled country, resolves the mapping and finds every problem that
// would make Back Market refuse the product or its offer. Pure; main runs it for the authoritative cached answer and the
// renderer may run it for instant feedback. Without a problem list it only computes the verdict, allocating nothing per rule.
import { isValidEan } from '../ean';
import { gradeOfCondition } from '../grades';
import {
  COMMENT_MAX_LENGTH,
  GUIDE_WARRANTY_MINIMUM_MONTHS,
  PLATFORM_CURRENCY,
  TITLE_MAX_LENGTH,
  type FieldSource,
  type MappingSection,
  type Problem,
  type ProblemCode,
  type ProblemFix,
} from '../mapping';
import { isShipper } from '../shippers';
import { isMarketOwnField, type MarketOwnField } from '../market-language';
import type { CompiledAttribute, CountryContext, MappedField, ValidationContext } from './context';
import { said, type MerchantMessage } from '../messages/merchant-message';
import { inEnglish } from '../messages/in-english';
import { clip } from './messages';
import { isWholeNumber, priceProblemKind, type PriceProblemKind } from './numbers';
import { resolveLeaf } from './leaf-of';
import { catalogueCurrencyClash, catalogueCurrencyMessage } from './price-currency';
import { isProductSheetColumn } from './scope';
import { marketOwnValue, numberOf, productFieldOf, resolveSource, type ResolvedValue } from './resolve';
import type { ValidationProduct } from './types';

/** Bit i set: country i of the context is not ready. */
export type NotReadyMask = number;

const ALL = -1;

/**
 * What a check is for: 'offer' a line that may create the product on Back Market (every field); 'listing' an update of
 * a listing Back Market already holds (adopted from the account, matched by SKU, or accepted before): its product exists
 * there, so the product-creation fields (category and its attributes, brand, images, title, description, price new,
 * weight, EAN or product id) are not needed and not checked; only what updating the listing sends counts.
 */
export type ValidationScope = 'offer' | 'listing';

/** Collects the verdict, and the problems when asked for them. */
class Verdict {
  notReady: NotReadyMask = 0;
  constructor(
    private readonly allMask: number,
    readonly problems: Problem[] | null,
    readonly listingOnly: boolean = false,
  ) {}

  /** Marks these countries (a mask, or ALL) not ready; true when the caller should describe the problem. */
  fail(countryMask: number): boolean {
    this.notReady |= countryMask === ALL ? this.allMask : countryMask;
    return this.problems !== null;
  }

  add(code: ProblemCode, country: string | null, field: string, message: MerchantMessage, fix: ProblemFix): void {
    this.problems?.push({ code, country, field, message: inEnglish(message), said: message, fix });
  }
}

const mappingFix = (section: MappingSection, key?: string): ProblemFix => (key === undefined ? { kind: 'mapping', section } : { kind: 'mapping', section, key });

/** Where to fix a wrong value: the product's own field when the value comes from it, else the mapping that gives it. */
function valueFix(source: FieldSource, field: string, section: MappingSection = 'attributes', key: string = field): ProblemFix {
  const productField = productFieldOf(source);
  return productField ? { kind: 'product-field', field: productField } : mappingFix(section, key);
}

/** Declared once, not as a closure per call: the verdict path runs 100,000 times per recompute. */
function fixFor(source: FieldSource | null, field: string): ProblemFix {
  return source ? valueFix(source, field) : mappingFix('attributes', field);
}

/** Which price message says what is wrong, and whether it asks for an amount of 0 or more (zero allowed) or a positive one. */
const PRICE_MESSAGE = {
  'not-a-number': ['priceNotANumber', 'priceNotANumberOrZero'],
  negative: ['priceNegative', 'priceNegative'],
  'not-positive': ['priceNotPositive', 'priceNotPositive'],
  decimals: ['priceDecimals', 'priceDecimalsOrZero'],
} as const satisfies Record<PriceProblemKind, readonly [string, string]>;

/** Validates one product: returns the mask of countries it is not ready for; fills `problems` when given. */
export function validateProduct(product: ValidationProduct, context: ValidationContext, problems: Problem[] | null = null, scope: ValidationScope = 'offer'): NotReadyMask {
  const verdict = new Verdict((1 << context.countries.length) - 1, problems, scope === 'listing');
  if (context.countries.length === 0) return 0;
  if (!verdict.listingOnly) checkCategory(product, context, verdict);
  let eanOrId = false;
  for (const mapped of context.baseFields) {
    const { spec, source } = mapped;
    if (spec.requirement === 'ean-or-product-id') {
      if (source && resolveSource(product, source, '') !== null) eanOrId = true;
    }
    if (spec.onlyCountries) {
      for (const country of context.countries) {
        if (spec.onlyCountries.includes(country.country.code)) checkField(product, mapped, country, 1 << country.index, verdict, context);
      }
    } else {
      checkField(product, mapped, null, ALL, verdict, context);
    }
  }
  if (!eanOrId && !verdict.listingOnly && verdict.fail(ALL)) {
    const ean = context.baseFields.find((mapped) => mapped.spec.field === 'ean');
    const id = context.baseFields.find((mapped) => mapped.spec.field === 'product_id');
    const mappedSource = ean?.source ?? id?.source;
    verdict.add(
      'no-ean-or-product-id',
      null,
      'ean',
      mappedSource ? said('problem.noEanOrIdOnProduct') : said('problem.noEanOrIdMapped'),
      mappedSource ? valueFix(mappedSource, 'ean') : mappingFix('attributes', 'ean'),
    );
  }
  if (problems === null) {
    // Verdict only: countries sharing a source are checked once (8 countries cost about 1 check, not 8).
    for (const group of context.sharedFields) {
      const first = group.countries[0] as CountryContext;
      const perCountry =
        group.spec.kind === 'currency' ||
        group.source?.kind === 'price-matrix' ||
        (group.spec.field === 'price' && product.countryPrices !== undefined) ||
        // The catalogue price is right in a EUR market and wrong as it is in a GBP one.
        group.countries.some((country) => catalogueCurrencyClash(group.spec.field, group.source, country.country.currency)) ||
        // A market's own comment or warranty (comment_fr-be, warranty_de-de) is checked where it is sent.
        (isMarketOwnField(group.spec.field) && group.countries.some((country) => marketOwnValue(product, group.spec.field as MarketOwnField, country.country.code) !== undefined));
      if (!perCountry) checkField(product, group, first, group.mask, verdict, context);
      else for (const country of group.countries) checkField(product, group, country, 1 << country.index, verdict, context);
    }
  } else {
    for (const country of context.countries) {
      for (const mapped of country.fields) checkField(product, mapped, country, 1 << country.index, verdict, context);
    }
  }
  return verdict.notReady;
}

function checkCategory(product: ValidationProduct, context: ValidationContext, verdict: Verdict): void {
  const category = product.category;
  const resolved = resolveLeaf(product, context);
  if (!resolved && !category) {
    if (verdict.fail(ALL)) {
      verdict.add('category-unmapped', null, 'category_id', said('problem.noCategory'), { kind: 'product-field', field: 'category' });
    }
    return;
  }
  if (!resolved) {
    if (verdict.fail(ALL)) {
      verdict.add('category-unmapped', null, 'category_id', said('problem.categoryUnmapped', { category: clip(category ?? '') }), mappingFix('categories', category ?? ''));
    }
    return;
  }
  const { marketplaceCategoryId, via } = resolved;
  const leaf = context.leaves.get(marketplaceCategoryId);
  if (!leaf || !leaf.isLeaf) {
    if (verdict.fail(ALL)) {
      verdict.add(
        'category-stale',
        null,
        'category_id',
        via === 'product'
          ? said('problem.categoryStaleProduct', { id: marketplaceCategoryId })
          : via === 'brand'
            ? said('problem.categoryStaleBrand', { category: clip(category ?? ''), brand: clip(product.brand ?? ''), id: marketplaceCategoryId })
            : said('problem.categoryStale', { category: clip(category ?? ''), id: marketplaceCategoryId }),
        mappingFix('categories', category ?? ''),
      );
    }
    return;
  }
  for (const missing of leaf.missingLanguages) {
    if (!verdict.fail(missing.mask)) continue;
    for (const country of missing.countries) {
      const code = country.country.code;
      verdict.add(
        'tree-language-missing',
        code,
        'category_id',
        said('problem.treeLanguageMissing', { country: code, language: missing.language, path: leaf.path }),
        mappingFix('categories', category ?? ''),
      );
    }
  }
  for (const attribute of leaf.compiled) checkAttribute(product, attribute, leaf.path, verdict);
}

function checkAttribute(product: ValidationProduct, compiled: CompiledAttribute, path: string, verdict: Verdict): void {
  const { attribute, source, key } = compiled;
  const field = attribute.field;
  if (!source) {
    if (attribute.required && verdict.fail(ALL)) {
      verdict.add('required-missing', null, field, said('problem.attributeNotMapped', { attribute: attribute.label, path }), mappingFix('category-attributes', key));
    }
    return;
  }
  const value = resolveSource(product, source, '');
  if (value === null) {
    if (attribute.required && verdict.fail(ALL)) {
      verdict.add('required-missing', null, field, said('problem.attributeEmpty', { attribute: attribute.label, path }), valueFix(source, field, 'category-attributes', key));
    }
    return;
  }
  switch (attribute.kind) {
    case 'decimal':
      if (Number.isNaN(numberOf(value)) && verdict.fail(ALL)) {
        verdict.add('not-a-number', null, field, said('problem.attributeNotANumber', { attribute: attribute.label, value: clip(value) }), valueFix(source, field, 'category-attributes', key));
      }
      return;
    case 'integer': {
      const number = numberOf(value);
      if ((Number.isNaN(number) || !isWholeNumber(number)) && verdict.fail(ALL)) {
        verdict.add('not-an-integer', null, field, said('problem.attributeNotWhole', { attribute: attribute.label, value: clip(value) }), valueFix(source, field, 'category-attributes', key));
      }
      return;
    }
    case 'multiple-choice': {
      // Each market language is checked against its own tree: a value chosen for fr-fr is not a German value.
      const text = String(value);
      for (const values of compiled.languages) {
        if (!values.attribute) continue;
        const target = values.valueMap.get(text) ?? text;
        if (values.allowed.has(target) || values.allowedFolded.has(target.toLowerCase()) || !verdict.fail(values.mask)) continue;
        const allowedValues = values.attribute.allowedValues;
        const shown = `${allowedValues.slice(0, 8).join(', ')}${allowedValues.length > 8 ? ', ...' : ''}`;
        const several = compiled.languages.length > 1;
        for (const country of several ? values.countries : [null]) {
          verdict.add(
            'value-not-allowed',
            country?.country.code ?? null,
            field,
            several
              ? // Named as the catalogue's own tree names it (the merchant's language), whatever the market's language.
                said('problem.valueNotAllowedIn', { attribute: attribute.label, value: clip(text), path, country: country?.country.code ?? '', allowed: shown })
              : said('problem.valueNotAllowed', { attribute: attribute.label, value: clip(text), path, allowed: shown }),
            mappingFix('category-attributes', values.valueMapName),
          );
        }
      }
      return;
    }
    case 'string':
      return;
  }
}

function checkField(product: ValidationProduct, mapped: MappedField, country: CountryContext | null, countryMask: number, verdict: Verdict, context: ValidationContext): void {
  const { spec, source } = mapped;
  const code = country?.country.code ?? null;
  if (spec.notApplied || spec.group === 'internal' || (verdict.listingOnly && isProductSheetColumn(spec.field))) return;
  if (spec.kind === 'currency') {
    checkCurrency(product, source, country, countryMask, verdict);
    return;
  }
  // A price stored in the price matrix for this country wins over the mapped source.
  const stored = spec.field === 'price' && code ? product.countryPrices?.[code] : undefined;
  if (stored === undefined && country && catalogueCurrencyClash(spec.field, source, country.country.currency)) {
    if (verdict.fail(countryMask)) {
      verdict.add('price-currency', code, spec.field, catalogueCurrencyMessage(spec.field, country.country.code, country.country.currency), { kind: 'product-field', field: `price:${code ?? ''}` });
    }
    return;
  }
  // So does a market's own comment or warranty (comment_fr-be, warranty_fr-be) over the one the mapping gives it; held
  // empty, the market has none (nothing is sent there).
  const own = isMarketOwnField(spec.field) && code && source ? marketOwnValue(product, spec.field, code) : undefined;
  let value: ResolvedValue = own === null ? null : (stored ?? own ?? (source ? resolveSource(product, source, code ?? '') : null));
  if (value === null && own === undefined && mapped.content?.fallback && code && (mapped.content.implicit || mapped.content.choice !== null)) {
    // No text of the market's own language: the catalogue's, unless the merchant chose to fill them for this market.
    const fallback = resolveSource(product, mapped.content.fallback, code);
    if (fallback !== null && mapped.content.choice === 'fill') {
      if (verdict.fail(countryMask)) {
        verdict.add(
          'content-language',
          code,
          spec.field,
          said('problem.contentLanguage', { field: spec.field, country: code, language: mapped.content.language, catalogueLanguage: mapped.content.catalogueLanguage }),
          valueFix(mapped.content.own, spec.field),
        );
      }
      return;
    }
    value = fallback;
  }
  if (value === null) {
    if (spec.requirement !== 'required' || !verdict.fail(countryMask)) return;
    if (!source) {
      verdict.add('required-missing', code, spec.field, said('problem.fieldNotMapped', { field: spec.field, country: code ?? '' }), mappingFix('attributes', spec.field));
    } else if (source.kind === 'price-matrix') {
      verdict.add('required-missing', code, spec.field, said('problem.noPrice', { country: code ?? '' }), { kind: 'product-field', field: `price:${code ?? ''}` });
    } else {
      verdict.add('required-missing', code, spec.field, said('problem.fieldEmpty', { field: spec.field, country: code ?? '' }), valueFix(source, spec.field));
    }
    return;
  }
  switch (spec.kind) {
    case 'text':
    case 'long-text': {
      const limit = spec.field === 'title' ? TITLE_MAX_LENGTH : spec.field === 'comment' ? COMMENT_MAX_LENGTH : 0;
      const length = String(value).length;
      if (limit > 0 && length > limit && verdict.fail(countryMask)) {
        verdict.add(spec.field === 'title' ? 'title-too-long' : 'comment-too-long', code, spec.field, said('problem.tooLong', { field: spec.field, country: code ?? '', length, limit }), fixFor(source, spec.field));
      }
      return;
    }
    case 'grams': {
      const grams = numberOf(value);
      if (!(grams > 0 && isWholeNumber(grams)) && verdict.fail(countryMask)) {
        verdict.add('weight-invalid', code, spec.field, said('problem.weightInvalid', { value: clip(value) }), fixFor(source, spec.field));
      }
      return;
    }
    case 'money': {
      const allowZero = spec.field !== 'price' && spec.field !== 'price_new';
      const problem = priceProblemKind(numberOf(value), allowZero);
      if (problem && verdict.fail(countryMask)) {
        verdict.add('price-invalid', code, spec.field, said(`problem.${PRICE_MESSAGE[problem][allowZero ? 1 : 0]}`, { field: spec.field, country: code ?? '', value: clip(value) }), stored !== undefined || source?.kind === 'price-matrix' ? { kind: 'product-field', field: `price:${code ?? ''}` } : fixFor(source, spec.field));
      }
      return;
    }
    case 'integer': {
      const number = numberOf(value);
      if (!(number >= 0 && isWholeNumber(number)) && verdict.fail(countryMask)) {
        verdict.add('not-an-integer', code, spec.field, said('problem.notWhole', { field: spec.field, country: code ?? '', value: clip(value) }), fixFor(source, spec.field));
      }
      return;
    }
    case 'months': {
      const months = numberOf(value);
      if (!isWholeNumber(months) && verdict.fail(countryMask)) {
        verdict.add('not-an-integer', code, spec.field, said('problem.warrantyNotWhole', { country: code ?? '', value: clip(value) }), fixFor(source, spec.field));
      } else if (isWholeNumber(months) && months < context.warrantyMinimumMonths && verdict.fail(countryMask)) {
        verdict.add(
          'warranty-too-short',
          code,
          spec.field,
          said('problem.warrantyTooShort', { country: code ?? '', months, minimum: context.warrantyMinimumMonths, guideMinimum: GUIDE_WARRANTY_MINIMUM_MONTHS }),
          fixFor(source, spec.field),
        );
      }
      return;
    }
    case 'grade':
      checkGrade(String(value), source as FieldSource, context, verdict);
      return;
    case 'shipper': {
      const carrier = String(value);
      if (!isShipper(context.carrierMap.get(carrier) ?? carrier) && verdict.fail(countryMask)) {
        verdict.add('shipper-unmapped', code, spec.field, said('problem.shipperUnmapped', { carrier: clip(carrier) }), mappingFix('carriers', carrier));
      }
      return;
    }
    case 'ean': {
      const ean = String(value);
      if (!/^\d+$/.test(ean) || !/^(\d{8}|\d{12,14})$/.test(ean)) {
        if (verdict.fail(countryMask)) verdict.add('ean-format', code, spec.field, said('problem.eanFormat', { ean: clip(ean) }), fixFor(source, spec.field));
      } else if (!isValidEan(ean) && verdict.fail(countryMask)) {
        verdict.add('ean-check-digit', code, spec.field, said('problem.eanCheckDigit', { ean: clip(ean) }), fixFor(source, spec.field));
      }
      return;
    }
    case 'product-id': {
      const id = String(value);
      if (!/^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(id) && verdict.fail(countryMask)) {
        verdict.add('product-id-format', code, spec.field, said('problem.productIdFormat', { id: clip(id) }), fixFor(source, spec.field));
      }
      return;
    }
    case 'url':
    case 'dimension':
      return;
  }
}

function checkGrade(condition: string, source: FieldSource, context: ValidationContext, verdict: Verdict): void {
  if (gradeOfCondition(condition, context.conditionMap) !== null) return;
  if (!verdict.fail(ALL)) return;
  if (source.kind === 'fixed') {
    verdict.add('condition-unmapped', null, 'grade', said('problem.fixedConditionNotGrade', { condition: clip(condition) }), mappingFix('attributes', 'grade'));
  } else {
    verdict.add('condition-unmapped', null, 'grade', said('problem.conditionUnmapped', { condition: clip(condition) }), mappingFix('conditions', condition));
  }
}

function checkCurrency(product: ValidationProduct, source: FieldSource | null, country: CountryContext | null, countryMask: number, verdict: Verdict): void {
  if (!country) return;
  const expected = country.country.currency;
  const value = source ? resolveSource(product, source, country.country.code) : null;
  const currency = value === null ? PLATFORM_CURRENCY : String(value).toUpperCase();
  if (currency === expected || !verdict.fail(countryMask)) return;
  const code = country.country.code;
  verdict.add(
    'currency-mismatch',
    code,
    'currency',
    value === null
      ? said('problem.currencyNotMapped', { country: code, expected, platform: PLATFORM_CURRENCY })
      : said('problem.currencyMismatch', { country: code, value: clip(value), expected }),
    source && value !== null ? valueFix(source, 'currency') : mappingFix('attributes', 'currency'),
  );
}

/**
 * One product's problems, grouped per enabled country (a problem for every country is listed under each). In the
 * markets of `listingHeldIn` Back Market already holds the listing: there the 'listing' scope applies (what updating it
 * needs), elsewhere `scope`.
 */
export function problemsByCountry(
  product: ValidationProduct,
  context: ValidationContext,
  scope: ValidationScope = 'offer',
  listingHeldIn: ReadonlySet<string> = new Set(),
): { country: string; ready: boolean; problems: Problem[] }[] {
  const check = (checked: ValidationScope) => {
    const problems: Problem[] = [];
    return { notReady: validateProduct(product, context, problems, checked), problems };
  };
  const wide = check(scope);
  const held = listingHeldIn.size > 0 && scope !== 'listing' ? check('listing') : wide;
  return context.countries.map((country) => {
    const { notReady, problems } = listingHeldIn.has(country.country.code) ? held : wide;
    return {
      country: country.country.code,
      ready: (notReady & (1 << country.index)) === 0,
      problems: problems.filter((problem) => problem.country === null || problem.country === country.country.code),
    };
  });
}
