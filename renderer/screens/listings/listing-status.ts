// How a listing's status reads: Published / None / Pending / Not sent, and the detail beside it — Back Market's
// publication_state, a product it is still validating, or where a None came from.
import type { TFunction } from 'i18next';
import type { ListingRow, OfferStatus } from '../../../shared/sync';

export const STATUS_TONE: Record<OfferStatus, string> = {
  published: 'badge-ok',
  none: 'badge-danger',
  pending: 'badge-warning',
  'not-sent': '',
};

export function statusDetail(t: TFunction, row: Pick<ListingRow, 'status' | 'validating' | 'publicationState' | 'noneSource'>): string {
  if (row.validating) return t('listings.detail.validating');
  if (row.status === 'none' && row.noneSource) return t(`listings.detail.none.${row.noneSource}`);
  if (row.publicationState !== null) return t(`listings.publication.${row.publicationState}`);
  return '';
}
