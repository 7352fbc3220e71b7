// The catalogue screen: filters and actions above, the virtualised grid below, the product drawer on top.
import type { Rect } from '@tanstack/react-virtual';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { hasActiveFilters, toListQuery, useCatalogueStore } from '../../store/catalogue-store';
import { CatalogueActions } from './CatalogueActions';
import { CatalogueFilters } from './CatalogueFilters';
import { CatalogueGrid } from './CatalogueGrid';
import { EmptyCatalogue } from './EmptyCatalogue';
import { ProductDrawer } from './ProductForm';
import { useCatalogueOutline } from './use-catalogue-lines';

export function CatalogueScreen({ initialRect }: { initialRect?: Rect }) {
  const { t } = useTranslation();
  const filters = useCatalogueStore((state) => state.filters);
  const sort = useCatalogueStore((state) => state.sort);
  const expanded = useCatalogueStore((state) => state.expanded);
  const filter = useMemo(() => toListQuery(filters, sort), [filters, sort]);
  const facets = useCallQuery('catalogue:facets', {});
  const outline = useCatalogueOutline(filter, expanded);
  const [report, setReport] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);
  const filtered = hasActiveFilters(filters);

  if (!outline.isLoading && !outline.error && outline.total === 0 && !filtered) {
    return <EmptyCatalogue />;
  }

  return (
    <div className="catalogue">
      <div className="toolbar">
        <CatalogueFilters facets={facets.data} />
      </div>
      <div className="toolbar toolbar-secondary">
        <span className="muted" role="status" data-testid="catalogue-count">
          {outline.isLoading ? t('app.loading') : t('catalogue.matching', { count: outline.total })}
        </span>
        <CatalogueActions onReport={setReport} />
      </div>
      {report && (
        <Alert tone={report.tone} onDismiss={() => setReport(null)} testId="catalogue-report">
          {report.message}
        </Alert>
      )}
      {outline.error && (
        <Alert>
          {t('catalogue.loadFailed', { message: messageOf(outline.error, t('errors.unexpected')) })}{' '}
          <button type="button" className="button button-small" onClick={outline.refetch}>
            {t('catalogue.retry')}
          </button>
        </Alert>
      )}
      {outline.total === 0 && filtered && !outline.isLoading ? (
        <p className="no-match">{t('catalogue.noMatch')}</p>
      ) : (
        <CatalogueGrid filter={filter} outline={outline} initialRect={initialRect} />
      )}
      <p className="keyboard-hint">{t('catalogue.keyboardHint')}</p>
      <ProductDrawer onSaved={() => setReport({ tone: 'success', message: t('form.saved') })} />
    </div>
  );
}
