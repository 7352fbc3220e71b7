// The active listing when Refurb Desk does not manage it: Back Market's values as last read from the account (price,
// quantity, grade, comment, warranty, publication state), and "Take under management", which imports it as a catalogue
// product through the account's import of one listing (it then keeps what Back Market holds: the next sync sends nothing).
import { useTranslation } from 'react-i18next';
import type { ListingRow, UnmanagedOffer } from '../../../shared/sync';
import { useAccountCall } from '../../api/account-queries';
import { messageOf } from '../../api/call-error';
import { useFormat } from '../../i18n/format';
import { gradeName } from '../../i18n/grade-name';
import { useCountryName } from '../mapping/country-name';
import type { ListingsReport } from './ListingsActions';

export function UnmanagedDetail({ listing, offer, onReport }: { listing: ListingRow; offer: UnmanagedOffer; onReport(report: ListingsReport): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const importCall = useAccountCall('account:import');
  const price = Number(offer.price);
  const values: [string, string, string][] = [
    ['price', t('listings.unmanaged.detail.price'), Number.isFinite(price) ? format.money(price, offer.currency || 'EUR') : offer.price],
    ['quantity', t('listings.unmanaged.detail.quantity'), format.number(offer.quantity)],
    ['grade', t('listings.unmanaged.detail.grade'), offer.grade ? gradeName(t, offer.grade) : t('listings.unmanaged.detail.notGiven')],
    ['comment', t('listings.unmanaged.detail.comment'), offer.comment || t('listings.unmanaged.detail.notGiven')],
    [
      'warranty',
      t('listings.unmanaged.detail.warranty'),
      offer.warrantyDelay === null ? t('listings.unmanaged.detail.notGiven') : t('listings.unmanaged.detail.months', { count: offer.warrantyDelay }),
    ],
    [
      'publication',
      t('listings.unmanaged.detail.publication'),
      offer.publicationState === null ? t('listings.unmanaged.stateUnknown') : t(`listings.publication.${offer.publicationState}`),
    ],
  ];

  function takeUnderManagement() {
    importCall.mutate(
      { scope: 'skus', skus: [listing.sku] },
      {
        onSuccess: (report) => {
          const skipped = report.skipped.map((entry) => t(`account.import.skipped.${entry.reason}`, { sku: entry.sku }));
          onReport(
            report.imported > 0
              ? { tone: 'success', message: t('account.import.report', { imported: report.imported, adopted: report.adopted, toReview: report.toReview }) }
              : { tone: 'error', message: skipped.join(' ') || t('errors.unexpected') },
          );
        },
        onError: (error) => onReport({ tone: 'error', message: messageOf(error, t('errors.unexpected')) }),
      },
    );
  }

  return (
    <section className="table-frame" style={{ marginTop: 8, padding: '8px 12px' }} aria-label={t('listings.detail.label')} data-testid="listing-detail" data-managed="no">
      <p style={{ margin: 0 }}>
        <strong className="mono">{listing.sku}</strong> · {countryName(listing.country)} · <span className="badge">{t('listings.unmanaged.status')}</span>
        {offer.listingId !== null && <span className="muted"> · {t('listings.detail.listingId', { id: offer.listingId })}</span>}
      </p>
      <p className="muted" style={{ margin: '6px 0 0' }}>
        {t('listings.unmanaged.detail.intro', { date: format.date(offer.readAt) })}
      </p>
      <dl className="detail-values" data-testid="unmanaged-values" style={{ margin: '6px 0 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12 }}>
        {values.map(([field, label, value]) => (
          <div key={field} style={{ display: 'contents' }} data-field={field}>
            <dt className="muted">{label}</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button-primary" style={{ marginTop: 8 }} disabled={importCall.isPending} onClick={takeUnderManagement}>
        {t('listings.unmanaged.take')}
      </button>
    </section>
  );
}
