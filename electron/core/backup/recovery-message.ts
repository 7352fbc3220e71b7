// Why the catalogue file could not be opened, in the merchant's words, with what to do next.
import { AppError } from '../errors';

const KEPT = 'Nothing has been changed or deleted.';

export function recoveryMessage(error: unknown): string {
  // DatabaseTooNewError and the failed backup before a migration already speak to the merchant.
  if (error instanceof AppError) return error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return `Refurb Desk cannot read your catalogue file: it is damaged (SQLite says "${detail}"). Restore one of your backups below, or copy the damaged file somewhere safe and send it to support. ${KEPT}`;
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM') {
    return `Refurb Desk is not allowed to open your catalogue file (${detail}). Check that the file and its folder are not read-only, then start Refurb Desk again. ${KEPT}`;
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `Your catalogue file is in use by another program (${detail}). Close any other Refurb Desk window or program using it, then start Refurb Desk again. ${KEPT}`;
  }
  return `Refurb Desk could not open your catalogue file (${detail}). Restore one of your backups below, or copy the file somewhere safe and send it to support. ${KEPT}`;
}

/** A catalogue that existed before (the settings say so) is missing or empty: never silently replaced by a new one. */
export function missingFileMessage(state: 'missing' | 'empty', file: string): string {
  const what = state === 'missing' ? `Your catalogue file is missing (${file})` : `Your catalogue file is empty: 0 bytes (${file})`;
  return (
    `${what}, although Refurb Desk opened it before. It may have been moved, deleted, or not yet downloaded by a synced folder (OneDrive, Dropbox, iCloud), ` +
    'or put in quarantine by an antivirus. Put the file back and start Refurb Desk again, or restore one of your backups below. ' +
    'Refurb Desk has not created a new empty catalogue in its place.'
  );
}
