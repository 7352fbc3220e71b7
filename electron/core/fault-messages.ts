// What a failure of the disk or the file system means for the merchant, and what to do: a full disk, a read-only file
// or folder, a failing disk, a file in use. Anything else stays "something went wrong on our side".
import { said, type MerchantMessage } from '../../shared/messages/merchant-message';

const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '');

export type FaultKind = 'disk-full' | 'read-only' | 'io-error' | 'busy' | 'damaged';

export function faultKindOf(error: unknown): FaultKind | undefined {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io-error';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'busy';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  return undefined;
}

const detailOf = (error: unknown) => {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : '';
  return code && !message.includes(code) ? `${code}: ${message}` : message || code;
};

/** The merchant's message for a disk or file-system failure, or undefined when the failure is not one. */
export function faultMessage(error: unknown): MerchantMessage | undefined {
  const kind = faultKindOf(error);
  return kind ? said(`fault.${kind}`, { detail: detailOf(error) }) : undefined;
}
