// A message main sends to the renderer: a code from the registry (english.ts) and its parameters. The renderer words
// it in the merchant's language (renderer/i18n/message-text.ts); main words it in English only for logs and the CLI.
//
// Some placeholders are worded from a parameter rather than given: {{fieldName}} is the name of the Back Market field
// in `field` (brand → "Brand", "Marque"), {{countryName}} the name of the market in `country` (fr-fr → "France"),
// {{where}} " for France" (nothing when `country` is empty), {{grades}} the list of Back Market's grades and {{subject}}
// the name of the input field at the path in `input` (product.ean → "EAN"); a `language` or `catalogueLanguage` code
// (de) is worded as the language's name (German, allemand).
import { ENGLISH_MESSAGES } from './english';

type Registry = typeof ENGLISH_MESSAGES;

/** Every dotted path to a text in the registry: 'fault.disk-full', 'changedElsewhere.price'. */
type PathsOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : PathsOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageCode = PathsOf<Registry>;

type TextAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T ? TextAt<T[Head], Rest> : never
  : P extends keyof T ? T[P] : never;

/** The {{placeholders}} of a text, by name ({{count, number}} counts as count). */
type PlaceholdersOf<S> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? (Name extends `${infer Bare},${string}` ? Bare : Name) | PlaceholdersOf<Rest>
  : never;

/** The parameter a placeholder is worded from (see above); never for one worded from nothing. */
type ParamOf<P> = P extends 'fieldName' ? 'field' : P extends 'subject' ? 'input' : P extends 'where' | 'countryName' ? 'country' : P extends 'grades' ? never : P;

type ParamNames<C extends MessageCode> = ParamOf<PlaceholdersOf<TextAt<Registry, C>>>;
export type MessageParams<C extends MessageCode> = Record<ParamNames<C>, string | number>;

/** What main says to the merchant: a code the renderer words in their language, with the values it names. */
export interface MerchantMessage {
  code: MessageCode;
  params?: Record<string, string | number>;
}

/** A message whose parameters are checked against its English text's placeholders. */
export function said<C extends MessageCode>(code: C, ...params: [ParamNames<C>] extends [never] ? [] : [MessageParams<C>]): MerchantMessage {
  const [values] = params;
  return values ? { code, params: values as Record<string, string | number> } : { code };
}

/** The English text at a code, or undefined when the registry has no such code. */
export function englishTemplate(code: string): string | undefined {
  let node: unknown = ENGLISH_MESSAGES;
  for (const part of code.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** How one language words the placeholders that come from a parameter. */
export interface DerivedWords {
  fieldName(field: string): string;
  countryName(code: string): string;
  where(code: string): string;
  grades(): string;
  /** A language code (fr) as its name (French, français). */
  languageName(code: string): string;
  /** The name of the input field at a path of a call's input (product.ean → EAN), or words for "this value". */
  inputName(path: string): string;
}

/**
 * The name of the field at a path of a call's input, from its nearest named segment (product.ean → the name of ean;
 * vatBasisPoints.fr-fr → the name of vatBasisPoints); undefined when no segment has a name.
 */
export function namedInput(path: string, nameOf: (segment: string) => string | undefined): string | undefined {
  for (const segment of path.split('.').reverse()) {
    const name = segment === '' ? undefined : nameOf(segment);
    if (name) return name;
  }
  return undefined;
}

/** The message's parameters with the worded placeholders added, ready to interpolate. */
export function wordedParams(message: MerchantMessage, words: DerivedWords): Record<string, string | number> {
  const params: Record<string, string | number> = { ...message.params };
  const field = message.params?.field;
  const country = message.params?.country;
  if (field !== undefined) params.fieldName = words.fieldName(String(field));
  if (country !== undefined) {
    params.countryName = country === '' ? '' : words.countryName(String(country));
    params.where = country === '' ? '' : words.where(String(country));
  }
  const input = message.params?.input;
  if (input !== undefined) params.subject = words.inputName(String(input));
  for (const name of ['language', 'catalogueLanguage']) {
    const code = message.params?.[name];
    if (typeof code === 'string' && code) params[name] = words.languageName(code);
  }
  const template = englishTemplate(message.code) ?? '';
  if (template.includes('{{grades}}')) params.grades = words.grades();
  return params;
}

/** Fills a template's {{placeholders}} from the parameters (an unknown one stays as it is). */
export const interpolate = (template: string, params: Record<string, string | number>): string =>
  template.replace(/{{\s*([\w.-]+)[^}]*}}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });

/** A message without worded placeholders in English, for code that cannot reach in-english.ts (shared rules it imports). */
export const plainEnglish = (message: MerchantMessage): string => interpolate(englishTemplate(message.code) ?? message.code, message.params ?? {});

export const isMerchantMessage = (value: unknown): value is MerchantMessage =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && englishTemplate((value as { code: string }).code) !== undefined;

/**
 * A message stored in a TEXT column (as JSON), read back. A text written before messages had codes is kept as it is,
 * under 'stored.verbatim'; an empty text is no message.
 */
export function storedMessage(text: string | null | undefined): MerchantMessage | null {
  if (!text) return null;
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isMerchantMessage(parsed)) return parsed;
    } catch {
      // Not JSON: an older English text.
    }
  }
  return { code: 'stored.verbatim', params: { text } };
}

/** A message as the TEXT a column stores. */
export const storeMessage = (message: MerchantMessage | null): string => (message ? JSON.stringify(message) : '');
