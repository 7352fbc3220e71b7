// Mapping and pricing data for renderer tests: Back Market leaves, value maps, problems and a price matrix.
import { inEnglish } from '../../shared/messages/in-english';
import { said, type MerchantMessage } from '../../shared/messages/merchant-message';
import type { CategoryHit, MarketCountry, PriceMatrix, PriceRow, ProductProblems } from '../../shared/mapping';

export function categoryHit(marketplaceCategoryId: number, path: string, gloss: string): CategoryHit {
  return {
    categoryId: marketplaceCategoryId + 1000,
    marketplaceCategoryId,
    name: path.split(' > ').at(-1) ?? path,
    path,
    gloss,
    isLeaf: true,
    requiredAttributes: 4,
    optionalAttributes: 2,
  };
}

export const LEAVES: CategoryHit[] = [
  categoryHit(30, 'Électroménager > Cuisine > Micro-ondes', 'Household appliances > Kitchen > Microwave ovens'),
  categoryHit(31, 'Électroménager > Cuisine > Machines à café', 'Household appliances > Kitchen > Coffee machines'),
  categoryHit(2, 'Téléphones > Smartphones > iPhone', 'Phones > Smartphones > iPhone'),
];

export const COUNTRIES: MarketCountry[] = [
  { code: 'fr-fr', currency: 'EUR', language: 'fr' },
  { code: 'de-de', currency: 'EUR', language: 'de' },
  { code: 'en-gb', currency: 'GBP', language: 'en' },
];

export function priceRow(productId: number, prices: Record<string, number>): PriceRow {
  return {
    productId,
    productNumber: `P-${productId}`,
    title: `Phone ${productId}`,
    basePrice: 100,
    costPrice: 80,
    prices: Object.fromEntries(
      Object.entries(prices).map(([country, price]) => {
        const commission = Math.round(price * 10) / 100;
        const keeps = Math.round((price - commission - 5) * 100) / 100;
        return [country, { price, origin: 'stored' as const, breakdown: { price, commission, shipping: 5, deee: 0, keeps }, belowCost: keeps < 80, problem: null }];
      }),
    ),
  };
}

export function priceMatrix(rows: PriceRow[]): PriceMatrix {
  return { countries: COUNTRIES, rows, total: rows.length, commissionRate: 0.1 };
}

/** A problem's message as main sends it: its English and its code. */
const saying = (message: MerchantMessage) => ({ message: inEnglish(message), said: message });

export const BRANDLESS_PROBLEMS: ProductProblems = {
  productId: 7,
  productNumber: 'P-0007',
  countries: COUNTRIES.map((country) => ({
    country: country.code,
    ready: false,
    problems: [
      {
        code: 'required-missing' as const,
        country: null,
        field: 'brand',
        ...saying(said('problem.fieldEmpty', { field: 'brand', country: '' })),
        fix: { kind: 'product-field' as const, field: 'brand' },
      },
      {
        code: 'condition-unmapped' as const,
        country: null,
        field: 'grade',
        ...saying(said('problem.conditionUnmapped', { condition: 'Like new-ish' })),
        fix: { kind: 'mapping' as const, section: 'conditions' as const, key: 'Like new-ish' },
      },
      ...(country.code === 'fr-fr'
        ? [
            {
              code: 'warranty-too-short' as const,
              country: 'fr-fr',
              field: 'warranty_delay',
              ...saying(said('problem.warrantyTooShort', { country: 'fr-fr', months: 6, minimum: 12, guideMinimum: 6 })),
              fix: { kind: 'mapping' as const, section: 'attributes' as const, key: 'warranty_delay' },
            },
          ]
        : []),
    ],
  })),
};
