// Dates, numbers, sizes and prices in the UI's current language, with Intl. One place builds the Intl objects and
// caches them per language and options (they are costly to create and a grid formats thousands of cells); the
// screens' formatters (catalogue/format.ts, pricing/money.ts, mapping/format-date.ts, backups/backup-format.ts)
// are thin views over it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { DEFAULT_LANGUAGE } from './locales';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The language Intl formats in: the one given, or the UI's current one. */
export function formatLanguage(language?: string): string {
  return language || i18next.resolvedLanguage || i18next.language || DEFAULT_LANGUAGE;
}

export function numberFormat(language: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = formatLanguage(language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateFormat(language: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = formatLanguage(language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Every formatter of the UI, for one language. */
export interface Format {
  readonly language: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A price in the given currency (EUR unless said), e.g. "1 234,50 €" in French. */
  money(value: number, currency?: string): string;
  /** A date and time, medium date and short time unless said. */
  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  /** A file size in the largest unit under 1024, e.g. "12.5 MB". */
  bytes(bytes: number): string;
}

const formats = new Map<string, Format>();

export function formatFor(language?: string): Format {
  const locale = formatLanguage(language);
  let format = formats.get(locale);
  if (!format) {
    format = {
      language: locale,
      number: (value, options) => numberFormat(locale, options).format(value),
      // The narrow symbol: French Intl writes the pound as "£GB" otherwise, which no merchant selling in the UK reads.
      money: (value, currency = 'EUR') => numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(value),
      date: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) => dateFormat(locale, options).format(typeof value === 'string' ? new Date(value) : value),
      bytes: (bytes) => {
        let value = bytes;
        let unit = 0;
        while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
          value /= 1024;
          unit += 1;
        }
        return numberFormat(locale, { style: 'unit', unit: BYTE_UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
      },
    };
    formats.set(locale, format);
  }
  return format;
}

/** The formatters of the UI's current language; the component renders again when the language changes. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage || i18n.language;
  return useMemo(() => formatFor(language), [language]);
}
