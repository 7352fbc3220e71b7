// The merchant's margin settings in SQLite: VAT rates per market (defaults where never set), a parcel's cost per
// currency, and the minimum margin the Prices matrix warns below.
import { DEFAULT_VAT_BASIS_POINTS, type MarginSettings, type MarginSettingsInput, marginSettingsSchema } from '../../../shared/margin';
import type { Db } from '../db/connection';

const SHIPPING_PREFIX = 'shipping-cents:';
const MINIMUM_KEY = 'minimum-margin-cents';

export function readMarginSettings(db: Db): MarginSettings {
  const vatBasisPoints: Record<string, number> = { ...DEFAULT_VAT_BASIS_POINTS };
  for (const row of db.prepare('SELECT country_code, basis_points FROM vat_rates').all() as { country_code: string; basis_points: number }[]) vatBasisPoints[row.country_code] = row.basis_points;
  const shippingCents: Record<string, number> = {};
  let minimumMarginCents: number | null = null;
  for (const row of db.prepare('SELECT key, value FROM unit_settings').all() as { key: string; value: string }[]) {
    if (row.key.startsWith(SHIPPING_PREFIX)) shippingCents[row.key.slice(SHIPPING_PREFIX.length)] = Number(row.value);
    if (row.key === MINIMUM_KEY) minimumMarginCents = Number(row.value);
  }
  return { vatBasisPoints, shippingCents, minimumMarginCents };
}

/** Writes what the input names; a market set back to its default rate drops its row. */
export function writeMarginSettings(db: Db, input: MarginSettingsInput): MarginSettings {
  const settings = marginSettingsSchema.parse(input);
  db.transaction(() => {
    for (const [country, basisPoints] of Object.entries(settings.vatBasisPoints)) {
      if (DEFAULT_VAT_BASIS_POINTS[country] === basisPoints) db.prepare('DELETE FROM vat_rates WHERE country_code = ?').run(country);
      else db.prepare('INSERT INTO vat_rates (country_code, basis_points) VALUES (?, ?) ON CONFLICT(country_code) DO UPDATE SET basis_points = excluded.basis_points').run(country, basisPoints);
    }
    const upsert = db.prepare('INSERT INTO unit_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    for (const [currency, cents] of Object.entries(settings.shippingCents)) upsert.run(`${SHIPPING_PREFIX}${currency}`, String(cents));
    if (settings.minimumMarginCents === null) db.prepare('DELETE FROM unit_settings WHERE key = ?').run(MINIMUM_KEY);
    else if (settings.minimumMarginCents !== undefined) upsert.run(MINIMUM_KEY, String(settings.minimumMarginCents));
  })();
  return readMarginSettings(db);
}
