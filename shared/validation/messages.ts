// Names the merchant reads in problem messages: countries by name, not by market code.
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  'de-de': 'Germany',
  'fr-be': 'Belgium',
  'fr-fr': 'France',
  'es-es': 'Spain',
  'it-it': 'Italy',
  'de-at': 'Austria',
  'en-gb': 'the United Kingdom',
  'nl-nl': 'the Netherlands',
  'pt-pt': 'Portugal',
  'en-ie': 'Ireland',
  'el-gr': 'Greece',
  'sk-sk': 'Slovakia',
  'sv-se': 'Sweden',
};

export const countryName = (code: string) => COUNTRY_NAMES[code] ?? code;

/** A value the merchant typed, cut to 60 characters, for quoting back inside a message's own quotation marks. */
export const clip = (value: string | number) => (String(value).length > 60 ? `${String(value).slice(0, 57)}...` : String(value));

/** "9.999" with at most the decimals the merchant typed, for quoting a value back. */
export const quote = (value: string | number) => `"${clip(value)}"`;
