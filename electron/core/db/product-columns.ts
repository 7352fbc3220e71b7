// How each product field is stored: its column and how its value converts between the domain and SQLite.
import type { Product, ProductField, SortColumn } from '../../../shared/catalogue';
import { PRODUCT_FIELDS } from '../../../shared/catalogue';

export const FIELD_COLUMNS = {
  productNumber: 'product_number',
  parentNumber: 'parent_number',
  title: 'title',
  description: 'description',
  ean: 'ean',
  backmarketId: 'backmarket_id',
  brand: 'brand',
  category: 'category',
  condition: 'condition',
  stock: 'stock',
  price: 'price_cents',
  weightGrams: 'weight_grams',
  colour: 'colour',
  storage: 'storage',
  size: 'size',
  widthCm: 'width_cm',
  heightCm: 'height_cm',
  depthCm: 'depth_cm',
  image1: 'image1',
  image2: 'image2',
  image3: 'image3',
  image4: 'image4',
  image5: 'image5',
  image6: 'image6',
} as const satisfies Record<ProductField, string>;

export const SORT_COLUMNS: Record<SortColumn, string> = { ...FIELD_COLUMNS, updatedAt: 'updated_at' };

/** Fields whose text the catalogue search looks in. */
const SEARCHED_FIELDS = ['productNumber', 'title', 'ean', 'backmarketId', 'brand', 'category', 'colour', 'storage'] as const;

export type FieldValues = { [F in ProductField]?: Product[F] };

/** A product field's column holds what the field holds (the price in whole cents, see toCents). */
type FieldColumnValues = { [F in ProductField as (typeof FIELD_COLUMNS)[F]]: Product[F] };

export interface ProductRecord extends FieldColumnValues {
  id: number;
  parent_id: number | null;
  attributes: string;
  search_text: string;
  /** 1 once search_text is in the full-text index (migration 7). */
  search_indexed: number;
  created_at: string;
  updated_at: string;
}

/** Money is kept in whole cents so sums never drift. */
export const toCents = (price: number | null | undefined): number | null => (price == null ? null : Math.round(price * 100));
export const fromCents = (cents: number | null): number | null => (cents == null ? null : cents / 100);

export function toColumnValue(field: ProductField, value: unknown): string | number | null {
  if (value === undefined || value === null || value === '') return null;
  if (field === 'price') return toCents(value as number);
  if (field === 'stock') return Math.trunc(value as number);
  return value as string | number;
}

export function searchTextOf(values: FieldValues): string {
  // Joined by hand, lowercased once: an import writes ten thousand at a time.
  let text = `${values[SEARCHED_FIELDS[0]] ?? ''}`;
  for (let at = 1; at < SEARCHED_FIELDS.length; at += 1) text += ` ${values[SEARCHED_FIELDS[at] as (typeof SEARCHED_FIELDS)[number]] ?? ''}`;
  return text.toLowerCase();
}

export function recordToProduct(record: ProductRecord, pending: boolean): Product {
  const product = {
    id: record.id,
    attributes: JSON.parse(record.attributes) as Record<string, string>,
    updatedAt: record.updated_at,
    pending,
  } as Product;
  for (const field of PRODUCT_FIELDS) {
    const raw = record[FIELD_COLUMNS[field] as keyof ProductRecord];
    (product as unknown as Record<string, unknown>)[field] = field === 'price' ? fromCents(raw as number | null) : raw;
  }
  return product;
}
