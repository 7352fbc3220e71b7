// The listed-products grid: one line per product and country, virtualised (TanStack Virtual), pages of listings:list
// fetched as the merchant scrolls. Keyboard as in the catalogue: the grid holds focus and points at the active cell
// (aria-activedescendant); arrows move, Space selects, Enter opens the product.
import type { Rect } from '@tanstack/react-virtual';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CutText } from '../../components/CutText';
import { useCatalogueStore } from '../../store/catalogue-store';
import { gridKeyAction } from '../catalogue/grid-keyboard';
import { GRID_HEADER_HEIGHT, GRID_OVERSCAN, GridLoadingRow, gridColumnsStyle, gridRowPosition, useActiveRowInRange, useGridVirtualizer } from '../catalogue/virtual-grid';
import { useListingColumns, type ListingColumn } from './listing-columns';
import { lineKey, listingKey, useListingsStore } from './listings-store';
import type { ListingLines } from './use-listing-rows';

/** Two lines of text fit: the status and its standing, or the Why wrapped. */
export const LISTING_ROW_HEIGHT = 40;

interface ListingsGridProps {
  lines: ListingLines;
  onRangeChange(range: { start: number; end: number }): void;
  /** A fixed viewport, for tests in jsdom where nothing has a size. */
  initialRect?: Rect;
}

function HeaderCell({ column, colIndex }: { column: ListingColumn; colIndex: number }) {
  const sort = useListingsStore((state) => state.sort);
  const toggleSort = useListingsStore((state) => state.toggleSort);
  const sorted = column.sort && sort.column === column.sort ? sort.direction : false;
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : column.sort ? 'none' : undefined;
  const sortBy = column.sort;
  return (
    <div role="columnheader" aria-colindex={colIndex} aria-sort={ariaSort} className={`grid-cell grid-header-cell${column.align ? ` align-${column.align}` : ''}`}>
      {column.header ??
        (sortBy ? (
          <button type="button" className="sort-button" onClick={() => toggleSort(sortBy)}>
            <span>{column.label}</span>
            <span className={`sort-indicator${sorted ? ' sort-indicator-on' : ''}`} aria-hidden="true">
              {sorted === 'desc' ? '↓' : '↑'}
            </span>
          </button>
        ) : (
          column.label
        ))}
    </div>
  );
}

export function ListingsGrid({ lines, onRangeChange, initialRect: givenRect }: ListingsGridProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useListingColumns(lines.loaded);
  const { selection, activeRow, activeColumn, setActive, toggleSelected } = useListingsStore();
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  const count = lines.total;

  const virtualizer = useGridVirtualizer(count, LISTING_ROW_HEIGHT, scrollRef, givenRect);
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items.at(-1)?.index ?? 0;
  useEffect(() => onRangeChange({ start, end }), [start, end, onRangeChange]);

  const gridStyle = gridColumnsStyle(columns.map((column) => column.width));
  const activeColumnIndex = Math.max(
    0,
    columns.findIndex((column) => column.id === activeColumn),
  );
  const cellId = (line: number, columnId: string) => `${idPrefix}-cell-${line}-${columnId}`;
  const activeListing = lines.rowAt(activeRow);
  // A listing not managed by Refurb Desk has no product to open nor offer to select: its detail shows below the grid.
  const openProduct = (listing: { productId: number; unmanaged: unknown }) => {
    if (!listing.unmanaged) setOpenProduct({ mode: 'edit', id: listing.productId });
  };

  useActiveRowInRange(activeRow, count, setActive);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (count === 0) return;
    const action = gridKeyAction(event.key, { ctrl: event.ctrlKey || event.metaKey }, {
      row: activeRow,
      column: activeColumnIndex,
      rowCount: count,
      columnCount: columns.length,
      pageRows: Math.max(1, items.length - 2 * GRID_OVERSCAN),
      editable: false,
    });
    if (!action || action.kind === 'expand' || action.kind === 'edit') return;
    event.preventDefault();
    if (action.kind === 'move') {
      setActive(action.row, columns[action.column]?.id);
      virtualizer.scrollToIndex(action.row, { align: 'auto' });
    } else if (action.kind === 'open') {
      if (activeListing) openProduct(activeListing);
    } else if (activeListing && !activeListing.unmanaged) {
      toggleSelected(listingKey(activeListing));
    }
  }

  return (
    <div
      ref={scrollRef}
      className="grid"
      role="grid"
      aria-label={t('listings.gridLabel')}
      aria-rowcount={count + 1}
      aria-colcount={columns.length}
      aria-multiselectable="true"
      aria-activedescendant={activeListing ? cellId(activeRow, columns[activeColumnIndex]?.id ?? '') : undefined}
      tabIndex={0}
      style={gridStyle}
      onKeyDown={onKeyDown}
      data-testid="listings-grid"
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          {columns.map((column, index) => (
            <HeaderCell key={column.id} column={column} colIndex={index + 1} />
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() - GRID_HEADER_HEIGHT }}>
        {items.map((item) => {
          const position = gridRowPosition(item, LISTING_ROW_HEIGHT);
          const listing = lines.rowAt(item.index);
          if (!listing) {
            return (
              <GridLoadingRow index={item.index} position={position} columnCount={columns.length} key={`loading-${item.index}`}>
                {t('listings.loadingRow')}
              </GridLoadingRow>
            );
          }
          const key = lineKey(listing);
          const selected = selection.has(key);
          return (
            <div
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              data-sku={listing.sku}
              data-country={listing.country}
              data-status={listing.status ?? 'not-managed'}
              className={`grid-row${item.index === activeRow ? ' grid-row-active' : ''}${selected ? ' grid-row-selected' : ''}`}
              style={position}
              key={key}
              onClick={() => scrollRef.current?.focus({ preventScroll: true })}
            >
              {columns.map((column, index) => (
                <div
                  role="gridcell"
                  id={cellId(item.index, column.id)}
                  aria-colindex={index + 1}
                  key={column.id}
                  data-column={column.id}
                  className={`grid-cell${column.align ? ` align-${column.align}` : ''}${item.index === activeRow && index === activeColumnIndex ? ' grid-cell-active' : ''}`}
                  onMouseDown={() => setActive(item.index, column.id)}
                  onDoubleClick={column.id === 'select' ? undefined : () => openProduct(listing)}
                >
                  <CutText className="cell-text">{column.cell(listing)}</CutText>
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
