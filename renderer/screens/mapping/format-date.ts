// Dates of the mapping screens (when the tree was fetched) in the merchant's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language]);
}
