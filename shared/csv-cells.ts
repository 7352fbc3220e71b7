// What one cell of a merchant's CSV becomes in a product field: the import stores it, the import wizard previews it, both by this rule.
import type { ProductField } from './catalogue';
import { NUMERIC_FIELDS } from './catalogue';
import { parseDecimal } from './decimal';
import { fieldProblemSaid } from './product-rules';
import { plainEnglish, said, type MerchantMessage } from './messages/merchant-message';
import { STORED_UNIT, type MeasureField, type MeasureUnit } from './units';
import { readMeasure } from './units';

// Sets, not the lists' includes: this runs for every cell of a 100,000-row import.
const NUMERIC: ReadonlySet<string> = new Set(NUMERIC_FIELDS);
const MEASURE: ReadonlySet<string> = new Set(Object.keys(STORED_UNIT));

/** Why a cell is refused, as a code the wizard words; `reason` is the sentence the import report lists. */
export type CellProblem = 'not-a-number' | 'wrong-unit' | 'scientific-ean' | 'invalid';

export type CellReading =
  | { ok: true; value: string | number | null; /** The unit a weight or dimension was read in, when it is not the stored one. */ convertedFrom?: MeasureUnit }
  | { ok: false; problem: CellProblem; reason: string; /** The reason as a code, for the report to word in the merchant's language. */ said: MerchantMessage };

const refused = (problem: CellProblem, message: MerchantMessage): CellReading => ({ ok: false, problem, reason: plainEnglish(message), said: message });

/** Excel turns long codes into "1.90199E+12"; the EAN is then lost and must be typed again as text. */
const SCIENTIFIC = /^\d+([.,]\d+)?e\+?\d+$/i;

/** The value a trimmed cell gives the field, with the column's unit for weights and dimensions (the stored unit when omitted). */
export function readFieldCell(field: ProductField, text: string, unit?: MeasureUnit): CellReading {
  if (text === '') {
    const problem = fieldProblemSaid(field, null);
    return problem ? refused('invalid', problem) : { ok: true, value: null };
  }
  if (field === 'ean' && SCIENTIFIC.test(text)) {
    return refused('scientific-ean', said('importRow.scientificEan', { ean: text }));
  }
  let value: string | number = text;
  let convertedFrom: MeasureUnit | undefined;
  const numeric = NUMERIC.has(field);
  if (MEASURE.has(field)) {
    const measure = field as MeasureField;
    const reading = readMeasure(text, measure, unit ?? STORED_UNIT[measure], parseDecimal);
    if (!reading.ok && reading.problem === 'wrong-unit') {
      return refused('wrong-unit', said(STORED_UNIT[measure] === 'g' ? 'importRow.lengthNotWeight' : 'importRow.weightNotLength', { value: text }));
    }
    if (reading.ok) {
      value = reading.value;
      if (reading.unit !== STORED_UNIT[measure]) convertedFrom = reading.unit;
    }
  } else if (numeric) {
    value = parseDecimal(text) ?? text;
  }
  const problem = fieldProblemSaid(field, value);
  if (problem) return refused(numeric && typeof value === 'string' ? 'not-a-number' : 'invalid', problem);
  return convertedFrom ? { ok: true, value, convertedFrom } : { ok: true, value };
}
