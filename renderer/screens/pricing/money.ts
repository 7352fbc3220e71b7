// Money in a market's own currency (EUR, GBP, SEK), in the merchant's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useMoneyFormat(): (value: number, currency: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const formats = new Map<string, Intl.NumberFormat>();
    return (value: number, currency: string) => {
      let format = formats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(i18n.language, { style: 'currency', currency });
        formats.set(currency, format);
      }
      return format.format(value);
    };
  }, [i18n.language]);
}
