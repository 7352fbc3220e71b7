// Back Market's field names and help in the merchant's language (bmFields.<field> in the locales). A field the
// locales do not name (a category attribute read from Back Market's tree) keeps the name it came with.
import type { TFunction } from 'i18next';

const known = (t: TFunction, field: string) => /^[\w-]+$/.test(field) && t(`bmFields.${field}.label`, { defaultValue: '' }) !== '';

export function fieldLabel(t: TFunction, field: string, fallback: string = field): string {
  return known(t, field) ? t(`bmFields.${field}.label`) : fallback;
}

export function fieldHint(t: TFunction, field: string, fallback = ''): string {
  return known(t, field) ? t(`bmFields.${field}.hint`) : fallback;
}
