// The merchant's mappings in SQLite: categories to leaves, Back Market fields to sources, and value maps.
import { fieldSourceSchema, type FieldSource } from '../../../shared/mapping';
import type { Db } from '../db/connection';

export interface CategoryMappingRow {
  merchantCategory: string;
  marketplaceCategoryId: number;
}

export interface FieldMappingRecord {
  backMarketField: string;
  country: string;
  source: FieldSource;
}

export interface ValueMapRecord {
  map: string;
  merchantValue: string;
  target: string;
}

export function categoryMappings(db: Db): CategoryMappingRow[] {
  return db.prepare('SELECT merchant_category AS merchantCategory, marketplace_category_id AS marketplaceCategoryId FROM category_mappings ORDER BY merchant_category').all() as CategoryMappingRow[];
}

export function setCategoryMapping(db: Db, merchantCategory: string, marketplaceCategoryId: number | null, now: string): void {
  if (marketplaceCategoryId === null) db.prepare('DELETE FROM category_mappings WHERE merchant_category = ?').run(merchantCategory);
  else {
    db.prepare(
      `INSERT INTO category_mappings (merchant_category, marketplace_category_id, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(merchant_category) DO UPDATE SET marketplace_category_id = excluded.marketplace_category_id, updated_at = excluded.updated_at`,
    ).run(merchantCategory, marketplaceCategoryId, now);
  }
}

export function fieldMappings(db: Db): FieldMappingRecord[] {
  const rows = db.prepare('SELECT bm_field, country, source FROM field_mappings ORDER BY bm_field, country').all() as { bm_field: string; country: string; source: string }[];
  // A row written by an older or newer app that no longer parses is ignored rather than breaking every screen.
  return rows.flatMap((row) => {
    const parsed = fieldSourceSchema.safeParse(JSON.parse(row.source));
    return parsed.success ? [{ backMarketField: row.bm_field, country: row.country, source: parsed.data }] : [];
  });
}

export function setFieldMapping(db: Db, backMarketField: string, country: string, source: FieldSource | null, now: string): void {
  if (source === null) db.prepare('DELETE FROM field_mappings WHERE bm_field = ? AND country = ?').run(backMarketField, country);
  else {
    db.prepare(
      `INSERT INTO field_mappings (bm_field, country, source, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(bm_field, country) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at`,
    ).run(backMarketField, country, JSON.stringify(source), now);
  }
}

export function valueMaps(db: Db, map?: string): ValueMapRecord[] {
  const sql = 'SELECT map, merchant_value AS merchantValue, target FROM value_maps';
  return (map === undefined ? db.prepare(`${sql} ORDER BY map, merchant_value`).all() : db.prepare(`${sql} WHERE map = ? ORDER BY merchant_value`).all(map)) as ValueMapRecord[];
}

export function setValueMapping(db: Db, map: string, merchantValue: string, target: string | null, now: string): void {
  if (target === null) db.prepare('DELETE FROM value_maps WHERE map = ? AND merchant_value = ?').run(map, merchantValue);
  else {
    db.prepare(
      `INSERT INTO value_maps (map, merchant_value, target, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(map, merchant_value) DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at`,
    ).run(map, merchantValue, target, now);
  }
}

export function valueTarget(db: Db, map: string, merchantValue: string): string | undefined {
  return (db.prepare('SELECT target FROM value_maps WHERE map = ? AND merchant_value = ?').get(map, merchantValue) as { target: string } | undefined)?.target;
}

/** Removes every mapping, for an import that replaces them. */
export function clearMappings(db: Db): void {
  db.exec('DELETE FROM category_mappings; DELETE FROM field_mappings; DELETE FROM value_maps;');
}
