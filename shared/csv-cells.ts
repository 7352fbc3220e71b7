// What one cell of a merchant's CSV becomes in a product field: the import stores it, the import wizard previews it, both by this rule.
import type { ProductField } from './catalogue';
import { NUMERIC_FIELDS } from './catalogue';
import { parseDecimal } from './decimal';
import { fieldProblem } from './product-rules';
import { STORED_UNIT, type MeasureField, type MeasureUnit } from './units';
import { readMeasure } from './units';

// Sets, not the lists' includes: this runs for every cell of a 100,000-row import.
const NUMERIC: ReadonlySet<string> = new Set(NUMERIC_FIELDS);
const MEASURE: ReadonlySet<string> = new Set(Object.keys(STORED_UNIT));

/** Why a cell is refused, as a code the wizard words; `reason` is the sentence the import report lists. */
export type CellProblem = 'not-a-number' | 'wrong-unit' | 'scientific-ean' | 'invalid';

export type CellReading =
  | { ok: true; value: string | number | null; /** The unit a weight or dimension was read in, when it is not the stored one. */ convertedFrom?: MeasureUnit }
  | { ok: false; problem: CellProblem; reason: string };

/** Excel turns long codes into "1.90199E+12"; the EAN is then lost and must be typed again as text. */
const SCIENTIFIC = /^\d+([.,]\d+)?e\+?\d+$/i;

/** The value a trimmed cell gives the field, with the column's unit for weights and dimensions (the stored unit when omitted). */
export function readFieldCell(field: ProductField, text: string, unit?: MeasureUnit): CellReading {
  if (text === '') {
    const problem = fieldProblem(field, null);
    return problem ? { ok: false, problem: 'invalid', reason: problem } : { ok: true, value: null };
  }
  if (field === 'ean' && SCIENTIFIC.test(text)) {
    return {
      ok: false,
      problem: 'scientific-ean',
      reason: `EAN "${text}" was turned into a number by the spreadsheet and its digits are lost. Format the column as text, type the EAN again and save.`,
    };
  }
  let value: string | number = text;
  let convertedFrom: MeasureUnit | undefined;
  const numeric = NUMERIC.has(field);
  if (MEASURE.has(field)) {
    const measure = field as MeasureField;
    const reading = readMeasure(text, measure, unit ?? STORED_UNIT[measure], parseDecimal);
    if (!reading.ok && reading.problem === 'wrong-unit') {
      const kind = STORED_UNIT[measure] === 'g' ? 'a length, not a weight' : 'a weight, not a length';
      return { ok: false, problem: 'wrong-unit', reason: `"${text}" is ${kind}; check that the column is mapped right.` };
    }
    if (reading.ok) {
      value = reading.value;
      if (reading.unit !== STORED_UNIT[measure]) convertedFrom = reading.unit;
    }
  } else if (numeric) {
    value = parseDecimal(text) ?? text;
  }
  const problem = fieldProblem(field, value);
  if (problem) return { ok: false, problem: numeric && typeof value === 'string' ? 'not-a-number' : 'invalid', reason: problem };
  return convertedFrom ? { ok: true, value, convertedFrom } : { ok: true, value };
}
