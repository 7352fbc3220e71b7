// A catalogue attribute's name as the merchant reads it: the per-language and per-market text columns an account import
// or the mapping writes (title_de, comment_fr-be) become « Titre (allemand) », « Commentaire (Belgique) »; any other
// attribute is the merchant's own column name and stays as it is.
import type { TFunction } from 'i18next';
import { marketOfCommentColumn, parseContentColumn } from '../../shared/market-language';
import { countryNameOf } from '../screens/mapping/country-name';

export function attributeLabel(t: TFunction, name: string): string {
  const market = marketOfCommentColumn(name);
  if (market) {
    const country = countryNameOf(t, market);
    return country === market ? name : t('wordsui.attributes.inMarket', { field: t('wordsui.attributes.comment'), country });
  }
  const column = parseContentColumn(name);
  if (!column) return name;
  const language = t(`languages.${column.language}`, { defaultValue: '' });
  return language ? t('wordsui.attributes.inLanguage', { field: t(`wordsui.attributes.${column.field}`), language }) : name;
}
