// What the import wizard learns beyond the file's cells: why an encoding was chosen, which units are converted,
// and which columns would be refused on most rows (the import then stops and asks before writing anything).
import type { ProductField } from './catalogue';
import type { CellProblem } from './csv-cells';
import type { MeasureUnit } from './units';

/**
 * Why the file is read in its encoding, for the wizard to say:
 * - chosen: the merchant picked it;
 * - bom: the file starts with a UTF-8 or UTF-16 byte-order mark;
 * - utf16-zeros: no mark, but every other byte is zero, as in UTF-16 text;
 * - ascii: only plain ASCII, which every offered encoding reads alike;
 * - valid-utf8: its accented letters are valid UTF-8;
 * - euro-0x80: byte 0x80, Windows-1252's euro, appears (and ISO-8859 never uses 0x80–0x9F for text);
 * - windows-bytes: bytes 0x80–0x9F appear, which only Windows-1252 reads as letters (’ “ – …);
 * - euro-0xa4: byte 0xA4 stands beside digits or in a price column: the euro in ISO-8859-15 (¤ in Windows-1252);
 * - western: not UTF-8 and no euro seen: read as Windows-1252, which reads ISO-8859-1's letters the same.
 */
export const ENCODING_REASONS = ['chosen', 'bom', 'utf16-zeros', 'ascii', 'valid-utf8', 'euro-0x80', 'windows-bytes', 'euro-0xa4', 'western'] as const;
export type EncodingReason = (typeof ENCODING_REASONS)[number];

export interface EncodingChoice {
  reason: EncodingReason;
  /** The 1-based line of the byte that decided it, when one did. */
  line?: number;
  /** The text around that byte as read in the chosen encoding ("1.299,00 €"). */
  example?: string;
}

/** A weight or dimension column read in another unit than the one stored, as the import report lists it. */
export interface UnitConversion {
  header: string;
  field: ProductField;
  /** The column's unit; a cell naming its own unit ("171 g") is read in that one. */
  unit: MeasureUnit;
  /** The stored unit: g for weight, cm for dimensions. */
  storedUnit: MeasureUnit;
  factor: number;
  /** Values read in another unit than the stored one (from the column's unit or the cell's own). */
  converted: number;
}

/** A column whose values would be refused on most rows for one reason: the import stops before writing and asks. */
export interface ColumnStop {
  header: string;
  field: ProductField;
  problem: CellProblem;
  /** Values refused for this reason. */
  refused: number;
  /** Values the column holds (cells not empty). */
  values: number;
  /** The first refused value, as read ("337,50 ¤"). */
  example: string;
  /** The import report's sentence for the first refused value. */
  reason: string;
}
