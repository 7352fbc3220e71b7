// Which text encoding a CSV file is in, and decoders that turn its bytes into text chunk by chunk.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import type { CsvEncoding } from '../../../../shared/catalogue';

const SCAN_CHUNK = 1 << 20;

/** UTF-8 (with or without BOM) when every byte sequence is valid UTF-8, else Windows-1252 (which also reads Latin-1). */
export async function detectEncoding(file: string): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: SCAN_CHUNK })) {
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch (error) {
    if (error instanceof TypeError) return 'windows-1252';
    throw error;
  }
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
  const decoder = iconv.getDecoder('windows-1252');
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
