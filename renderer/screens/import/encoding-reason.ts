// Why the file is read in its encoding, in the merchant's words, from the reason code main detected.
import type { TFunction } from 'i18next';
import type { ImportPreview } from '../../../shared/catalogue';

export function encodingReasonText(t: TFunction, preview: Pick<ImportPreview, 'encoding' | 'encodingChoice'>): string {
  const { reason, line, example } = preview.encodingChoice;
  return t(`import.encodingReasons.${reason}`, { encoding: t(`import.encodings.${preview.encoding}`), line, example: example ?? '' });
}
