// Recognises files that are not CSV text (spreadsheets, PDFs, archives) from their first bytes, to say what to do instead.
import type { CsvEncoding } from '../../../../shared/catalogue';
import { AppError } from '../../errors';

const SAVE_AS_CSV = 'Open it in your spreadsheet and use "Save as" → "CSV UTF-8 (comma or semicolon delimited)", then import the .csv file.';

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook (.xlsx) or a ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an older Excel workbook (.xls)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
];

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

/** Throws a merchant-readable error when the first bytes show the file is not CSV text. UTF-16 text holds zero bytes by nature. */
export function assertCsvText(head: Uint8Array, encoding: CsvEncoding): void {
  const known = SIGNATURES.find((signature) => startsWith(head, signature.bytes));
  if (known) throw new AppError('invalid-input', `This looks like ${known.what}, not a CSV file. ${SAVE_AS_CSV}`);
  if (encoding === 'utf-16') return;
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw new AppError('invalid-input', 'This file is saved as UTF-16 ("Unicode text"). Choose "UTF-16" as the encoding and import again.');
  }
  if (head.includes(0)) {
    throw new AppError('invalid-input', `This is not a CSV file: it contains binary data (it looks like an Excel, PDF or image file). ${SAVE_AS_CSV}`);
  }
}
