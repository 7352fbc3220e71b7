// The plumbing the virtualised grids share (the catalogue's and the listings'): the virtualizer under a sticky header,
// the column template as CSS variables, a line still loading, and the active line kept inside the list as it shrinks.
import { useVirtualizer, type Rect, type VirtualItem } from '@tanstack/react-virtual';
import { useContext, useEffect, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { FixedViewportContext } from './fixed-viewport';

export const GRID_HEADER_HEIGHT = 36;
export const GRID_OVERSCAN = 12;

/** The lines' virtualizer in the grid's scroll element; a given (or context) rect stands in where nothing has a size. */
export function useGridVirtualizer(count: number, rowHeight: number, scrollRef: RefObject<HTMLDivElement | null>, givenRect?: Rect) {
  const fixedRect = useContext(FixedViewportContext);
  const initialRect = givenRect ?? fixedRect;
  return useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: GRID_OVERSCAN,
    // React 19: no flushSync from inside React's own effects; the next frame is soon enough.
    useFlushSync: false,
    scrollMargin: GRID_HEADER_HEIGHT,
    scrollPaddingStart: GRID_HEADER_HEIGHT,
    ...(initialRect ? { initialRect, observeElementRect: (_: unknown, report: (rect: Rect) => void) => report(initialRect) } : {}),
  });
}

/** The columns' widths as the grid's template; every row gets the same definite width, so a flexible (fr) column
 * resolves alike in the header and in each row whatever the length of its text. */
export function gridColumnsStyle(widths: string[]): CSSProperties {
  const minWidth = widths.reduce((sum, width) => sum + Number(/(\d+)px/.exec(width)?.[1] ?? 0), 0);
  return { '--grid-columns': widths.join(' '), '--grid-min-width': `${minWidth}px` } as CSSProperties;
}

/** Where a virtual line stands below the header. */
export const gridRowPosition = (item: VirtualItem, rowHeight: number): CSSProperties => ({ transform: `translateY(${item.start - GRID_HEADER_HEIGHT}px)`, height: rowHeight });

/** Pages of lines shrink (a filter, a sync): the active line moves up to the last one. */
export function useActiveRowInRange(activeRow: number, count: number, setActive: (row: number) => void) {
  useEffect(() => {
    if (activeRow >= count && count > 0) setActive(count - 1);
  }, [activeRow, count, setActive]);
}

/** A line whose page has not arrived yet. */
export function GridLoadingRow({ index, position, columnCount, children }: { index: number; position: CSSProperties; columnCount: number; children: ReactNode }) {
  return (
    <div role="row" aria-rowindex={index + 2} className="grid-row grid-row-loading" style={position}>
      <div role="gridcell" className="grid-cell grid-cell-loading" aria-colspan={columnCount}>
        {children}
      </div>
    </div>
  );
}
