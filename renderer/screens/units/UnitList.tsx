// The ledger as a virtualised list: pages of units fetched as the merchant scrolls, newest first, one line per device
// with its identifier, product, grade, battery, cost and status.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitPage, UnitQuery } from '../../../shared/device-units';
import { useApi } from '../../api/ApiContext';
import { useFormat } from '../../i18n/format';
import { costOf, identifierOf } from './unit-labels';

const PAGE = 200;
const ROW_HEIGHT = 40;

export function UnitList({ query, selectedId, onSelect }: { query: Omit<UnitQuery, 'offset' | 'limit'>; selectedId: number | null; onSelect(id: number): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const pages = useInfiniteQuery({
    queryKey: ['units:list', query],
    initialPageParam: 0,
    queryFn: ({ pageParam }): Promise<UnitPage> => api.call('units:list', { ...query, offset: pageParam, limit: PAGE }),
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((sum, page) => sum + page.units.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
  });
  const units = pages.data?.pages.flatMap((page) => page.units) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const scroll = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: units.length,
    getScrollElement: () => scroll.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    useFlushSync: false,
    initialRect: { width: 900, height: 480 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= units.length - 20) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, units.length]);

  if (pages.isPending) return <p className="muted" role="status">{t('units.list.loading')}</p>;
  if (pages.isError) return <p className="field-error" role="alert">{t('units.list.loadFailed')}</p>;
  if (units.length === 0) return <p className="muted" data-testid="units-empty">{t('units.list.empty')}</p>;
  return (
    <div className="unit-list-frame">
      <p className="muted">{t('units.list.count', { count: total })}</p>
      <div className="unit-list-head" aria-hidden="true">
        <span>{t('units.fields.identifier')}</span>
        <span>{t('units.fields.sku')}</span>
        <span>{t('units.fields.grade')}</span>
        <span>{t('units.fields.battery')}</span>
        <span>{t('units.fields.cost')}</span>
        <span>{t('units.fields.status')}</span>
      </div>
      <div ref={scroll} className="unit-list" role="listbox" aria-label={t('units.list.label')} data-testid="unit-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const unit = units[item.index];
            if (!unit) return null;
            return (
              <div
                key={unit.id}
                role="option"
                aria-selected={unit.id === selectedId}
                tabIndex={0}
                className={`unit-row${unit.id === selectedId ? ' unit-row-selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                data-testid="unit-row"
                onClick={() => onSelect(unit.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') onSelect(unit.id);
                }}
              >
                <span className="mono">{identifierOf(unit)}</span>
                <span>{unit.sku}</span>
                <span>{unit.merchantGrade || (unit.grade ? t(`units.grades.${unit.grade}`) : '—')}</span>
                <span>{unit.batteryHealth === null ? '—' : `${unit.batteryHealth} %`}</span>
                <span>{costOf(format, unit.purchaseCostCents === null ? null : unit.purchaseCostCents + unit.repairCostCents, unit.currency)}</span>
                <span className={`unit-status unit-status-${unit.status}`}>
                  {t(`units.status.${unit.status}`)}
                  {unit.returns >= 2 && <span className="unit-flag"> {t('units.returnedAgain')}</span>}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
