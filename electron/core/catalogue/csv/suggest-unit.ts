// The unit a weight or dimension column is in, from its header ("Gewicht (kg)", "Poids en g", "Width (in)") or, when the
// header names none, from the unit its first cells write after their numbers ("0,171 kg").
import type { MeasureField, MeasureUnit } from '../../../../shared/units';
import { cellUnit, STORED_UNIT, unitFits, unitOfWord } from '../../../../shared/units';

/** Words that may stand between the field's name and its unit ("Gewicht in kg", "Poids en g", "Preis (EUR)"). */
const LINKING_WORDS = new Set(['en', 'in', 'im', 'per', 'par', 'pro', 'di', 'de', 'of', 'eur', 'euro', 'ttc', 'net', 'netto', 'brut', 'brutto']);

/** The unit the header ends with, among its last words: "weight kg" → kg, "width in" → in, "gewicht in kg" → kg. */
export function headerUnit(normalisedHeader: string): MeasureUnit | undefined {
  const words = normalisedHeader.split(' ').filter(Boolean);
  for (let index = words.length - 1; index >= 1; index -= 1) {
    const word = words[index] as string;
    const unit = unitOfWord(word);
    if (unit) return unit;
    if (!LINKING_WORDS.has(word)) return undefined;
  }
  return undefined;
}

/** The unit to read the column in: the header's if it fits the field, else the unit most of its sample cells name. */
export function suggestUnit(field: MeasureField, normalisedHeader: string, sampleCells: readonly string[]): MeasureUnit {
  const fromHeader = headerUnit(normalisedHeader);
  if (fromHeader && unitFits(field, fromHeader)) return fromHeader;
  const seen = new Map<MeasureUnit, number>();
  for (const cell of sampleCells) {
    const unit = cellUnit(cell);
    if (unit && unitFits(field, unit)) seen.set(unit, (seen.get(unit) ?? 0) + 1);
  }
  const [mostSeen] = [...seen].sort((a, b) => b[1] - a[1]);
  return mostSeen?.[0] ?? STORED_UNIT[field];
}
