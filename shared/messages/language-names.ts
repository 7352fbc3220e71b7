// Languages by name in a given language (de → German, allemand), one Intl object per language.
const cache = new Map<string, Intl.DisplayNames>();

export function languageNames(language: string): Intl.DisplayNames {
  let names = cache.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    cache.set(language, names);
  }
  return names;
}
