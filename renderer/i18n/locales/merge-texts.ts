// Merges one area's texts into a language's tree; two files giving the same key is a mistake, reported at once.
export interface Texts {
  [key: string]: string | Texts;
}

export function mergeTexts(into: Texts, from: Texts, path = ''): Texts {
  const merged: Texts = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = merged[key];
    const where = path ? `${path}.${key}` : key;
    if (existing === undefined) merged[key] = value;
    else if (typeof existing === 'object' && typeof value === 'object') merged[key] = mergeTexts(existing, value, where);
    else throw new Error(`The text key "${where}" is defined in two locale files; keep it in one.`);
  }
  return merged;
}
