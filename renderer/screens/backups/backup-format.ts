// How a backup's date and size read in the merchant's language (the UI's current one when none is given).
import { formatFor, numberFormat } from '../../i18n/format';

export function formatBackupDate(iso: string, language?: string): string {
  return formatFor(language).date(iso);
}

export function formatBackupSize(bytes: number, language?: string): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return numberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
