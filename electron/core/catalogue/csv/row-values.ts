// Turns one CSV row into product values and free attributes under the merchant's column mapping, or says why the row is refused.
import type { ColumnTarget, ProductField } from '../../../../shared/catalogue';
import { isNumericField } from '../../../../shared/catalogue';
import { fieldProblem } from '../../../../shared/product-rules';
import type { FieldValues } from '../../db/product-columns';
import { AppError } from '../../errors';
import { parseDecimal } from './decimal';
import { unguardFormula } from './formula-guard';

export interface FieldColumn {
  index: number;
  field: ProductField;
  header: string;
  numeric: boolean;
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
    throw new AppError(
      'invalid-input',
      `The column mapping has ${mapping.length} entries but the file has ${headers.length} columns. Open the file again to map its columns.`,
    );
  }
  const fields: FieldColumn[] = [];
  const attributes: AttributeColumn[] = [];
  mapping.forEach((target, index) => {
    const header = headers[index] || `column ${index + 1}`;
    if (target.kind === 'field') {
      const taken = fields.find((column) => column.field === target.field);
      if (taken) {
        throw new AppError('invalid-input', `The columns "${taken.header}" and "${header}" are both mapped to the same field. Map one of them to something else.`);
      }
      fields.push({ index, field: target.field, header, numeric: isNumericField(target.field) });
    } else if (target.kind === 'attribute') {
      attributes.push({ index, name: target.name });
    }
  });
  const productNumber = fields.find((column) => column.field === 'productNumber');
  if (!productNumber) {
    throw new AppError(
      'invalid-input',
      'No column is mapped to the merchant product number (SKU). Every product needs its own number: map the column that holds it.',
    );
  }
  return { headers, fields, attributes, productNumber };
}

export type RowReading =
  | { ok: true; values: FieldValues; attributes: Record<string, string> }
  | { ok: false; header: string | null; reason: string };

/** A row of a spreadsheet that was emptied but kept its delimiters (";;;;"). */
export function isBlankRecord(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

const cellText = (raw: string | undefined): string => (raw === undefined ? '' : unguardFormula(raw.trim()));

/** Excel turns long codes into "1.90199E+12"; the EAN is then lost and must be typed again as text. */
const SCIENTIFIC = /^\d+([.,]\d+)?e\+?\d+$/i;

export function readRow(plan: ColumnPlan, cells: string[]): RowReading {
  if (cells.length !== plan.headers.length) {
    return {
      ok: false,
      header: null,
      reason: `This row has ${cells.length} columns but the header has ${plan.headers.length}. Check for a missing or extra delimiter, or a quote that is not closed.`,
    };
  }
  const values: FieldValues = {};
  const record = values as Record<ProductField, string | number | null>;
  for (const column of plan.fields) {
    const text = cellText(cells[column.index]);
    let value: string | number | null = text === '' ? null : text;
    if (value !== null && column.numeric) value = parseDecimal(text) ?? text;
    if (column.field === 'ean' && SCIENTIFIC.test(text)) {
      return {
        ok: false,
        header: column.header,
        reason: `EAN "${text}" was turned into a number by the spreadsheet and its digits are lost. Format the column as text, type the EAN again and save.`,
      };
    }
    const problem = fieldProblem(column.field, value);
    if (problem) return { ok: false, header: column.header, reason: problem };
    record[column.field] = value;
  }
  const attributes: Record<string, string> = {};
  for (const column of plan.attributes) {
    const text = cellText(cells[column.index]);
    if (text !== '') attributes[column.name] = text;
  }
  return { ok: true, values, attributes };
}
