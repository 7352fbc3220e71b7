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
  /**
   * A date and time: the one way the app writes them in a language (medium date, short time: « 6 déc. 2026, 10:37 »,
   * « 06.12.2026, 10:37 »). Options only for what is not a date and time (a chart's axis label).
   */
  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  /** A day without its time, written as `date` writes it (« 6 déc. 2026 »). */
  day(value: string | Date): string;
  /** A time of today, as `date` writes it (« 10:37 »). */
  time(value: string | Date): string;
  /** A date and time to the second (a log), as `date` writes it (« 6 déc. 2026, 10:37:05 »). */
  moment(value: string | Date): string;
  /** A file size in the largest unit under 1024, e.g. "12.5 MB". */
  bytes(bytes: number): string;
  /**
   * A list as the language writes one (« Allemagne : 6 offres, Belgique : 4 offres et France : 6 offres »), never
   * items glued with an English "; " or ", ".
   */
  list(items: readonly string[]): string;
}

/** The date and time style of every screen: a grid and a sentence write one date alike. */
const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const satisfies Intl.DateTimeFormatOptions;
const asDate = (value: string | Date): Date => (typeof value === 'string' ? new Date(value) : value);

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format;
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
      date: (value, options = DATE_TIME) => dateFormat(locale, options).format(asDate(value)),
      day: (value) => dateFormat(locale, { dateStyle: DATE_TIME.dateStyle }).format(asDate(value)),
      time: (value) => dateFormat(locale, { timeStyle: DATE_TIME.timeStyle }).format(asDate(value)),
      moment: (value) => dateFormat(locale, { ...DATE_TIME, timeStyle: 'medium' }).format(asDate(value)),
      bytes: (bytes) => {
        let value = bytes;
        let unit = 0;
        while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
          value /= 1024;
          unit += 1;
        }
        return numberFormat(locale, { style: 'unit', unit: BYTE_UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
      },
      list: (items) => listFormat(locale).format(items),
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
