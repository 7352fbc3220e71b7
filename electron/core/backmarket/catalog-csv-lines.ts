// Counts the records of a CSV catalog (quoted fields may hold line breaks), for the 15,000-line cap and the SKU budget.

/** Records in the text, the header included; a final line break does not start a record. */
export function countCsvRecords(csv: string, quotechar = '"'): number {
  let records = 0;
  let inQuotes = false;
  let recordHasContent = false;
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv[index];
    if (char === quotechar) {
      inQuotes = !inQuotes;
      recordHasContent = true;
    } else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (char === '\r' && csv[index + 1] === '\n') index += 1;
      if (recordHasContent) records += 1;
      recordHasContent = false;
    } else recordHasContent = true;
  }
  return recordHasContent ? records + 1 : records;
}

/** The SKU lines a catalog sends: its records minus the header. */
export const catalogDataLines = (csv: string, quotechar = '"'): number => Math.max(0, countCsvRecords(csv, quotechar) - 1);
