// A catalogue attribute's name as the merchant reads it: the per-language and per-market text columns an account import
// or the mapping writes (title_de, comment_fr-be, warranty_de-de) become « Titre (allemand) », « Commentaire (Belgique) »; any other
// attribute is the merchant's own column name and stays as it is.
import type { TFunction } from 'i18next';
import { marketOwnOfColumn, parseContentColumn } from '../../shared/market-language';
import { countryNameOf } from '../screens/mapping/country-name';
import { SUPPORTED_LANGUAGES } from './locales';

/** The fields an account import creates a catalogue column for, named in the merchant's language then (api/account-queries.ts). */
const IMPORTED_FIELDS = ['comment', 'warranty_delay'] as const;

/**
 * The name of a column an account import created (« Garantie (mois) » when the merchant read French then) in the
 * merchant's language now (« Garantie (Monate) »); null for any other column.
 */
export function importedColumnLabel(t: TFunction, name: string): string | null {
  const wanted = name.trim();
  const field = IMPORTED_FIELDS.find((candidate) => SUPPORTED_LANGUAGES.some((language) => t(`account.fields.${candidate}`, { lng: language }) === wanted));
  return field ? t(`account.fields.${field}`) : null;
}

export function attributeLabel(t: TFunction, name: string): string {
  const own = marketOwnOfColumn(name);
  if (own) {
    const country = countryNameOf(t, own.market);
    const field = t(own.field === 'comment' ? 'labels.attributes.comment' : 'labels.attributes.warranty');
    return country === own.market ? name : t('labels.attributes.inMarket', { field, country });
  }
  const column = parseContentColumn(name);
  if (!column) return name;
  const language = t(`languages.${column.language}`, { defaultValue: '' });
  return language ? t('labels.attributes.inLanguage', { field: t(`labels.attributes.${column.field}`), language }) : name;
}
