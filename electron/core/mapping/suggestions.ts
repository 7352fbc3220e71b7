// What Refurb Desk proposes as the source of each Back Market field: the catalogue's core field of the same meaning, or
// a free column whose header says it in any of the six languages ("MSRP", "Garantie (mois)", "Gewährleistung"), and
// only then a fixed value where one is customary (the renderer says it is a default, not the merchant's data).
import type { ProductField } from '../../../shared/catalogue';
import { PLATFORM_CURRENCY, WARRANTY_MINIMUM_MONTHS, type FieldSource, type LeafAttribute, type MarketCountry } from '../../../shared/mapping';
import { suggestedOfferComment } from '../../../shared/offer-comment';
import { foldText } from '../../../shared/text-fold';
import { columnMeaning, meaningOf, type ColumnMeaning } from './column-meanings';

const CORE: Readonly<Record<string, ProductField>> = {
  brand: 'brand',
  image1: 'image1',
  image2: 'image2',
  image3: 'image3',
  image4: 'image4',
  image5: 'image5',
  image6: 'image6',
  weight: 'weightGrams',
  width: 'widthCm',
  height: 'heightCm',
  depth: 'depthCm',
  color: 'colour',
  title: 'title',
  description: 'description',
  sku: 'productNumber',
  grade: 'condition',
  quantity: 'stock',
  ean: 'ean',
  product_id: 'backmarketId',
  base_price: 'price',
};

/** The Back Market fields a free column fills when its header means it, in any of the six languages. */
const FIELD_MEANINGS: Readonly<Record<string, ColumnMeaning>> = {
  price_new: 'price_new',
  warranty_delay: 'warranty',
  comment: 'comment',
  cost_price: 'cost_price',
  deee_price: 'deee',
  shipper_1: 'carrier',
};

const fold = (name: string) => foldText(name).trim();

export function suggestFieldSource(field: string, attributeNames: readonly string[], country?: MarketCountry): FieldSource | null {
  const core = CORE[field];
  if (core) return { kind: 'field', field: core };
  // The merchant's own column comes before any fixed default: "Garantie (mois)" before a warranty of 12.
  const meaning = FIELD_MEANINGS[field];
  const attribute = meaning && columnMeaning(meaning, attributeNames);
  if (attribute) return { kind: 'attribute', name: attribute };
  if (field === 'price') {
    // The guide's advice for differing prices: one price attribute per country ("Price FR", "Preis_de-at", ...).
    const pattern = country && new RegExp(`^(price|prix|preis|prezzo|precio|prijs)[ _-]*(${country.code}|${country.code.slice(3)})$`);
    const perCountry = pattern && attributeNames.find((name) => pattern.test(fold(name)));
    return perCountry ? { kind: 'attribute', name: perCountry } : { kind: 'price-matrix' };
  }
  // Without a comment Back Market keeps the offer offline: a short one in the market's language, applied only when the
  // merchant applies the suggestions.
  if (field === 'comment' && country) return { kind: 'fixed', value: suggestedOfferComment(country) };
  if (field === 'warranty_delay') return { kind: 'fixed', value: String(WARRANTY_MINIMUM_MONTHS) };
  if (field === 'currency' && country && country.currency !== PLATFORM_CURRENCY) return { kind: 'fixed', value: country.currency };
  return null;
}

/** The core fields a category attribute of that meaning is read from when no free column holds it. */
const CORE_BY_MEANING: Partial<Record<ColumnMeaning, ProductField>> = { colour: 'colour', storage: 'storage' };

/** A category attribute's likely source: a free column of the same name or meaning (in any of the six languages), else a core field. */
export function suggestAttributeSource(attribute: LeafAttribute, attributeNames: readonly string[]): FieldSource | null {
  const wanted = new Set([fold(attribute.field), fold(attribute.label)]);
  const byName = attributeNames.find((name) => wanted.has(fold(name)));
  if (byName) return { kind: 'attribute', name: byName };
  const meaning = meaningOf(attribute.field.replace(/_/g, ' ')) ?? meaningOf(attribute.label);
  const byMeaning = meaning && columnMeaning(meaning, attributeNames);
  if (byMeaning) return { kind: 'attribute', name: byMeaning };
  // The core colour and storage are text ("256 GB"): never suggested for a number such as a laptop's storage_capacity.
  const core = meaning && CORE_BY_MEANING[meaning];
  if (core && (attribute.kind === 'string' || attribute.kind === 'multiple-choice')) return { kind: 'field', field: core };
  if (wanted.has('size')) return { kind: 'field', field: 'size' };
  return null;
}
