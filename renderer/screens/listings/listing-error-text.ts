// What went wrong with an offer, as the merchant reads it: the pre-flight check's reasons worded in their language from
// the codes main stored, else the text as it came (Back Market's own refusal, or a row held back by an older version).
import type { TFunction } from 'i18next';
import type { ListingRow } from '../../../shared/sync';
import { messageText } from '../../i18n/message-text';

export const listingErrorText = (t: TFunction, row: Pick<ListingRow, 'error' | 'reasons'>): string =>
  row.reasons ? row.reasons.map((reason) => messageText(reason, t)).join(' ') : row.error;
