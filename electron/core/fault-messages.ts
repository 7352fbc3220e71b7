// What a failure of the disk or the file system means for the merchant, and what to do: a full disk, a read-only file
// or folder, a failing disk, a file in use. Anything else stays "something went wrong on our side".
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
export function faultMessage(error: unknown): string | undefined {
  const kind = faultKindOf(error);
  if (!kind) return undefined;
  const detail = detailOf(error);
  switch (kind) {
    case 'disk-full':
      return `The disk is full, so this was not saved (${detail}). Free some space on the disk that holds Refurb Desk's data folder (empty the trash, move large files), then try again. Your catalogue is intact: nothing was half-written.`;
    case 'read-only':
      return `Refurb Desk may not write here, so this was not saved (${detail}). Your catalogue is open read-only: the banner at the top says why and how to fix it (the file's permissions, a paused synced folder, an antivirus). You can still read, export and back up.`;
    case 'io-error':
      return `The disk reported a read or write error, so this was not done (${detail}). Check the disk (or the network or USB drive holding the data folder) and try again; if it keeps happening, back up now and move the data folder to another disk.`;
    case 'busy':
      return `Your catalogue file is in use by another program, so this was not done (${detail}). Close any other Refurb Desk window or program using it, then try again.`;
    case 'damaged':
      return `Your catalogue file is damaged, so this was not done (${detail}). Restart Refurb Desk: it offers your backups to restore. Nothing has been deleted.`;
  }
}
