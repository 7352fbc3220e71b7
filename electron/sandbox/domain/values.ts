// Parsing of the loosely typed values the API accepts: prices as strings or numbers, integers as strings or numbers.

/** A money amount with at most two decimals, as a string with two decimals; null when it is not one. */
export function parseMoney(value: unknown): string | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : typeof value === 'string' ? value.trim().replace(',', '.') : '';
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) return null;
  return Number(text).toFixed(2);
}

/** A whole number given as a number or a string of digits; null otherwise. */
export function parseInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return null;
}

/** A decimal number given as a number or a string (decimal point or comma); null otherwise. */
export function parseDecimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim())) return Number(value.trim().replace(',', '.'));
  return null;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A positive integer id written in a path or query (digits only); null otherwise. */
export function parseId(value: string): number | null {
  return /^\d{1,15}$/.test(value) ? Number(value) : null;
}

export function centsOf(amount: string): number {
  return Math.round(Number(amount) * 100);
}

export function amountOf(cents: number): string {
  return (cents / 100).toFixed(2);
}
