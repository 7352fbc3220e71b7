// The active listing in full, below the grid: the guide's word and the standing with its reason and fix, the whole
// error, and for a Back Market rejection the CSV line it came from, so the merchant sees exactly what was sent. A listing
// Refurb Desk does not manage shows Back Market's values instead, and can be taken under management.
import { useTranslation } from 'react-i18next';
import type { OfferTruth } from '../../../shared/offer-status';
import type { ListingRow } from '../../../shared/sync';
import type { ListingsReport } from './ListingsActions';
import { UnmanagedDetail } from './UnmanagedDetail';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';
import { standingLine, truthFix, truthTone } from './offer-truth-text';
import { MinPriceLine } from './backbox/MinPriceLine';
import { PriceChanges } from './backbox/PriceChanges';
import { messageText } from '../../i18n/message-text';
import { listingErrorText } from './listing-error-text';

export function ListingDetail({ listing, onReport }: { listing: ListingRow; onReport(report: ListingsReport): void }) {
  if (listing.unmanaged) return <UnmanagedDetail listing={listing} offer={listing.unmanaged} onReport={onReport} />;
  return listing.truth ? <OfferDetail listing={listing} truth={listing.truth} /> : null;
}

function OfferDetail({ listing, truth }: { listing: ListingRow; truth: OfferTruth }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const standing = standingLine(t, truth, (iso) => format.date(iso));
  const fix = truthFix(t, truth);
  return (
    <section className="table-frame" style={{ marginTop: 8, padding: '8px 12px' }} aria-label={t('listings.detail.label')} data-testid="listing-detail">
      <p style={{ margin: 0 }}>
        <strong className="mono">{listing.sku}</strong> · {countryName(listing.country)} ·{' '}
        <span className={`badge ${truthTone(truth)}`}>{t(`truth.word.${truth.word}`)}</span>
        <span data-testid="listing-standing"> {standing}</span>
        {listing.listingId !== null && <span className="muted"> · {t('listings.detail.listingId', { id: listing.listingId })}</span>}
      </p>
      {fix && (
        <p style={{ margin: '6px 0 0' }} data-testid="listing-fix">
          <span className="muted">{t('truth.fixLabel')}</span> {fix}
        </p>
      )}
      {listing.error && (
        <p className="field-error" style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }} data-testid="listing-error">
          {listingErrorText(t, listing)}
        </p>
      )}
      {listing.changedElsewhere && <p style={{ margin: '6px 0 0' }}>{t('listings.changedElsewhere', { what: messageText(listing.changedElsewhere, t) })}</p>}
      {listing.csvLine && (
        <div style={{ marginTop: 6 }}>
          <span className="muted">{t('listings.detail.csvLine')}</span>
          <pre className="mono" style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} data-testid="listing-csv-line">
            {listing.csvLine}
          </pre>
        </div>
      )}
      <MinPriceLine productId={listing.productId} country={listing.country} />
      <PriceChanges productNumber={listing.productNumber} />
    </section>
  );
}
