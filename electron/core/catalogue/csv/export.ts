// Exports the whole catalogue as a CSV a spreadsheet opens as it is and the import reads back unchanged.
// UTF-8 with BOM (Excel then reads accents right), semicolons (Excel's delimiter in most of Europe), CRLF, decimal points.
import type { CsvExport, Product } from '../../../../shared/catalogue';
import { PRODUCT_FIELDS } from '../../../../shared/catalogue';
import type { Db } from '../../db/connection';
import { allProducts } from '../../db/products-repo';
import { orderAttributeColumns } from './content-columns';
import { EXPORT_HEADERS } from './export-headers';
import { guardFormula } from './formula-guard';

const DELIMITER = ';';
const LINE_END = '\r\n';
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

export function exportCsv(db: Db, now: Date): CsvExport {
  const products = [...allProducts(db)];
  const attributeNames = attributeColumns(products);
  const lines = [[...PRODUCT_FIELDS.map((field) => EXPORT_HEADERS[field]), ...attributeNames].map(textCell).join(DELIMITER)];
  for (const product of products) {
    const cells = PRODUCT_FIELDS.map((field) => valueCell(product[field]));
    for (const name of attributeNames) cells.push(valueCell(product.attributes[name]));
    lines.push(cells.join(DELIMITER));
  }
  return { fileName: `refurb-desk-catalogue-${localDate(now)}.csv`, content: `\ufeff${lines.join(LINE_END)}${LINE_END}`, rowCount: products.length };
}

/** Every attribute name in the catalogue, in the order first met, so the merchant's own column order mostly survives. */
function attributeColumns(products: readonly Product[]): string[] {
  const names = new Set<string>();
  for (const product of products) for (const name of Object.keys(product.attributes)) names.add(name);
  // The per-language texts (title_de...) right after the core fields, where a translator finds them together.
  return orderAttributeColumns([...names]);
}

function valueCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are never guarded: valid data has no negative ones, and a guard would make them text.
  return typeof value === 'number' ? String(value) : textCell(value);
}

function textCell(text: string): string {
  const guarded = guardFormula(text);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The merchant's calendar day, not UTC's: an export at 00:30 in Paris is named after that day. */
function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
