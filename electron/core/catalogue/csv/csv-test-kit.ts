// Test helper for the CSV modules: a fresh database and a folder for CSV files, both removed after the test.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { ColumnTarget } from '../../../../shared/catalogue';
import type { Db } from '../../db/connection';
import { tempDatabase } from '../../test/temp-db';

export const NOW = '2026-11-27T10:00:00.000Z';

export interface CsvKit {
  db: Db;
  /** Writes a file and returns its path; text is written as UTF-8 unless an encoding is given. */
  file(name: string, content: string | Uint8Array, encoding?: 'utf-8' | 'windows-1252' | 'iso-8859-15' | 'iso-8859-1' | 'utf-16le' | 'utf-16be'): string;
  /** Every row of the products table, for "nothing was written" checks. */
  snapshot(): unknown[];
  cleanup(): void;
}

export function csvKit(): CsvKit {
  const { db, file: dbFile, cleanup } = tempDatabase();
  const dir = path.dirname(dbFile);
  return {
    db,
    file(name, content, encoding = 'utf-8') {
      const target = path.join(dir, name);
      const bytes = typeof content === 'string' ? (encoding === 'utf-8' ? Buffer.from(content, 'utf8') : iconv.encode(content, encoding)) : content;
      fs.writeFileSync(target, bytes);
      return target;
    },
    snapshot: () => [
      ...db.prepare('SELECT * FROM products ORDER BY id').all(),
      ...db.prepare('SELECT * FROM outbox ORDER BY product_number').all(),
    ],
    cleanup,
  };
}

export const field = (name: Extract<ColumnTarget, { kind: 'field' }>['field']): ColumnTarget => ({ kind: 'field', field: name });
export const attribute = (name: string): ColumnTarget => ({ kind: 'attribute', name });
