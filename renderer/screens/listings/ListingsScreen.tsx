// The Listings screen: every product in every country with what Back Market did with it (Published / None, with the
// reason), read from the tables the sync writes, so it is right offline too. Summary per country, filters, the grid,
// the active listing in full, the product drawer of the catalogue to fix a product without leaving the screen. The
// listings Back Market holds that Refurb Desk does not manage are rows after the catalogue's (never counted).
import type { Rect } from '@tanstack/react-virtual';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { useListingsChangedRefresh } from '../../api/sync-queries';
import { Alert } from '../../components/Alert';
import { ProductDrawer } from '../catalogue/ProductForm';
import { ListingDetail } from './ListingDetail';
import { ListingsActions, type ListingsReport } from './ListingsActions';
import { BackboxActions } from './backbox/BackboxActions';
import { ListingsFilters } from './ListingsFilters';
import { ListingsGrid } from './ListingsGrid';
import { ListingsSummaryBar } from './ListingsSummaryBar';
import { hasListingFilters, toListingQuery, useListingsStore } from './listings-store';
import { useListingLines } from './use-listing-rows';

export function ListingsScreen({ initialRect }: { initialRect?: Rect }) {
  const { t } = useTranslation();
  useListingsChangedRefresh();
  const filters = useListingsStore((state) => state.filters);
  const sort = useListingsStore((state) => state.sort);
  const activeRow = useListingsStore((state) => state.activeRow);
  const filter = useMemo(() => toListingQuery(filters, sort), [filters, sort]);
  const summary = useCallQuery('listings:summary', {});
  const [range, setRange] = useState({ start: 0, end: 0 });
  const onRangeChange = useCallback((next: { start: number; end: number }) => setRange((current) => (current.start === next.start && current.end === next.end ? current : next)), []);
  const lines = useListingLines(filter, range);
  const [report, setReport] = useState<ListingsReport | null>(null);
  const filtered = hasListingFilters(filters);
  const active = lines.rowAt(activeRow);

  return (
    <div className="catalogue">
      {summary.data && <ListingsSummaryBar summary={summary.data} />}
      <div className="toolbar">
        <ListingsFilters summary={summary.data} />
      </div>
      <div className="toolbar toolbar-secondary">
        <span className="muted" role="status" data-testid="listings-count">
          {lines.isLoading ? t('app.loading') : lines.error ? '' : t('listings.matching', { count: lines.total })}
        </span>
        <ListingsActions onReport={setReport} />
        <BackboxActions onReport={setReport} />
      </div>
      {report && (
        <Alert tone={report.tone} onDismiss={() => setReport(null)} testId="listings-report">
          {report.message}
        </Alert>
      )}
      {lines.error && (
        <Alert>
          {t('listings.loadFailed', { message: messageOf(lines.error, t('errors.unexpected')) })}{' '}
          <button type="button" className="button button-small" onClick={lines.refetch}>
            {t('listings.retryLoad')}
          </button>
        </Alert>
      )}
      {!lines.isLoading && !lines.error && lines.total === 0 ? (
        <p className="no-match">{filtered ? t('listings.noMatch') : t('listings.empty')}</p>
      ) : (
        !lines.error && <ListingsGrid lines={lines} onRangeChange={onRangeChange} initialRect={initialRect} />
      )}
      {active && <ListingDetail listing={active} onReport={setReport} />}
      <p className="keyboard-hint">{t('listings.keyboardHint')}</p>
      <ProductDrawer onSaved={() => setReport({ tone: 'success', message: t('form.saved') })} />
    </div>
  );
}
