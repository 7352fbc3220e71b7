// Guesses the delimiter of a CSV file from its first lines: the candidate that splits them into the same number of columns.
import type { CsvDelimiter } from '../../../../shared/catalogue';
import { CSV_DELIMITERS } from '../../../../shared/catalogue';
import { CsvTokenizer } from './csv-tokenizer';

const SAMPLE_RECORDS = 20;

/** The delimiter among ; , tab | that splits the header into most columns, rows agreeing; semicolon when none does. */
export function detectDelimiter(headText: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ';', score: 0 };
  for (const delimiter of CSV_DELIMITERS) {
    const widths = sampleWidths(headText, delimiter);
    const header = widths[0] ?? 0;
    if (header < 2) continue;
    const rows = widths.slice(1);
    const agreeing = rows.length === 0 ? 1 : rows.filter((width) => width === header).length / rows.length;
    const score = agreeing * 10_000 + header;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function sampleWidths(headText: string, delimiter: CsvDelimiter): number[] {
  const widths: number[] = [];
  const tokenizer = new CsvTokenizer({ delimiter, maxColumns: Number.MAX_SAFE_INTEGER, maxRecordChars: Number.MAX_SAFE_INTEGER });
  const sink = (cells: string[]) => {
    if (cells.length > 1 || cells[0] !== '') widths.push(cells.length);
    return widths.length < SAMPLE_RECORDS;
  };
  try {
    // The head may end mid-record; only the complete records count.
    tokenizer.write(headText, sink);
  } catch {
    // A quoting fault is reported by the real read, with its line.
  }
  return widths;
}
