// Keeps exported cells from running as spreadsheet formulas, and undoes exactly that guard on import so a round trip changes nothing.
// The guard is the leading apostrophe spreadsheets themselves use for "this is text", so a merchant never types it as data.

const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would read as a formula (=, +, -, @, tab, CR). */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** Removes the apostrophe the export added; any other apostrophe stays. */
export const unguardFormula = (text: string): string => (text.charCodeAt(0) === 39 && GUARDED.test(text) ? text.slice(1) : text);
