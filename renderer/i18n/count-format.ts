// Counts in texts read in the UI's language: "50,000 changes" in English, "50 000 modifications" in French, never
// "50000". i18next hands every interpolated value to this formatter (interpolation.alwaysFormat); only `count`, which
// is always a quantity (and stays a number for the plural rules), is formatted; every other value passes as it is.
import type { FormatterModule } from 'i18next';
import { numberFormat } from './format';

export const countFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format(value, _format, lng, options) {
    // i18next passes the key being interpolated with the options, untyped in its declarations.
    if ((options as { interpolationkey?: string } | undefined)?.interpolationkey === 'count' && typeof value === 'number' && Number.isFinite(value)) return numberFormat(lng).format(value);
    return value;
  },
};
