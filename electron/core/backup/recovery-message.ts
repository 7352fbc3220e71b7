// Why the catalogue file could not be opened, in the merchant's words (a code the recovery screen words in their
// language), with what to do next.
import { said, type MerchantMessage } from '../../../shared/messages/merchant-message';
import { AppError } from '../errors';

export function recoveryMessage(error: unknown): MerchantMessage | string {
  // DatabaseTooNewError and the failed backup before a migration already speak to the merchant.
  if (error instanceof AppError) return error.said ?? error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return said('recovery.damaged', { detail });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM') return said('recovery.notAllowed', { detail });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return said('recovery.busy', { detail });
  return said('recovery.cannotOpen', { detail });
}

/** A catalogue that existed before (the settings say so) is missing or empty: never silently replaced by a new one. */
export function missingFileMessage(state: 'missing' | 'empty', file: string): MerchantMessage {
  return state === 'missing' ? said('recovery.missing', { file }) : said('recovery.empty', { file });
}
