// The validation engine: for one product and every enabled country, resolves the mapping and finds every problem that
// would make Back Market refuse the product or its offer. Pure; main runs it for the authoritative cached answer and the
// renderer may run it for instant feedback. Without a problem list it only computes the verdict, allocating nothing per rule.
import { isValidEan } from '../ean';
import { GRADE_INFO, isGrade } from '../grades';
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
import type { CompiledAttribute, CountryContext, MappedField, ValidationContext } from './context';
import { countryName, quote } from './messages';
import { isWholeNumber, priceProblem } from './numbers';
import { resolveLeaf } from './leaf-of';
import { catalogueCurrencyClash, catalogueCurrencyMessage } from './price-currency';
import { numberOf, productFieldOf, resolveSource, type ResolvedValue } from './resolve';
import type { ValidationProduct } from './types';

/** Bit i set: country i of the context is not ready. */
export type NotReadyMask = number;

const ALL = -1;

/** Collects the verdict, and the problems when asked for them. */
class Verdict {
  notReady: NotReadyMask = 0;
  constructor(
    private readonly allMask: number,
    readonly problems: Problem[] | null,
  ) {}

  /** Marks these countries (a mask, or ALL) not ready; true when the caller should describe the problem. */
  fail(countryMask: number): boolean {
    this.notReady |= countryMask === ALL ? this.allMask : countryMask;
    return this.problems !== null;
  }

