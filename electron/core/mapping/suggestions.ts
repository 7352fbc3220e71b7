// What Refurb Desk proposes as the source of each Back Market field: the catalogue's core field of the same meaning, or
// a free attribute whose name says it (e.g. "MSRP", "Garantie", "Cost"), or a fixed value where one is customary.
import type { ProductField } from '../../../shared/catalogue';
import { PLATFORM_CURRENCY, WARRANTY_MINIMUM_MONTHS, type FieldSource, type LeafAttribute, type MarketCountry } from '../../../shared/mapping';
import { suggestedOfferComment } from '../../../shared/offer-comment';
import { foldText } from '../../../shared/text-fold';

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

/** Attribute-name patterns (folded) that say what a free attribute holds. */
const ATTRIBUTE_HINTS: Readonly<Record<string, RegExp>> = {
  price_new: /^(msrp|rrp|uvp|price.?new|prix.?neuf|neupreis|new.?price)$/,
  warranty_delay: /^(warranty|garantie|gewahrleistung|warranty.?months|garantie.?mois)$/,
  comment: /^(comment|commentaire|kommentar|offer.?comment)$/,
  cost_price: /^(cost|cost.?price|purchase.?price|prix.?d.?achat|einkaufspreis|ek)$/,
  deee_price: /^(deee|eco.?part|ecoparticipation|deee.?price)$/,
  shipper_1: /^(carrier|shipper|transporteur|versanddienstleister)$/,
};

const fold = (name: string) => foldText(name).trim();

export function suggestFieldSource(field: string, attributeNames: readonly string[], country?: MarketCountry): FieldSource | null {
  const core = CORE[field];
  if (core) return { kind: 'field', field: core };
  const pattern = ATTRIBUTE_HINTS[field];
  const attribute = pattern && attributeNames.find((name) => pattern.test(fold(name)));
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

/** A category attribute's likely source: a free attribute or core field of the same name or label. */
export function suggestAttributeSource(attribute: LeafAttribute, attributeNames: readonly string[]): FieldSource | null {
  const wanted = new Set([fold(attribute.field), fold(attribute.label)]);
  const byName = attributeNames.find((name) => wanted.has(fold(name)));
  if (byName) return { kind: 'attribute', name: byName };
  if (wanted.has('color') || wanted.has('couleur') || wanted.has('colour')) return { kind: 'field', field: 'colour' };
  if (wanted.has('storage') || wanted.has('capacite de stockage')) return { kind: 'field', field: 'storage' };
  if (wanted.has('size')) return { kind: 'field', field: 'size' };
  return null;
}
