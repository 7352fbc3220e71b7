// The active listing in full, below the grid: its status and detail, the whole error, and for a Back Market rejection
// the CSV line it came from, so the merchant sees exactly what was sent.
import { useTranslation } from 'react-i18next';
import type { ListingRow } from '../../../shared/sync';
import { useCountryName } from '../mapping/country-name';
import { STATUS_TONE, statusDetail } from './listing-status';
import { PriceChanges } from './backbox/PriceChanges';

export function ListingDetail({ listing }: { listing: ListingRow }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const detail = statusDetail(t, listing);
  return (
    <section className="table-frame" style={{ marginTop: 8, padding: '8px 12px' }} aria-label={t('listings.detail.label')} data-testid="listing-detail">
      <p style={{ margin: 0 }}>
        <strong className="mono">{listing.sku}</strong> · {countryName(listing.country)} ·{' '}
        <span className={`badge ${STATUS_TONE[listing.status]}`}>{t(`listings.status.${listing.status}`)}</span>
        {detail && <span className="muted"> {detail}</span>}
        {listing.listingId !== null && <span className="muted"> · {t('listings.detail.listingId', { id: listing.listingId })}</span>}
      </p>
      {listing.error && (
        <p className="field-error" style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }} data-testid="listing-error">
          {listing.error}
        </p>
      )}
      {listing.changedElsewhere && <p style={{ margin: '6px 0 0' }}>{t('listings.changedElsewhere', { what: listing.changedElsewhere })}</p>}
      {listing.csvLine && (
        <div style={{ marginTop: 6 }}>
          <span className="muted">{t('listings.detail.csvLine')}</span>
          <pre className="mono" style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} data-testid="listing-csv-line">
            {listing.csvLine}
          </pre>
        </div>
      )}
      <PriceChanges productNumber={listing.productNumber} />
    </section>
  );
}
