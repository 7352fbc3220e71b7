// Suggests what each CSV column is, from its header in any of six languages; the merchant confirms or changes it.
import type { ColumnTarget, ProductField } from '../../../../shared/catalogue';
import { isNumericField } from '../../../../shared/catalogue';
import { isMeasureField, STORED_UNIT, unitFits } from '../../../../shared/units';
import { contentColumnForHeader } from './content-columns';
import { FOREIGN_UNIT_WORDS, HEADER_ALIASES, IMAGE_NOISE_WORDS, IMAGE_WORDS, MAIN_IMAGE_HEADERS, UNIT_WORDS } from './header-aliases';
import { headerUnit, suggestUnit } from './suggest-unit';

/** Lower case, no accents, no punctuation, camelCase and digits split: "Poids (g)" → "poids g", "image2" → "image 2". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ALIASES = new Map<string, ProductField>();
for (const [field, names] of Object.entries(HEADER_ALIASES) as [ProductField, readonly string[]][]) {
  for (const name of names) if (!ALIASES.has(normaliseHeader(name))) ALIASES.set(normaliseHeader(name), field);
}
for (const name of MAIN_IMAGE_HEADERS) ALIASES.set(normaliseHeader(name), 'image1');
const UNITS = new Set(UNIT_WORDS);
const FOREIGN_UNITS = new Set(FOREIGN_UNIT_WORDS);
const IMAGE_WORD_SET = new Set(IMAGE_WORDS);
const IMAGE_NOISE = new Set(IMAGE_NOISE_WORDS);

/** The core field a header names, or undefined when it is the merchant's own attribute. */
export function fieldForHeader(header: string): ProductField | undefined {
  const words = normaliseHeader(header).split(' ').filter(Boolean);
  let foreignUnit = false;
  while (words.length > 1) {
    const last = words.at(-1) as string;
    if (UNITS.has(last)) words.pop();
    else if (FOREIGN_UNITS.has(last)) {
      foreignUnit = true;
      words.pop();
    } else break;
  }
  const field = ALIASES.get(words.join(' ')) ?? imageField(words);
  if (field && isMeasureField(field)) {
    // A weight in kg or a width in mm is read and converted; a unit foreign to the field ("Weight (cm)") keeps the column an attribute.
    const unit = headerUnit(normaliseHeader(header));
    return unit && !unitFits(field, unit) ? undefined : field;
  }
  if (field && foreignUnit && isNumericField(field)) return undefined;
  return field;
}

function imageField(words: string[]): ProductField | undefined {
  const meaningful = words.filter((word) => !IMAGE_NOISE.has(word));
  const [word, number, ...rest] = meaningful;
  if (!word || !IMAGE_WORD_SET.has(word) || rest.length > 0) return undefined;
  const position = number === undefined ? 1 : Number(number);
  return position >= 1 && position <= 6 && Number.isInteger(position) ? (`image${position}` as ProductField) : undefined;
}

/** One target per header; a weight or dimension column in another unit than the stored one also gets that unit. */
export function suggestMapping(headers: string[], sampleRows: readonly string[][] = []): ColumnTarget[] {
  const used = new Set<ProductField>();
  return headers.map((header, index): ColumnTarget => {
    const name = header.trim();
    if (name === '') return { kind: 'ignore' };
    // A text in one market language ("Titel DE") goes to its own column, title_de, which that market's lines read.
    const content = contentColumnForHeader(normaliseHeader(name), normaliseHeader);
    if (content) return { kind: 'attribute', name: content };
    const field = fieldForHeader(name);
    if (field && !used.has(field)) {
      used.add(field);
      if (!isMeasureField(field)) return { kind: 'field', field };
      const unit = suggestUnit(field, normaliseHeader(name), sampleRows.map((row) => row[index] ?? ''));
      // No unit means the stored one (grams, centimetres).
      return unit === STORED_UNIT[field] ? { kind: 'field', field } : { kind: 'field', field, unit };
    }
    return { kind: 'attribute', name: name.slice(0, 200) };
  });
}
