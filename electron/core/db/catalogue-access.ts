// What the app may do with a catalogue file before it opens it: whether the file is there (and not empty), whether it
// and its folder can be written. Nothing here writes: a read-only file is opened read-only, never "tried".
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CatalogueProblemKind } from '../../../shared/backup';
import type { Db } from './connection';

export type FileState = 'missing' | 'empty' | 'present';

export function fileStateOf(file: string): FileState {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 'missing';
  return stat.size === 0 ? 'empty' : 'present';
}

export type WriteAccess = { writable: true } | { writable: false; kind: Extract<CatalogueProblemKind, 'read-only-file' | 'read-only-folder'>; code: string };

const codeOf = (error: unknown) => String((error as NodeJS.ErrnoException).code ?? 'EACCES');

/**
 * Whether SQLite could write the catalogue: the file and its -wal/-shm (when there), and the folder (SQLite creates its
 * -wal, -shm and journal files there). access(2) answers from the permissions, read-only mounts and immutable flags.
 */
export function writeAccessOf(file: string): WriteAccess {
  for (const candidate of [file, `${file}-wal`, `${file}-shm`]) {
    if (!fs.existsSync(candidate)) continue;
    try {
      fs.accessSync(candidate, fs.constants.W_OK);
    } catch (error) {
      return { writable: false, kind: 'read-only-file', code: codeOf(error) };
    }
  }
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch (error) {
    return { writable: false, kind: 'read-only-folder', code: codeOf(error) };
  }
  return { writable: true };
}

export interface ReadOnlyCatalogue {
  db: Db;
  /** When SQLite could not open the file in place (a WAL file in a read-only folder): the private copy it reads. */
  copyDir?: string;
}

const isCantOpen = (error: unknown) => String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_CANTOPEN');

function openReadOnlyFile(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // Opening is lazy: the first read is where a WAL file in a read-only folder fails.
    db.pragma('user_version', { simple: true });
    db.pragma('query_only = ON');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens a catalogue that must not be written. A file in WAL mode inside a read-only folder cannot be opened in place
 * (SQLite needs its -shm beside it): then the file and its -wal are copied to a private temporary folder and read from
 * there. The merchant's file is never written either way.
 */
export function openReadOnly(file: string): ReadOnlyCatalogue {
  try {
    return { db: openReadOnlyFile(file) };
  } catch (error) {
    if (!isCantOpen(error)) throw error;
  }
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-desk-read-only-'));
  try {
    const copy = path.join(copyDir, path.basename(file));
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    return { db: openReadOnlyFile(copy), copyDir };
  } catch (error) {
    fs.rmSync(copyDir, { recursive: true, force: true });
    throw error;
  }
}

/** The identity of the file an open connection writes to: a different inode at the same path means it was replaced. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export const identityOf = (file: string): FileIdentity | undefined => {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : undefined;
};

/** What became of the open catalogue's file since it was opened. */
export function fileChangeOf(file: string, opened: FileIdentity): 'same' | 'file-gone' | 'file-replaced' {
  const now = identityOf(file);
  if (!now) return 'file-gone';
  return now.dev === opened.dev && now.ino === opened.ino ? 'same' : 'file-replaced';
}
