// Test fixture: a complete mapping for three countries and a product that is ready everywhere, to break one rule at a time.
import type { FieldSource } from '../mapping';
import type { MappingSnapshot, ValidationProduct } from './types';

const field = (name: string): FieldSource => ({ kind: 'field', field: name as never });
const attribute = (name: string): FieldSource => ({ kind: 'attribute', name });
const fixed = (value: string): FieldSource => ({ kind: 'fixed', value });

export function completeSnapshot(): MappingSnapshot {
  return {
    countries: [
      { code: 'fr-fr', currency: 'EUR', language: 'fr' },
      { code: 'de-de', currency: 'EUR', language: 'de' },
      { code: 'en-gb', currency: 'GBP', language: 'en' },
    ],
    categories: { Phones: 2 },
    leaves: {
      2: {
        marketplaceCategoryId: 2,
        path: 'Téléphones > Smartphones > iPhone',
        isLeaf: true,
        attributes: [
          { field: 'model', label: 'Modèle', kind: 'string', required: true, allowedValues: [] },
          { field: 'color', label: 'Couleur', kind: 'multiple-choice', required: true, allowedValues: ['Noir', 'Blanc', 'Bleu'] },
          { field: 'screen_size', label: 'Taille écran', kind: 'decimal', required: true, allowedValues: [] },
          { field: 'ram', label: 'RAM', kind: 'integer', required: false, allowedValues: [] },
        ],
      },
    },
    fields: [
      { backMarketField: 'brand', country: '', source: field('brand') },
      { backMarketField: 'image1', country: '', source: field('image1') },
      { backMarketField: 'weight', country: '', source: field('weightGrams') },
      { backMarketField: 'title', country: '', source: field('title') },
      { backMarketField: 'title', country: 'de-de', source: attribute('Titel') },
      { backMarketField: 'description', country: '', source: field('description') },
      { backMarketField: 'price_new', country: '', source: attribute('MSRP') },
      { backMarketField: 'sku', country: '', source: field('productNumber') },
      { backMarketField: 'grade', country: '', source: field('condition') },
      { backMarketField: 'quantity', country: '', source: field('stock') },
      { backMarketField: 'ean', country: '', source: field('ean') },
      { backMarketField: 'product_id', country: '', source: field('backmarketId') },
      { backMarketField: 'currency', country: 'en-gb', source: fixed('GBP') },
      { backMarketField: 'price', country: '', source: { kind: 'price-matrix' } },
      { backMarketField: 'warranty_delay', country: '', source: fixed('12') },
      { backMarketField: 'comment', country: '', source: attribute('Comment') },
      { backMarketField: 'category:2:model', country: '', source: attribute('Model') },
      { backMarketField: 'category:2:color', country: '', source: field('colour') },
      { backMarketField: 'category:2:screen_size', country: '', source: attribute('Screen') },
      { backMarketField: 'category:2:ram', country: '', source: attribute('RAM') },
    ],
    values: [
      { map: 'condition', merchantValue: 'A', target: 'EXCELLENT' },
      { map: 'attribute:2:color', merchantValue: 'Black', target: 'Noir' },
    ],
    warrantyMinimumMonths: 12,
  };
}

export function readyProduct(overrides: Partial<ValidationProduct> = {}): ValidationProduct {
  return {
    id: 1,
    productNumber: 'IP13-128-BLK',
    parentNumber: null,
    title: 'iPhone 13 128 Go Noir',
    description: 'Reconditionné, testé.',
    ean: '4006381333931',
    backmarketId: null,
    brand: 'Apple',
    category: 'Phones',
    condition: 'A',
    stock: 3,
    price: 499,
    weightGrams: 174,
    colour: 'Black',
    storage: '128 GB',
    size: null,
    widthCm: null,
    heightCm: null,
    depthCm: null,
    image1: 'https://example.com/ip13.jpg',
    image2: null,
    image3: null,
    image4: null,
    image5: null,
    image6: null,
    attributes: { Titel: 'iPhone 13 128 GB Schwarz', MSRP: '909', Comment: 'Livré avec câble', Model: 'iPhone 13', Screen: '6,1', RAM: '4' },
    countryPrices: { 'fr-fr': 459.9, 'de-de': 469, 'en-gb': 399 },
    ...overrides,
  };
}
