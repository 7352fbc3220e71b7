// How product values read in the grid, in the merchant's language: prices in EUR, weights in grams.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface ProductFormatters {
  price(value: number | null): string;
  weight(value: number | null): string;
  count(value: number | null): string;
}

export function createFormatters(locale: string): ProductFormatters {
  const price = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const grams = new Intl.NumberFormat(locale, { style: 'unit', unit: 'gram', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    price: (value) => (value === null ? '' : price.format(value)),
    weight: (value) => (value === null ? '' : grams.format(value)),
    count: (value) => (value === null ? '' : count.format(value)),
  };
}

export function useFormatters(): ProductFormatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
