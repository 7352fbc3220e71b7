// Per-language text columns (title_de, description_de, comment_de): the headers merchants give them ("Title DE",
// "Titel (de)", "description_en", "Commentaire IT") and the order the export writes them in.
import { LANGUAGES } from '../../../../shared/connection';
import { CONTENT_FIELDS, contentColumn, parseContentColumn, type ContentField } from '../../../../shared/market-language';
import { HEADER_ALIASES } from './header-aliases';

/** The words for each market text, in the six languages; a header is one of them with a language code before or after. */
const CONTENT_WORDS: Record<ContentField, readonly string[]> = {
  title: HEADER_ALIASES.title,
  description: HEADER_ALIASES.description,
  comment: ['Comment', 'Offer comment', 'Commentaire', 'Kommentar', 'Comentario', 'Commento', 'Opmerking'],
};

/** The per-language column a normalised header names ("titel de" -> title_de), or undefined. */
export function contentColumnForHeader(normalised: string, normalise: (header: string) => string): string | undefined {
  const words = normalised.split(' ').filter(Boolean);
  if (words.length < 2) return undefined;
  const languages = LANGUAGES as readonly string[];
  const [first, last] = [words[0] as string, words.at(-1) as string];
  const language = languages.includes(last) ? last : languages.includes(first) ? first : undefined;
  if (!language) return undefined;
  const rest = (language === last ? words.slice(0, -1) : words.slice(1)).join(' ');
  for (const field of CONTENT_FIELDS) {
    if (CONTENT_WORDS[field].some((word) => normalise(word) === rest)) return contentColumn(field, language);
  }
  return undefined;
}

/** The export's attribute columns: the per-language texts first (by language, then title, description, comment), then the others as met. */
export function orderAttributeColumns(names: readonly string[]): string[] {
  const rank = (name: string) => {
    const parsed = parseContentColumn(name);
    return parsed ? `${parsed.language}${CONTENT_FIELDS.indexOf(parsed.field)}` : null;
  };
  const content = names.filter((name) => rank(name) !== null).sort((a, b) => (rank(a) as string).localeCompare(rank(b) as string));
  return [...content, ...names.filter((name) => rank(name) === null)];
}
