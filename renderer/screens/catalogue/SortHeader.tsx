// A column header of the grid: a button that sorts by the column, with aria-sort saying how it is sorted now.
import type { Header } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useCatalogueStore } from '../../store/catalogue-store';
import type { GridLine } from './use-catalogue-lines';

export function SortHeader({ header, colIndex, children }: { header: Header<GridLine, unknown>; colIndex: number; children: ReactNode }) {
  const toggleSort = useCatalogueStore((state) => state.toggleSort);
  const sort = useCatalogueStore((state) => state.sort);
  const meta = header.column.columnDef.meta;
  const sortColumn = meta?.sortColumn;
  // From the store rather than the table: one sort column (colour) can stand behind a combined grid column.
  const sorted = sortColumn && sort?.column === sortColumn ? sort.direction : false;
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : sortColumn ? 'none' : undefined;
  return (
    <div role="columnheader" aria-colindex={colIndex} aria-sort={ariaSort} className={`grid-cell grid-header-cell${meta?.align ? ` align-${meta.align}` : ''}`}>
      {sortColumn ? (
        <button type="button" className="sort-button" onClick={() => toggleSort(sortColumn)}>
          <span>{children}</span>
          <span className={`sort-indicator${sorted ? ' sort-indicator-on' : ''}`} aria-hidden="true">
            {sorted === 'desc' ? '↓' : '↑'}
          </span>
        </button>
      ) : (
        children
      )}
    </div>
  );
}
