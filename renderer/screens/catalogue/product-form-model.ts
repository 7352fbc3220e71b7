// The product form's draft: text as typed for every field, turned into a catalogue:save input after the shared rules pass.
import { PRODUCT_FIELDS, type Product, type ProductField, type ProductInput } from '../../../shared/catalogue';
import type { MerchantMessage } from '../../../shared/messages/merchant-message';
import { fieldProblemSaid } from '../../../shared/product-rules';
import type { ValidationProduct } from '../../../shared/validation';
import { parseFieldInput, toEditText } from './field-input';

export interface AttributeDraft {
  /** Stable React key: names can be edited, so they cannot be the key. */
  key: number;
  name: string;
  value: string;
}

export interface ProductDraft {
  fields: Record<ProductField, string>;
  attributes: AttributeDraft[];
}

/** Problems by field name, or by `attributes.<index>` for an attribute row. */
export type DraftProblems = Record<string, string>;

export const FORM_SECTIONS: { id: string; fields: ProductField[] }[] = [
  { id: 'identity', fields: ['productNumber', 'parentNumber', 'title', 'description', 'ean', 'backmarketId', 'brand', 'category', 'condition'] },
  { id: 'offer', fields: ['stock', 'price'] },
  { id: 'variation', fields: ['colour', 'storage', 'size', 'weightGrams', 'widthCm', 'heightCm', 'depthCm'] },
  { id: 'images', fields: ['image1', 'image2', 'image3', 'image4', 'image5', 'image6'] },
];

let nextKey = 1;
export const attributeDraft = (name = '', value = ''): AttributeDraft => ({ key: nextKey++, name, value });

export function emptyDraft(): ProductDraft {
  return { fields: Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, ''])) as Record<ProductField, string>, attributes: [] };
}

export function draftFromProduct(product: Product): ProductDraft {
  return {
    fields: Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, toEditText(product[field])])) as Record<ProductField, string>,
    attributes: Object.entries(product.attributes).map(([name, value]) => attributeDraft(name, value)),
  };
}

export interface CheckedDraft {
  problems: DraftProblems;
  /** Present only when there are no problems. */
  input: ProductInput | null;
}

/** How the form words its problems in the merchant's language: a rule's message, and an attribute row's two problems. */
export interface DraftWording {
  message(message: MerchantMessage): string;
  attributeNameMissing: string;
  attributeNameTwice: string;
}

/** Applies the same rules main applies, so the merchant sees every problem before anything is sent. */
export function checkDraft(draft: ProductDraft, describe: DraftWording): CheckedDraft {
  const problems: DraftProblems = {};
  const values = parsedFields(draft);
  for (const field of PRODUCT_FIELDS) {
    const problem = fieldProblemSaid(field, values[field]);
    if (problem) problems[field] = describe.message(problem);
  }
  const attributes: Record<string, string> = {};
  draft.attributes.forEach((attribute, index) => {
    const name = attribute.name.trim();
    if (!name && !attribute.value.trim()) return; // An empty row is simply dropped.
    if (!name) problems[`attributes.${index}`] = describe.attributeNameMissing;
    else if (Object.hasOwn(attributes, name)) problems[`attributes.${index}`] = describe.attributeNameTwice;
    else attributes[name] = attribute.value;
  });
  if (Object.keys(problems).length > 0) return { problems, input: null };
  return { problems, input: { ...(values as ProductInput), productNumber: String(values.productNumber), attributes } };
}

function parsedFields(draft: ProductDraft): Record<ProductField, string | number | null> {
  return Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, parseFieldInput(field, draft.fields[field])])) as Record<ProductField, string | number | null>;
}

/**
 * The draft as the validation engine reads a product: the values a save would store. Unlike checkDraft it never refuses,
 * so Back Market problems show while the merchant types; a value the shared rules refuse (text in a numeric field) is
 * passed as typed and the engine names it in its own words. A repeated attribute name keeps its first row, as a save would
 * be refused until it is fixed.
 */
export function validationProductOf(draft: ProductDraft, id: number): ValidationProduct {
  const values = parsedFields(draft);
  const attributes: Record<string, string> = {};
  for (const attribute of draft.attributes) {
    const name = attribute.name.trim();
    if (name && !Object.hasOwn(attributes, name)) attributes[name] = attribute.value;
  }
  return { ...(values as unknown as Omit<ValidationProduct, 'id' | 'productNumber' | 'attributes'>), id, productNumber: String(values.productNumber ?? ''), attributes };
}

/**
 * Main reports fields as paths of the call input ("product.ean"); the form knows them by field name. An issue that came
 * with its code is worded in the merchant's language, one without (a malformed input) as main wrote it.
 */
export function problemsFromIssues(issues: readonly { path: string; message: string; said?: MerchantMessage }[], word: (message: MerchantMessage) => string): DraftProblems {
  const problems: DraftProblems = {};
  for (const issue of issues) {
    const key = issue.path.replace(/^product\./, '');
    problems[key] ??= issue.said ? word(issue.said) : issue.message;
  }
  return problems;
}
