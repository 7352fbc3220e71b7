// Recognises files that are not CSV text (spreadsheets, PDFs, archives) from their first bytes, to say what to do instead.
import type { CsvEncoding } from '../../../../shared/catalogue';
import { said } from '../../../../shared/messages/merchant-message';
import { saidError } from '../../errors';

const SIGNATURES: { bytes: number[]; what: 'csvFile.xlsx' | 'csvFile.xls' | 'csvFile.pdf' }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'csvFile.xlsx' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'csvFile.xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'csvFile.pdf' },
];

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

/** Throws a merchant-readable error when the first bytes show the file is not CSV text. UTF-16 text holds zero bytes by nature. */
export function assertCsvText(head: Uint8Array, encoding: CsvEncoding): void {
  const known = SIGNATURES.find((signature) => startsWith(head, signature.bytes));
  if (known) throw saidError('invalid-input', said(known.what));
  if (encoding === 'utf-16') return;
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw saidError('invalid-input', said('csvFile.utf16'));
  }
  if (head.includes(0)) {
    throw saidError('invalid-input', said('csvFile.binary'));
  }
}
