// The English gloss of a category path, from the small glossary in resources/ of the terms of every market language
// other than English (French, German, Spanish, Italian, Dutch, Portuguese, Swedish, Greek, Slovak), so a merchant who
// reads "Lave-linge", "Kaffeevollautomaten" or "Lavatrici" sees "washing machine" beside it and finds it by typing it.
import glossaryFile from '../../../resources/category-glossary.json' with { type: 'json' };
import { foldText } from '../../../shared/text-fold';

export type Glossary = ReadonlyMap<string, string>;

export function loadGlossary(terms: Record<string, string> = glossaryFile.terms): Glossary {
  return new Map(Object.entries(terms).map(([term, english]) => [foldText(term).trim(), english]));
}

const DEFAULT_GLOSSARY = loadGlossary();

/** The English of one category name: the whole name when the glossary has it, else word by word; null when no word is known. */
export function glossName(name: string, glossary: Glossary = DEFAULT_GLOSSARY): string | null {
  const folded = foldText(name).trim();
  const whole = glossary.get(folded);
  if (whole) return whole;
  let known = false;
  const words = name.split(/(\s+)/).map((word) => {
    const english = glossary.get(foldText(word));
    if (english) known = true;
    return english ?? word;
  });
  return known ? words.join('') : null;
}

/** The gloss of a path's names, joined like the path; '' when the glossary knows none of them or it says the same. */
export function glossPath(names: readonly string[], glossary: Glossary = DEFAULT_GLOSSARY): string {
  let changed = false;
  const glossed = names.map((name) => {
    const english = glossName(name, glossary);
    if (english && foldText(english) !== foldText(name)) changed = true;
    return english ?? name;
  });
  return changed ? glossed.join(' > ') : '';
}
