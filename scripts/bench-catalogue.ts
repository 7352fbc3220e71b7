// Deterministic products for the benchmark: realistic widths of text, one parent with three variations in every four rows.
import { eanCheckDigit } from '../shared/ean';
import type { FieldValues } from '../electron/core/db/product-columns';

export interface BenchProduct {
  values: FieldValues;
  attributes: Record<string, string>;
}

const MODELS = [
  { brand: 'Apple', name: 'iPhone 13', category: 'Phones > Smartphones', price: 429.9, weight: 174 },
  { brand: 'Apple', name: 'iPhone 14 Pro', category: 'Phones > Smartphones', price: 689, weight: 206 },
  { brand: 'Samsung', name: 'Galaxy S23', category: 'Phones > Smartphones', price: 479.5, weight: 168 },
  { brand: 'Google', name: 'Pixel 8', category: 'Phones > Smartphones', price: 399, weight: 187 },
  { brand: 'Apple', name: 'MacBook Air M2', category: 'Computers > Laptops', price: 899, weight: 1240 },
  { brand: 'Lenovo', name: 'ThinkPad T14', category: 'Computers > Laptops', price: 549.9, weight: 1370 },
  { brand: 'Apple', name: 'iPad Air 5', category: 'Tablets > iPad', price: 459, weight: 461 },
  { brand: 'Sony', name: 'PlayStation 5', category: 'Gaming > Consoles', price: 379, weight: 4500 },
  { brand: "De'Longhi", name: 'Magnifica S', category: 'Home > Coffee machines', price: 239.99, weight: 9000 },
  { brand: 'Dyson', name: 'V11 Absolute', category: 'Home > Vacuums', price: 329, weight: 2970 },
];
const COLOURS = ['Midnight', 'Starlight', 'Blue', 'Graphite'];
const STORAGE = ['128 GB', '256 GB', '512 GB'];

export function benchProduct(index: number): BenchProduct {
  const model = MODELS[Math.floor(index / 4) % MODELS.length] as (typeof MODELS)[number];
  const group = Math.floor(index / 4);
  const position = index % 4;
  const colour = COLOURS[group % COLOURS.length] as string;
  const storage = position === 0 ? null : (STORAGE[position - 1] as string);
  const body = `3${String(1_000_000_000 + index).padStart(11, '0')}`;
  const productNumber = position === 0 ? `BM-${group}` : `BM-${group}-${position}`;
  return {
    values: {
      productNumber,
      parentNumber: position === 0 ? null : `BM-${group}`,
      title: `${model.brand} ${model.name}${storage ? ` ${storage}` : ''} ${colour} - Refurbished`,
      description: `Refurbished ${model.name}, tested on 30 points; 12-month warranty, "like new" packaging.`,
      ean: `${body}${eanCheckDigit(body)}`,
      brand: model.brand,
      category: model.category,
      condition: ['A+', 'A', 'B', 'C'][index % 4] as string,
      stock: index % 25,
      price: Math.round((model.price + position * 60 + (index % 7)) * 100) / 100,
      weightGrams: model.weight,
      colour,
      storage,
      widthCm: 7.15,
      heightCm: 14.67,
      depthCm: 0.77,
      image1: `https://images.example-refurb.com/${productNumber.toLowerCase()}/front.jpg`,
      image2: `https://images.example-refurb.com/${productNumber.toLowerCase()}/back.jpg`,
    },
    attributes: { Model: `A${2600 + (group % 90)}`, 'Battery health': `${85 + (index % 15)}%` },
  };
}
