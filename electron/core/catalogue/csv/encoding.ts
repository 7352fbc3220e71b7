// Which text encoding a CSV file is in, why, and decoders that turn its bytes into text chunk by chunk.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import type { CsvEncoding, EncodingChoice } from '../../../../shared/catalogue';
import { CsvTokenizer } from './csv-tokenizer';
import { detectDelimiter } from './delimiter';
import { fieldForHeader } from './suggest-mapping';

const SCAN_CHUNK = 1 << 20;

export interface DetectedEncoding {
  encoding: CsvEncoding;
  choice: EncodingChoice;
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
export const hasUtf16Bom = (head: Uint8Array) => startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);

/** UTF-16 text without a byte-order mark: Latin letters leave every other byte zero. */
function looksLikeUtf16(head: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return false;
  let zeroHalves = 0;
  for (let pair = 0; pair < pairs; pair += 1) if ((head[pair * 2] === 0) !== (head[pair * 2 + 1] === 0)) zeroHalves += 1;
  return zeroHalves / pairs > 0.6;
}

/**
 * The file's encoding and why. A byte-order mark decides; then valid UTF-8; else one of the Western single-byte encodings,
 * told apart by the euro: 0x80 is Windows-1252's euro (ISO-8859 has no text at 0x80–0x9F), 0xA4 beside digits or in a price
 * column is ISO-8859-15's (Windows-1252 reads it as ¤). Without a euro, Windows-1252 reads ISO-8859-1's letters the same.
 */
export async function detectEncoding(file: string, head: Uint8Array): Promise<DetectedEncoding> {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', choice: { reason: 'bom' } };
  if (hasUtf16Bom(head)) return { encoding: 'utf-16', choice: { reason: 'bom' } };
  if (looksLikeUtf16(head)) return { encoding: 'utf-16', choice: { reason: 'utf16-zeros' } };
  const utf8 = await readAsUtf8(file);
  if (utf8.valid) return { encoding: 'utf-8', choice: { reason: utf8.plainAscii ? 'ascii' : 'valid-utf8' } };
  const scan = await scanSingleByte(file);
  const explained = (encoding: CsvEncoding, reason: EncodingChoice['reason'], hit: ByteHit | undefined): DetectedEncoding => ({
    encoding,
    choice: hit ? { reason, line: hit.line, example: exampleAround(file, hit.offset, encoding) } : { reason },
  });
  if (scan.euro80) return explained('windows-1252', 'euro-0x80', scan.euro80);
  if (scan.windowsByte) return explained('windows-1252', 'windows-bytes', scan.windowsByte);
  if (scan.euroA4) return explained('iso-8859-15', 'euro-0xa4', scan.euroA4);
  if (scan.anyA4 && priceColumnHasA4(head)) return explained('iso-8859-15', 'euro-0xa4', scan.anyA4);
  return { encoding: 'windows-1252', choice: { reason: 'western' } };
}

async function readAsUtf8(file: string): Promise<{ valid: boolean; plainAscii: boolean }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let plainAscii = true;
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: SCAN_CHUNK })) {
      // A decoded chunk as long as its bytes held no multi-byte character.
      if (decoder.decode(chunk as Buffer, { stream: true }).length !== (chunk as Buffer).byteLength) plainAscii = false;
    }
    decoder.decode();
    return { valid: true, plainAscii };
  } catch (error) {
    if (error instanceof TypeError) return { valid: false, plainAscii: false };
    throw error;
  }
}

interface ByteHit {
  offset: number;
  line: number;
}

interface SingleByteScan {
  euro80?: ByteHit;
  windowsByte?: ByteHit;
  euroA4?: ByteHit;
  anyA4?: ByteHit;
}

const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;
/** Spaces between a number and its currency sign: space and no-break space (0xA0 in every Western encoding). */
const isGap = (byte: number) => byte === 0x20 || byte === 0xa0;

