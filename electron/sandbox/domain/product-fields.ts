// Creating (or, before validation, updating) a product from a catalog line: the mandatory product fields and the leaf's attributes.
import type { SandboxProduct, SandboxState } from '../state/types';
import { findLeaf } from './categories';
import { treeForMarket } from './category-languages';
import type { FieldError } from './offer-fields';
import { parseDecimal, parseInteger, parseMoney } from './values';

export const PRODUCT_REQUIRED_FIELDS = ['category_id', 'title', 'description', 'brand', 'price_new', 'weight', 'image1'] as const;
const PRODUCT_FIELDS = [...PRODUCT_REQUIRED_FIELDS, 'image2', 'image3', 'image4', 'image5', 'image6', 'width', 'height', 'depth'];

/** True when the line carries any product field (so it means to create or update a product). */
export function hasProductFields(line: Record<string, string>): boolean {
  return PRODUCT_FIELDS.some((field) => (line[field] ?? '') !== '');
}

function validGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  let sum = 0;
  const body = code.slice(0, -1);
  for (let i = 0; i < body.length; i += 1) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(code.at(-1));
}

export type ProductDraft = Omit<SandboxProduct, 'product_id' | 'backmarket_id' | 'status' | 'createdByMerchant'>;

/** The product a line describes, or the errors that stop its creation. */
export function productFromLine(state: SandboxState, line: Record<string, string>, ean: string, marketCode: string): { draft?: ProductDraft; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value = (field: string) => (line[field] ?? '').trim();
  for (const field of PRODUCT_REQUIRED_FIELDS) {
    if (value(field) === '') errors.push({ field, message: `EAN ${ean} matches no product; ${field} is required to create it.` });
  }
  if (!validGtin(ean)) errors.push({ field: 'ean', message: `ean ${ean} is not a valid EAN/GTIN (8, 12, 13 or 14 digits with a GS1 check digit).` });
  if (value('title').length > 200) errors.push({ field: 'title', message: 'title is longer than 200 characters.' });
  if (value('brand').length > 100) errors.push({ field: 'brand', message: 'brand is longer than 100 characters.' });
  const priceNew = value('price_new') === '' ? null : parseMoney(value('price_new'));
  if (value('price_new') !== '' && priceNew === null) errors.push({ field: 'price_new', message: `price_new must be an amount, got ${JSON.stringify(value('price_new'))}.` });
  const weight = value('weight') === '' ? null : parseInteger(value('weight'));
  if (value('weight') !== '' && (weight === null || weight <= 1)) errors.push({ field: 'weight', message: `weight must be a whole number of grams above 1, got ${JSON.stringify(value('weight'))}.` });

  const categoryId = value('category_id') === '' ? null : parseInteger(value('category_id'));
  const leaf = categoryId === null ? undefined : findLeaf(treeForMarket(state.categories, marketCode), categoryId);
  if (value('category_id') !== '' && !leaf) errors.push({ field: 'category_id', message: `category_id ${value('category_id')} is not the marketplace_category_id of a leaf category.` });
  const attributes: Record<string, string> = {};
  for (const attribute of leaf?.attributes ?? []) {
    const raw = value(attribute.field);
    if (raw === '') {
      if (attribute.required) errors.push({ field: attribute.field, message: `${attribute.field} (${attribute.field_name}) is required in category ${leaf?.category_name ?? ''}.` });
      continue;
    }
    if (attribute.type === 0 && parseDecimal(raw) === null) errors.push({ field: attribute.field, message: `${attribute.field} must be a decimal number, got ${JSON.stringify(raw)}.` });
    else if (attribute.type === 1 && parseInteger(raw) === null) errors.push({ field: attribute.field, message: `${attribute.field} must be a whole number, got ${JSON.stringify(raw)}.` });
    // Values are checked in the market's language: a French value is not a German one.
    else if (attribute.type === 3) {
      const allowed = attribute.allowed_values.split(',').map((entry) => entry.trim());
      if (!allowed.includes(raw)) errors.push({ field: attribute.field, message: `${attribute.field} ${JSON.stringify(raw)} is not one of the allowed values in ${marketCode}: ${allowed.join(', ')}.` });
    }
    attributes[attribute.field] = raw;
  }
  if (errors.length > 0 || !leaf || priceNew === null || weight === null) return { errors };
  const images = ['image1', 'image2', 'image3', 'image4', 'image5', 'image6'].map(value).filter((image) => image !== '');
  return {
    errors,
    draft: {
      ean,
      category_id: leaf.marketplace_category_id,
      brand: value('brand'),
      weight,
      images,
      ...(value('width') ? { width: value('width') } : {}),
      ...(value('height') ? { height: value('height') } : {}),
      ...(value('depth') ? { depth: value('depth') } : {}),
      attributes,
      markets: { [marketCode]: { title: value('title'), description: value('description'), price_new: priceNew } },
    },
  };
}
