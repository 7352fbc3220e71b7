// Words a message main sent (a code and its values) in the merchant's language: messages.<code> in the locales, with
// Back Market's field names, the markets' names and the grades in that language too.
// A text stored before messages had codes comes as 'stored.verbatim' and is shown as it was written.
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { findMarketChoice } from '../../shared/connection';
import { GRADES } from '../../shared/grades';
import { languageNames } from '../../shared/messages/language-names';
import { namedInput, wordedParams, type DerivedWords, type MerchantMessage } from '../../shared/messages/merchant-message';
import { fieldLabel } from './field-text';

/** A field of a call's input by the name the merchant reads beside it: the product form's, the input's own, Back Market's. */
function inputLabel(t: TFunction, segment: string): string | undefined {
  if (!/^[A-Za-z][\w]*$/.test(segment)) return undefined;
  const named = t(`fields.${segment}`, { defaultValue: '' }) || t(`inputNames.${segment}`, { defaultValue: '' }) || fieldLabel(t, segment, '');
  return named || undefined;
}

function wordsOf(t: TFunction): DerivedWords {
  const countryName = (code: string) => {
    const market = findMarketChoice(code);
    return market ? t(`markets.${market.country}`) : code;
  };
  return {
    fieldName: (field) => fieldLabel(t, field),
    countryName,
    where: (code) => t('messages.words.where', { countryName: countryName(code) }),
    grades: () => GRADES.map((grade) => t(`units.grades.${grade}`)).join(', '),
    languageName: (code) => languageNames(i18next.resolvedLanguage ?? i18next.language ?? 'en').of(code) ?? code,
    inputName: (path) => namedInput(path, (segment) => inputLabel(t, segment)) ?? t('messages.words.thisValue'),
  };
}

export function messageText(message: MerchantMessage, t: TFunction = i18next.t.bind(i18next)): string {
  return t(`messages.${message.code}`, { ...wordedParams(message, wordsOf(t)), defaultValue: message.code });
}
