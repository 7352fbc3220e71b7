// Units a merchant's file may give weights and dimensions in, and their conversion to the units the catalogue stores (grams, centimetres).
import type { ProductField } from './catalogue';
import { foldText } from './text-fold';

export const WEIGHT_UNITS = ['g', 'kg', 'lb', 'oz'] as const;
export const LENGTH_UNITS = ['cm', 'mm', 'm', 'in'] as const;
export const MEASURE_UNITS = [...WEIGHT_UNITS, ...LENGTH_UNITS] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];
export type LengthUnit = (typeof LENGTH_UNITS)[number];
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

/** The fields stored in a unit, and that unit. */
export const STORED_UNIT = { weightGrams: 'g', widthCm: 'cm', heightCm: 'cm', depthCm: 'cm' } as const satisfies Partial<Record<ProductField, MeasureUnit>>;
export type MeasureField = keyof typeof STORED_UNIT;
export const isMeasureField = (field: string): field is MeasureField => Object.hasOwn(STORED_UNIT, field);

/** How many stored units one of each unit is (an inch is exactly 2.54 cm, a pound exactly 453.59237 g). */
export const UNIT_FACTORS: Readonly<Record<MeasureUnit, number>> = { g: 1, kg: 1000, lb: 453.59237, oz: 28.349523125, cm: 1, mm: 0.1, m: 100, in: 2.54 };

export const unitsFor = (field: MeasureField): readonly MeasureUnit[] => (STORED_UNIT[field] === 'g' ? WEIGHT_UNITS : LENGTH_UNITS);
export const unitFits = (field: MeasureField, unit: MeasureUnit): boolean => unitsFor(field).includes(unit);

/** A value in the unit converted to the stored unit, rounded to a thousandth so 0.171 kg is 171 g and not 171.00000000000003. */
export const toStoredUnit = (value: number, unit: MeasureUnit): number => Math.round(value * UNIT_FACTORS[unit] * 1000) / 1000;

/** The words for each unit in English, French, German, Spanish, Italian and Dutch, folded (lower case, no accents). */
const UNIT_WORDS: Readonly<Record<MeasureUnit, readonly string[]>> = {
  g: ['g', 'gr', 'grs', 'gram', 'grams', 'gramm', 'gramme', 'grammes', 'gramo', 'gramos', 'grammo', 'grammi'],
  kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramm', 'kilogramme', 'kilogrammes', 'kilogramo', 'kilogramos', 'chilo', 'chili', 'chilogrammo', 'chilogrammi'],
  lb: ['lb', 'lbs', 'pound', 'pounds', 'pfund', 'livre', 'livres', 'libra', 'libras', 'libbra', 'libbre'],
  oz: ['oz', 'ounce', 'ounces', 'once', 'onces', 'unze', 'unzen', 'onza', 'onzas', 'oncia'],
  cm: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres', 'zentimeter', 'centimetro', 'centimetros', 'centimetri'],
  mm: ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres', 'millimetro', 'millimetri', 'milimetro', 'milimetros'],
  m: ['m', 'meter', 'meters', 'metre', 'metres', 'metro', 'metros', 'metri'],
  in: ['in', 'inch', 'inches', 'zoll', 'pouce', 'pouces', 'pulgada', 'pulgadas', 'pollice', 'pollici', 'duim', '"'],
};

const UNIT_BY_WORD = new Map<string, MeasureUnit>();
for (const [unit, words] of Object.entries(UNIT_WORDS) as [MeasureUnit, readonly string[]][]) {
  for (const word of words) if (!UNIT_BY_WORD.has(word)) UNIT_BY_WORD.set(word, unit);
}

/** The unit a word names ("Kilo", "cm", "Zoll"), or undefined. */
export const unitOfWord = (word: string): MeasureUnit | undefined => UNIT_BY_WORD.get(foldText(word).replace(/\.$/, ''));

const WITH_UNIT = /^(.*?\d)\s*([A-Za-zÀ-ÿ]+\.?|")$/u;

export type MeasureReading = { ok: true; value: number; unit: MeasureUnit } | { ok: false; problem: 'not-a-number' } | { ok: false; problem: 'wrong-unit'; unit: MeasureUnit };

/**
 * A weight or dimension cell in the stored unit: a bare number is in the column's unit, a number followed by a unit
 * ("0,171 kg", "14,7cm", "5.8\"") in that unit. The number itself is read by parseNumber (decimal commas, thousands).
 */
export function readMeasure(text: string, field: MeasureField, columnUnit: MeasureUnit, parseNumber: (text: string) => number | undefined): MeasureReading {
  const bare = parseNumber(text);
  if (bare !== undefined) return { ok: true, value: toStoredUnit(bare, columnUnit), unit: columnUnit };
  const match = WITH_UNIT.exec(text.trim());
  const unit = match ? unitOfWord(match[2] as string) : undefined;
  if (!match || !unit) return { ok: false, problem: 'not-a-number' };
  if (!unitFits(field, unit)) return { ok: false, problem: 'wrong-unit', unit };
  const number = parseNumber((match[1] as string).trim());
  return number === undefined ? { ok: false, problem: 'not-a-number' } : { ok: true, value: toStoredUnit(number, unit), unit };
}

/** The unit a cell names after its number, or undefined. */
export function cellUnit(text: string): MeasureUnit | undefined {
  const match = WITH_UNIT.exec(text.trim());
  return match ? unitOfWord(match[2] as string) : undefined;
}
