// The hourly SKU-line budget of a catalogue, its history kept in sync_meta so a restart (or the headless CLI) does not
// forget the lines sent in the last hour.
import { SkuLineBudget, type SkuLineRecord } from '../../backmarket';
import type { Db } from '../../db/connection';

const KEY = 'sku_lines';

function readHistory(db: Db): SkuLineRecord[] {
  const saved = db.prepare('SELECT value FROM sync_meta WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (saved === undefined) return [];
  try {
    const parsed = JSON.parse(saved) as unknown;
    return Array.isArray(parsed) ? (parsed as SkuLineRecord[]) : [];
  } catch {
    return [];
  }
}

export function openSkuLineBudget(db: Db, linesPerHour?: number): SkuLineBudget {
  return new SkuLineBudget({
    history: readHistory(db),
    ...(linesPerHour !== undefined ? { linesPerHour } : {}),
    onRecord: (history) => {
      if (!db.open) return;
      db.prepare('INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(history));
    },
  });
}
