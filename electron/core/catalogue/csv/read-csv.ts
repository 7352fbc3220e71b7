// Streams a CSV file into records: checks it is CSV text, settles its encoding and delimiter, and turns every whole-file fault into a message.
import fs from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CsvDelimiter, CsvEncoding, CsvReadOptions, EncodingChoice } from '../../../../shared/catalogue';
import { said } from '../../../../shared/messages/merchant-message';
import { saidError, type AppError } from '../../errors';
import type { RecordSink } from './csv-tokenizer';
import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer';
import { detectDelimiter } from './delimiter';
import { createDecoder, detectEncoding, firstInvalidUtf8Line, InvalidUtf8Error } from './encoding';
import { assertCsvText } from './file-signature';

/** More columns than any catalogue has; a longer row means a wrong delimiter or a file that is not a catalogue. */
export const MAX_COLUMNS = 1000;
const MAX_RECORD_CHARS = 4_000_000;
const READ_CHUNK = 256 * 1024;
const HEAD_BYTES = 64 * 1024;

export interface CsvSource {
  file: string;
  sizeBytes: number;
  delimiter: CsvDelimiter;
  encoding: CsvEncoding;
  encodingChoice: EncodingChoice;
}

/** Checks the file and settles the delimiter and encoding the merchant did not choose. */
export async function openCsvSource(file: string, options: CsvReadOptions): Promise<CsvSource> {
  const sizeBytes = fs.statSync(file).size;
  const head = readHead(file, HEAD_BYTES);
  if (head.byteLength === 0) throw emptyFile();
  const { encoding, choice } = options.encoding ? { encoding: options.encoding, choice: { reason: 'chosen' as const } } : await detectEncoding(file, head);
  assertCsvText(head, encoding);
  let headText: string;
  try {
    const decoder = createDecoder(encoding);
    headText = decoder.write(head);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw notUtf8(file);
    throw error;
  }
  if (headText.trim() === '') throw emptyFile();
  return { file, sizeBytes, encoding, encodingChoice: choice, delimiter: options.delimiter ?? detectDelimiter(headText) };
}

export interface ReadProgress {
  bytesRead: number;
}

/** Feeds every record to the sink, yielding to the event loop between chunks so a big file never freezes the app. */
export async function readCsvRecords(source: CsvSource, sink: RecordSink, onChunk?: (progress: ReadProgress) => void): Promise<void> {
  const decoder = createDecoder(source.encoding);
  const tokenizer = new CsvTokenizer({ delimiter: source.delimiter, maxColumns: MAX_COLUMNS, maxRecordChars: MAX_RECORD_CHARS });
  const stream = fs.createReadStream(source.file, { highWaterMark: READ_CHUNK });
  let bytesRead = 0;
  try {
    for await (const chunk of stream) {
      bytesRead += (chunk as Buffer).byteLength;
      if (tokenizer.write(decoder.write(chunk as Buffer), sink) === 'stopped') return;
      onChunk?.({ bytesRead });
      await nextTurn();
    }
    const rest = decoder.end();
    if (rest && tokenizer.write(rest, sink) === 'stopped') return;
    tokenizer.end(sink);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw notUtf8(source.file);
    if (error instanceof CsvSyntaxError) throw syntaxMessage(error);
    throw error;
  } finally {
    stream.destroy();
  }
}

function readHead(file: string, size: number): Buffer {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const read = fs.readSync(handle, buffer, 0, size, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

export const emptyFile = () => saidError('invalid-input', said('csvFile.empty'));

function notUtf8(file: string): AppError {
  return saidError('invalid-input', said('csvFile.notUtf8', { line: firstInvalidUtf8Line(fs.readFileSync(file)) }));
}

function syntaxMessage(error: CsvSyntaxError): AppError {
  switch (error.problem) {
    case 'unclosed-quote':
      return saidError('invalid-input', said('csvFile.unclosedQuote', { line: error.line }));
    case 'too-many-columns':
      return saidError('invalid-input', said('csvFile.tooManyColumns', { line: error.line, max: MAX_COLUMNS }));
    case 'record-too-long':
      return saidError('invalid-input', said('csvFile.lineTooLong', { line: error.line }));
  }
}