  add(code: ProblemCode, country: string | null, field: string, message: string, fix: ProblemFix): void {
    this.problems?.push({ code, country, field, message, fix });
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

const where = (country: string | null) => (country ? ` for ${countryName(country)}` : '');

/** Validates one product: returns the mask of countries it is not ready for; fills `problems` when given. */
export function validateProduct(product: ValidationProduct, context: ValidationContext, problems: Problem[] | null = null): NotReadyMask {
  const verdict = new Verdict((1 << context.countries.length) - 1, problems);
  if (context.countries.length === 0) return 0;
  checkCategory(product, context, verdict);
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
  if (!eanOrId && verdict.fail(ALL)) {
    const ean = context.baseFields.find((mapped) => mapped.spec.field === 'ean');
    const id = context.baseFields.find((mapped) => mapped.spec.field === 'product_id');
    const mappedSource = ean?.source ?? id?.source;
    verdict.add(
      'no-ean-or-product-id',
      null,
      'ean',
      mappedSource
        ? 'This product has neither an EAN nor a Back Market product id, so its offer cannot be connected to a Back Market product. Add the EAN (or the Back Market product id) to the product.'
        : 'Neither the EAN nor the Back Market product id is mapped, so no offer can be connected to a Back Market product. Map at least one of them in the offer fields.',
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
        group.countries.some((country) => catalogueCurrencyClash(group.spec.field, group.source, country.country.currency));
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
      verdict.add('category-unmapped', null, 'category_id', 'This product has no category, so it cannot be placed in a Back Market category. Give it a category.', { kind: 'product-field', field: 'category' });
    }
    return;
  }
  if (!resolved) {
    if (verdict.fail(ALL)) {
      verdict.add('category-unmapped', null, 'category_id', `Your category ${quote(category ?? '')} is not mapped to a Back Market category. Map it in Categorisation.`, mappingFix('categories', category ?? ''));
    }
    return;
  }
  const { marketplaceCategoryId, via } = resolved;
  const leaf = context.leaves.get(marketplaceCategoryId);
  if (!leaf || !leaf.isLeaf) {
    if (verdict.fail(ALL)) {
      const mapped =
        via === 'product'
          ? 'This product is sent to its own Back Market category'
          : via === 'brand'
            ? `Your category ${quote(category ?? '')} sends the brand ${quote(product.brand ?? '')} to Back Market category`
            : `Your category ${quote(category ?? '')} is mapped to Back Market category`;
      verdict.add(
        'category-stale',
        null,
        'category_id',
        `${mapped} ${marketplaceCategoryId}, which the stored category tree does not have as a last-level category. Refresh the category tree and map the category again.`,
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
        `The category tree in the language of ${countryName(code)} (${missing.language}) is not stored with ${leaf.path}, so the values Back Market accepts there are not known. Refresh the category tree in Categorisation.`,
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
      verdict.add('required-missing', null, field, `Back Market requires "${attribute.label}" for ${path}, and it is not mapped. Map it in the category attributes.`, mappingFix('category-attributes', key));
    }
    return;
  }
  const value = resolveSource(product, source, '');
  if (value === null) {
    if (attribute.required && verdict.fail(ALL)) {
      verdict.add('required-missing', null, field, `"${attribute.label}" is empty for this product; Back Market requires it for ${path}. Fill it in.`, valueFix(source, field, 'category-attributes', key));
    }
    return;
  }
  switch (attribute.kind) {
    case 'decimal':
      if (Number.isNaN(numberOf(value)) && verdict.fail(ALL)) {
        verdict.add('not-a-number', null, field, `"${attribute.label}" is ${quote(value)}, which is not a number. Enter a number such as 6.1.`, valueFix(source, field, 'category-attributes', key));
      }
      return;
    case 'integer': {
      const number = numberOf(value);
      if ((Number.isNaN(number) || !isWholeNumber(number)) && verdict.fail(ALL)) {
        verdict.add('not-an-integer', null, field, `"${attribute.label}" is ${quote(value)}, which is not a whole number. Enter a whole number such as 128.`, valueFix(source, field, 'category-attributes', key));
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
              ? `"${values.attribute.label}" is ${quote(text)}, which Back Market does not accept for ${path} in ${countryName(country?.country.code ?? '')}, whose values are in another language. Map ${quote(text)} to one of its values there (${shown}).`
              : `"${attribute.label}" is ${quote(text)}, which Back Market does not accept for ${path}. Map ${quote(text)} to one of its values (${shown}).`,
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
  if (spec.notApplied || spec.group === 'internal') return;
  if (spec.kind === 'currency') {
    checkCurrency(product, source, country, countryMask, verdict);
    return;
  }
  // A price stored in the price matrix for this country wins over the mapped source.
  const stored = spec.field === 'price' && code ? product.countryPrices?.[code] : undefined;
  if (stored === undefined && country && catalogueCurrencyClash(spec.field, source, country.country.currency)) {
    if (verdict.fail(countryMask)) {
      verdict.add('price-currency', code, spec.field, catalogueCurrencyMessage(spec.label, country.country.code, country.country.currency), { kind: 'product-field', field: `price:${code ?? ''}` });
    }
    return;
  }
  let value: ResolvedValue = stored ?? (source ? resolveSource(product, source, code ?? '') : null);
  if (value === null && mapped.content?.fallback && code && (mapped.content.implicit || mapped.content.choice !== null)) {
    // No text of the market's own language: the catalogue's, unless the merchant chose to fill them for this market.
    const fallback = resolveSource(product, mapped.content.fallback, code);
    if (fallback !== null && mapped.content.choice === 'fill') {
      if (verdict.fail(countryMask)) {
        verdict.add(
          'content-language',
          code,
          spec.field,
          `This product has no ${spec.label.toLowerCase()} in the language of ${countryName(code)} (${mapped.content.language}), and you chose to fill those rather than send the ${mapped.content.catalogueLanguage} text there. Fill it in, or choose to send the ${mapped.content.catalogueLanguage} text in ${countryName(code)}.`,
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
      verdict.add('required-missing', code, spec.field, `Back Market requires "${spec.label}"${where(code)}, and it is not mapped. Map it in the field mapping.`, mappingFix('attributes', spec.field));
    } else if (source.kind === 'price-matrix') {
      verdict.add('required-missing', code, spec.field, `This product has no price${where(code)}. Set one in the price matrix.`, { kind: 'product-field', field: `price:${code ?? ''}` });
    } else {
      verdict.add('required-missing', code, spec.field, `"${spec.label}" is empty for this product${where(code)}; Back Market requires it. Fill it in.`, valueFix(source, spec.field));
    }
    return;
  }
  switch (spec.kind) {
    case 'text':
    case 'long-text': {
      const limit = spec.field === 'title' ? TITLE_MAX_LENGTH : spec.field === 'comment' ? COMMENT_MAX_LENGTH : 0;
      const length = String(value).length;
      if (limit > 0 && length > limit && verdict.fail(countryMask)) {
        verdict.add(spec.field === 'title' ? 'title-too-long' : 'comment-too-long', code, spec.field, `"${spec.label}"${where(code)} has ${length} characters; Back Market takes at most ${limit}. Shorten it.`, fixFor(source, spec.field));
      }
      return;
    }
    case 'grams': {
      const grams = numberOf(value);
      if (!(grams > 0 && isWholeNumber(grams)) && verdict.fail(countryMask)) {
        verdict.add('weight-invalid', code, spec.field, `The weight is ${quote(value)}; Back Market needs a positive whole number of grams (for example 180). Enter the weight in grams.`, fixFor(source, spec.field));
      }
      return;
    }
    case 'money': {
      const allowZero = spec.field !== 'price' && spec.field !== 'price_new';
      const problem = priceProblem(numberOf(value), allowZero);
      if (problem && verdict.fail(countryMask)) {
        verdict.add('price-invalid', code, spec.field, `"${spec.label}"${where(code)} is ${quote(value)}, which ${problem}. Enter ${allowZero ? 'an amount of 0 or more' : 'a positive amount'} with at most 2 decimals, such as 199.90.`, stored !== undefined || source?.kind === 'price-matrix' ? { kind: 'product-field', field: `price:${code ?? ''}` } : fixFor(source, spec.field));
      }
      return;
    }
    case 'integer': {
      const number = numberOf(value);
      if (!(number >= 0 && isWholeNumber(number)) && verdict.fail(countryMask)) {
        verdict.add('not-an-integer', code, spec.field, `"${spec.label}"${where(code)} is ${quote(value)}; it must be a whole number of 0 or more.`, fixFor(source, spec.field));
      }
      return;
    }
    case 'months': {
      const months = numberOf(value);
      if (!isWholeNumber(months) && verdict.fail(countryMask)) {
        verdict.add('not-an-integer', code, spec.field, `The warranty${where(code)} is ${quote(value)}; enter a whole number of months, such as 12.`, fixFor(source, spec.field));
      } else if (isWholeNumber(months) && months < context.warrantyMinimumMonths && verdict.fail(countryMask)) {
        verdict.add(
          'warranty-too-short',
          code,
          spec.field,
          `The warranty${where(code)} is ${months} months; Back Market's API rule is at least ${context.warrantyMinimumMonths} months (the channel guide's older ${GUIDE_WARRANTY_MINIMUM_MONTHS}-month minimum no longer applies). Offer ${context.warrantyMinimumMonths} months or more.`,
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
        verdict.add('shipper-unmapped', code, spec.field, `The carrier ${quote(carrier)} is not mapped to a Back Market shipper. Map it in the carrier mapping.`, mappingFix('carriers', carrier));
      }
      return;
    }
    case 'ean': {
      const ean = String(value);
      if (!/^\d+$/.test(ean) || !/^(\d{8}|\d{12,14})$/.test(ean)) {
        if (verdict.fail(countryMask)) verdict.add('ean-format', code, spec.field, `The EAN ${quote(ean)} must be 8, 12, 13 or 14 digits. Copy it again from the box or the manufacturer.`, fixFor(source, spec.field));
      } else if (!isValidEan(ean) && verdict.fail(countryMask)) {
        verdict.add('ean-check-digit', code, spec.field, `The EAN ${quote(ean)} has a wrong check digit, so it matches no product. Copy it again from the box or the manufacturer.`, fixFor(source, spec.field));
      }
      return;
    }
    case 'product-id': {
      const id = String(value);
      if (!/^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(id) && verdict.fail(countryMask)) {
        verdict.add('product-id-format', code, spec.field, `The Back Market product id ${quote(id)} must be a UUID (or the older whole-number id). Copy it from the product page in your Back Market back office.`, fixFor(source, spec.field));
      }
      return;
    }
    case 'url':
    case 'dimension':
      return;
  }
}

function checkGrade(condition: string, source: FieldSource, context: ValidationContext, verdict: Verdict): void {
  const target = context.conditionMap.get(condition);
  if (target !== undefined ? isGrade(target) : isGrade(condition)) return;
  if (!verdict.fail(ALL)) return;
  const grades = Object.values(GRADE_INFO).map((info) => info.label).join(', ');
  if (source.kind === 'fixed') {
    verdict.add('condition-unmapped', null, 'grade', `The fixed condition ${quote(condition)} is not a Back Market grade. Choose one of ${grades}.`, mappingFix('attributes', 'grade'));
  } else {
    verdict.add('condition-unmapped', null, 'grade', `The condition ${quote(condition)} is not mapped to a Back Market grade (${grades}). Map it in the condition mapping.`, mappingFix('conditions', condition));
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
      ? `Back Market takes prices for ${countryName(code)} in ${expected}, and your prices are taken as ${PLATFORM_CURRENCY}. Map the currency for ${countryName(code)} to the fixed value ${expected}, with prices in ${expected}.`
      : `The currency for ${countryName(code)} is ${quote(value)}; Back Market takes prices there in ${expected}. Give prices for ${countryName(code)} in ${expected}.`,
    source && value !== null ? valueFix(source, 'currency') : mappingFix('attributes', 'currency'),
  );
}

/** One product's problems, grouped per enabled country (a problem for every country is listed under each). */
export function problemsByCountry(product: ValidationProduct, context: ValidationContext): { country: string; ready: boolean; problems: Problem[] }[] {
  const problems: Problem[] = [];
  const notReady = validateProduct(product, context, problems);
  return context.countries.map((country) => ({
    country: country.country.code,
    ready: (notReady & (1 << country.index)) === 0,
    problems: problems.filter((problem) => problem.country === null || problem.country === country.country.code),
  }));
}
