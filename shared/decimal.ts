// Reads the numbers merchants write: decimal commas ("129,90"), thousands separators ("1.299,90", "1 299,90", "1,299.90") and currency signs.

const PLAIN = /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i;
/** The usual European price, "429,90": read without the general path, which costs more than the rest of the row. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const GROUPED_BY_DOT = /^[+-]?\d{1,3}(\.\d{3})+$/;
const GROUPED_BY_COMMA = /^[+-]?\d{1,3}(,\d{3})+$/;
const NOISE = /[\s\u00a0\u202f'’€$£]/g;

/** The number written in the text, or undefined when it is not one. A lone separator is a decimal one ("1,5" and "1.5" are both 1.5). */
export function parseDecimal(text: string): number | undefined {
  if (PLAIN.test(text)) return Number(text);
  if (DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  let cleaned = text.replace(NOISE, '');
  const comma = cleaned.lastIndexOf(',');
  const dot = cleaned.lastIndexOf('.');
  if (comma !== -1 && dot !== -1) {
    // Both: the later one is the decimal separator, the other groups thousands.
    cleaned = comma > dot ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, '');
  } else if (comma !== -1) {
    cleaned = GROUPED_BY_COMMA.test(cleaned) && cleaned.indexOf(',') !== comma ? cleaned.replace(/,/g, '') : cleaned.replace(',', '.');
  } else if (dot !== -1 && cleaned.indexOf('.') !== dot && GROUPED_BY_DOT.test(cleaned)) {
    cleaned = cleaned.replace(/\./g, '');
  }
  return PLAIN.test(cleaned) ? Number(cleaned) : undefined;
}
