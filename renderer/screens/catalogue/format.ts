// How product values read in the grid, in the merchant's language: prices in EUR, weights in grams.
import { useMemo } from 'react';
import { formatFor, numberFormat, useFormat } from '../../i18n/format';

export interface ProductFormatters {
  price(value: number | null): string;
  weight(value: number | null): string;
  count(value: number | null): string;
}

/** The grid's formatters for a language (the UI's current one when none is given). */
export function createFormatters(locale?: string): ProductFormatters {
  const price = numberFormat(locale, { style: 'currency', currency: 'EUR' });
  const grams = numberFormat(locale, { style: 'unit', unit: 'gram', maximumFractionDigits: 1 });
  const count = numberFormat(locale, { maximumFractionDigits: 0 });
  return {
    price: (value) => (value === null ? '' : price.format(value)),
    weight: (value) => (value === null ? '' : grams.format(value)),
    count: (value) => (value === null ? '' : count.format(value)),
  };
}

export function useFormatters(): ProductFormatters {
  const { language } = useFormat();
  return useMemo(() => createFormatters(language), [language]);
}

export function formatBytes(bytes: number, locale?: string): string {
  return formatFor(locale).bytes(bytes);
}
