// A message in English, for logs, the headless CLI and CallFailure.message: the same registry the renderer's English
// reads, with Back Market's field names and the markets' English names.
import { GRADE_INFO } from '../grades';
import { countryName } from '../validation/messages';
import { ENGLISH_MESSAGES } from './english';
import { languageNames } from './language-names';
import { ENGLISH_FIELD_TEXTS } from './field-texts';
import { englishTemplate, interpolate, namedInput, wordedParams, type DerivedWords, type MerchantMessage } from './merchant-message';

const ENGLISH_WORDS: DerivedWords = {
  fieldName: (field) => ENGLISH_FIELD_TEXTS[field]?.label ?? field,
  countryName,
  where: (code) => interpolate(ENGLISH_MESSAGES.words.where, { countryName: countryName(code) }),
  grades: () => Object.values(GRADE_INFO).map((info) => info.label).join(', '),
  languageName: (code) => languageNames('en').of(code) ?? code,
  // The log names a field by Back Market's name when it has one, else by its path in the call's input.
  inputName: (path) => namedInput(path, (segment) => ENGLISH_FIELD_TEXTS[segment]?.label) ?? (path || ENGLISH_MESSAGES.words.thisValue),
};

export function inEnglish(message: MerchantMessage): string {
  return interpolate(englishTemplate(message.code) ?? message.code, wordedParams(message, ENGLISH_WORDS));
}