/** One pass over the bytes of a file that is not UTF-8, noting the first byte of each kind that tells the encodings apart. */
async function scanSingleByte(file: string): Promise<SingleByteScan> {
  const scan: SingleByteScan = {};
  let offset = 0;
  let line = 1;
  let lastSignificant = 0;
  let waitingA4: ByteHit | undefined;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: SCAN_CHUNK })) {
    const bytes = chunk as Buffer;
    for (let index = 0; index < bytes.length; index += 1) {
      const byte = bytes[index] as number;
      if (byte === 0x0a) line += 1;
      if (byte >= 0x80 && byte <= 0x9f) {
        if (byte === 0x80) scan.euro80 ??= { offset, line };
        scan.windowsByte ??= { offset, line };
      }
      if (byte === 0xa4) {
        const hit = { offset, line };
        scan.anyA4 ??= hit;
        if (isDigit(lastSignificant)) scan.euroA4 ??= hit;
        else waitingA4 = hit;
      } else if (!isGap(byte)) {
        if (waitingA4 && isDigit(byte)) scan.euroA4 ??= waitingA4;
        waitingA4 = undefined;
      }
      if (!isGap(byte)) lastSignificant = byte;
      offset += 1;
    }
    if (scan.euro80) break;
  }
  return scan;
}

/** Whether a column the header names as the price holds byte 0xA4 (read as ISO-8859-15, the euro). */
function priceColumnHasA4(head: Uint8Array): boolean {
  const text = iconv.decode(Buffer.from(head), 'iso-8859-15');
  const tokenizer = new CsvTokenizer({ delimiter: detectDelimiter(text), maxColumns: Number.MAX_SAFE_INTEGER, maxRecordChars: Number.MAX_SAFE_INTEGER });
  let priceColumns: number[] | undefined;
  let found = false;
  try {
    tokenizer.write(text, (cells) => {
      if (!priceColumns) {
        priceColumns = cells.flatMap((cell, index) => (fieldForHeader(cell.trim()) === 'price' ? [index] : []));
        return priceColumns.length > 0;
      }
      found = priceColumns.some((index) => cells[index]?.includes('€'));
      return !found;
    });
  } catch {
    // A quoting fault is reported by the real read, with its line.
  }
  return found;
}

const CELL_END = /[\t;|"\r\n]/;

/** The cell around a byte, as the encoding reads it, to show the merchant ("1.299,00 €"). */
function exampleAround(file: string, offset: number, encoding: CsvEncoding): string {
  const start = Math.max(0, offset - 40);
  const bytes = Buffer.alloc(81);
  const handle = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(handle, bytes, 0, bytes.length, start);
  } finally {
    fs.closeSync(handle);
  }
  const before = iconv.decode(bytes.subarray(0, offset - start), encoding);
  const after = iconv.decode(bytes.subarray(offset - start, read), encoding);
  const head = before.split(CELL_END).at(-1) ?? '';
  const tail = after.split(CELL_END)[0] ?? '';
  return `${head}${tail}`.trim().slice(0, 60);
}

export interface TextChunkDecoder {
  /** Text for these bytes; a character split across chunks comes out with the next one. */
  write(bytes: Buffer): string;
  end(): string;
}

/** Thrown when bytes read as UTF-8 are not valid UTF-8. */
export class InvalidUtf8Error extends Error {}

export function createDecoder(encoding: CsvEncoding): TextChunkDecoder {
  if (encoding === 'utf-8') {
    // Fatal, so a wrongly chosen encoding is reported instead of silently turning é into �; the BOM is dropped.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const guard = (decode: () => string) => {
      try {
        return decode();
      } catch (error) {
        if (error instanceof TypeError) throw new InvalidUtf8Error(error.message);
        throw error;
      }
    };
    return {
      write: (bytes) => guard(() => decoder.decode(bytes, { stream: true })),
      end: () => guard(() => decoder.decode()),
    };
  }
  // iconv's UTF-16 decoder follows the byte-order mark (and drops it), little-endian without one.
  const decoder = iconv.getDecoder(encoding);
  return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
}

/** The 1-based line holding the first byte that is not valid UTF-8, for the error message (slow, error path only). */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    if (byte === 0x0a) line += 1;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return line;
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return line;
    }
    index += length;
  }
  return line;
}
