// Counts in texts read in the UI's language: "50,000 changes" in English, "50 000 modifications" in French, never
// "50000". i18next hands every interpolated value to this formatter (interpolation.alwaysFormat); only quantities are
// formatted (`count`, which stays a number for the plural rules, `total`, `rows`...); every other value passes as it is.
import type { FormatterModule } from 'i18next';
import { numberFormat } from './format';

/**
 * The names texts give their quantities (rows imported, orders received, calls shown of a total, pages): numbers
 * under any other name (an order id, a file line, a year) are identifiers and keep their digits as they are.
 */
const QUANTITIES = new Set(['count', 'total', 'shown', 'rows', 'received', 'added', 'updated', 'unchanged', 'rejected', 'done', 'read', 'failed', 'pages', 'minimum', 'maximum']);

export const countFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format(value, _format, lng, options) {
    // i18next passes the key being interpolated with the options, untyped in its declarations.
    const key = (options as { interpolationkey?: string } | undefined)?.interpolationkey;
    if (key !== undefined && QUANTITIES.has(key) && typeof value === 'number' && Number.isFinite(value)) return numberFormat(lng).format(value);
    return value;
  },
};
