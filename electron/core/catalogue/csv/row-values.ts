// Turns one CSV row into product values and free attributes under the merchant's column mapping, or says why the row is refused.
import type { ColumnTarget, ProductField } from '../../../../shared/catalogue';
import type { CellReading } from '../../../../shared/csv-cells';
import { readFieldCell } from '../../../../shared/csv-cells';
import type { MeasureUnit } from '../../../../shared/units';
import { isMeasureField, STORED_UNIT, unitFits } from '../../../../shared/units';
import type { FieldValues } from '../../db/product-columns';
import { saidError } from '../../errors';
import { unguardFormula } from './formula-guard';
import { plainEnglish, said, type MerchantMessage } from '../../../../shared/messages/merchant-message';

export interface FieldColumn {
  index: number;
  field: ProductField;
  header: string;
  /** The unit a weight or dimension column's bare numbers are in; absent for other fields. */
  unit?: MeasureUnit;
}

export interface AttributeColumn {
  index: number;
  name: string;
}

/** Which column goes where, settled once per file. */
export interface ColumnPlan {
  headers: string[];
  fields: FieldColumn[];
  attributes: AttributeColumn[];
  productNumber: FieldColumn;
}

export function planColumns(headers: string[], mapping: ColumnTarget[]): ColumnPlan {
  if (mapping.length !== headers.length) {
    throw saidError('invalid-input', said('csvMapping.columnCount', { entries: mapping.length, columns: headers.length }));
  }
  const fields: FieldColumn[] = [];
  const attributes: AttributeColumn[] = [];
  mapping.forEach((target, index) => {
    const header = headers[index] || `column ${index + 1}`;
    if (target.kind === 'field') {
      const taken = fields.find((column) => column.field === target.field);
      if (taken) {
        throw saidError('invalid-input', said('csvMapping.sameField', { first: taken.header, second: header }));
      }
      fields.push({ index, field: target.field, header, ...columnUnit(target, header) });
    } else if (target.kind === 'attribute') {
      attributes.push({ index, name: target.name });
    }
  });
  const productNumber = fields.find((column) => column.field === 'productNumber');
  if (!productNumber) {
    throw saidError('invalid-input', said('csvMapping.noProductNumber'));
  }
  return { headers, fields, attributes, productNumber };
}

function columnUnit(target: Extract<ColumnTarget, { kind: 'field' }>, header: string): { unit?: MeasureUnit } {
  if (!isMeasureField(target.field)) return {};
  const unit = target.unit ?? STORED_UNIT[target.field];
  if (!unitFits(target.field, unit)) {
    throw saidError('invalid-input', said('csvMapping.wrongUnit', { header, unit }));
  }
  return { unit };
}

/** Told every cell a field column reads, to find a column refused on most rows before anything is written. */
export type CellObserver = (column: FieldColumn, text: string, reading: CellReading) => void;

export type RowReading =
  | { ok: true; values: FieldValues; attributes: Record<string, string> }
  | { ok: false; header: string | null; reason: string; said: MerchantMessage };

/** A row of a spreadsheet that was emptied but kept its delimiters (";;;;"). */
export function isBlankRecord(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

const cellText = (raw: string | undefined): string => (raw === undefined ? '' : unguardFormula(raw.trim()));

/** Every field cell is read, even after a refused one, so the observer sees each column whole; the first refusal is the row's reason. */
export function readRow(plan: ColumnPlan, cells: string[], observe?: CellObserver): RowReading {
  if (cells.length !== plan.headers.length) {
    const message = said('importRow.columnCount', { cells: cells.length, headers: plan.headers.length });
    return { ok: false, header: null, reason: plainEnglish(message), said: message };
  }
  const values: FieldValues = {};
  const record = values as Record<ProductField, string | number | null>;
  let refusal: { header: string; reason: string; said: MerchantMessage } | undefined;
  for (const column of plan.fields) {
    const text = cellText(cells[column.index]);
    const reading = readFieldCell(column.field, text, column.unit);
    observe?.(column, text, reading);
    if (!reading.ok) {
      refusal ??= { header: column.header, reason: reading.reason, said: reading.said };
      if (!observe) break;
    } else {
      record[column.field] = reading.value;
    }
  }
  if (refusal) return { ok: false, ...refusal };
  const attributes: Record<string, string> = {};
  for (const column of plan.attributes) {
    const text = cellText(cells[column.index]);
    if (text !== '') attributes[column.name] = text;
  }
  return { ok: true, values, attributes };
}
