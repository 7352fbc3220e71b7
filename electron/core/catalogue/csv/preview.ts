// The first look at a CSV file: its delimiter, encoding, headers and first rows, for the merchant to map the columns.
import type { CsvDelimiter, CsvEncoding, CsvReadOptions, EncodingChoice } from '../../../../shared/catalogue';
import { isBlankRecord } from './row-values';
import { emptyFile, openCsvSource, readCsvRecords } from './read-csv';

const SAMPLE_ROWS = 10;

export async function previewCsv(
  file: string,
  options: CsvReadOptions,
): Promise<{ sizeBytes: number; delimiter: CsvDelimiter; encoding: CsvEncoding; encodingChoice: EncodingChoice; headers: string[]; sampleRows: string[][] }> {
  const source = await openCsvSource(file, options);
  let headers: string[] | undefined;
  const sampleRows: string[][] = [];
  await readCsvRecords(source, (cells) => {
    if (isBlankRecord(cells)) return true;
    if (!headers) headers = cells.map((cell) => cell.trim());
    else sampleRows.push(cells);
    return sampleRows.length < SAMPLE_ROWS;
  });
  if (!headers) throw emptyFile();
  return { sizeBytes: source.sizeBytes, delimiter: source.delimiter, encoding: source.encoding, encodingChoice: source.encodingChoice, headers, sampleRows };
}
