// The catalogue grid: TanStack Table for the columns, TanStack Virtual for the lines, pages fetched as the merchant scrolls.
// Keyboard: the grid holds focus and points at the active cell (aria-activedescendant), so virtualised rows can come and go.
import { flexRender, getCoreRowModel, useReactTable, type Row } from '@tanstack/react-table';
import type { Rect } from '@tanstack/react-virtual';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableField } from '../../../shared/catalogue';
import { useCatalogueStore } from '../../store/catalogue-store';
import { useCatalogueWritable } from '../../api/backup-queries';
import { CutText } from '../../components/CutText';
import { CellEditor } from './CellEditor';
import { useGridColumns } from './columns';
import { gridKeyAction } from './grid-keyboard';
import { SortHeader } from './SortHeader';
import { useCatalogueLines, type CatalogueOutline, type GridLine, type ListFilter } from './use-catalogue-lines';
import { GRID_HEADER_HEIGHT, GRID_OVERSCAN, GridLoadingRow, gridColumnsStyle, gridRowPosition, useActiveRowInRange, useGridVirtualizer } from './virtual-grid';

export const ROW_HEIGHT = 34;

interface CatalogueGridProps {
  filter: ListFilter;
  outline: CatalogueOutline;
  /** A fixed viewport, for tests in jsdom where nothing has a size. */
  initialRect?: Rect;
}

/** The same array while the same products sit on the same lines, so the table does not rebuild its rows on every scroll frame. */
function useStableLines(lines: GridLine[]): GridLine[] {
  const previous = useRef<GridLine[]>([]);
  const same =
    previous.current.length === lines.length &&
    lines.every((line, index) => previous.current[index]?.product === line.product && previous.current[index]?.displayIndex === line.displayIndex);
  if (!same) previous.current = lines;
  return previous.current;
}

export function CatalogueGrid({ filter, outline, initialRect: givenRect }: CatalogueGridProps) {

  const { t } = useTranslation();
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useGridColumns();
  const { expanded, sort, selection, activeRow, activeColumn, editing, setActive, setEditing, setOpenProduct, toggleSelected, toggleExpanded } = useCatalogueStore();
  const { model } = outline;
  const writable = useCatalogueWritable();

  const virtualizer = useGridVirtualizer(model.count, ROW_HEIGHT, scrollRef, givenRect);
  const items = virtualizer.getVirtualItems();
  const range = { start: items[0]?.index ?? 0, end: items.at(-1)?.index ?? 0 };
  const lines = useCatalogueLines(filter, expanded, outline, range);

  const visibleLines = items.map((item) => lines.lineAt(item.index));
  const data = useStableLines(visibleLines.filter((line): line is GridLine => line !== null));

  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (line) => `${line.product.id}@${line.displayIndex}`,
    manualSorting: true,
    // The table does no paging of its own; without this every new page of data would queue a state reset.
    autoResetAll: false,
    state: { sorting: sort ? [{ id: sort.column, desc: sort.direction === 'desc' }] : [] },
    meta: { loadedProductIds: lines.loadedProductIds },
  });
  const rowsByLine = new Map<number, Row<GridLine>>(table.getRowModel().rows.map((row) => [row.original.displayIndex, row]));
  const leafColumns = table.getVisibleLeafColumns();
  const gridStyle = gridColumnsStyle(leafColumns.map((column) => column.columnDef.meta?.width ?? '120px'));
  const activeColumnIndex = Math.max(
    0,
    leafColumns.findIndex((column) => column.id === activeColumn),
  );
  const cellId = (line: number, columnId: string) => `${idPrefix}-cell-${line}-${columnId}`;
  const activeLine = lines.lineAt(activeRow);

  useActiveRowInRange(activeRow, model.count, setActive);

  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (editing || model.count === 0) return;
    const editField = leafColumns[activeColumnIndex]?.columnDef.meta?.editField;
    const action = gridKeyAction(event.key, { ctrl: event.ctrlKey || event.metaKey }, {
      row: activeRow,
      column: activeColumnIndex,
      rowCount: model.count,
      columnCount: leafColumns.length,
      pageRows: Math.max(1, items.length - 2 * GRID_OVERSCAN),
      editable: editField !== undefined && activeLine !== null,
    });
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'move': {
        setActive(action.row, leafColumns[action.column]?.id);
        virtualizer.scrollToIndex(action.row, { align: 'auto' });
        break;
      }
      case 'open':
        if (activeLine) setOpenProduct({ mode: 'edit', id: activeLine.product.id });
        break;
      case 'edit':
        if (writable && activeLine && editField) setEditing({ productId: activeLine.product.id, field: editField });
        break;
      case 'toggleSelected':
        if (activeLine) toggleSelected(activeLine.product.id);
        break;
      case 'expand': {
        const product = activeLine?.product;
        const isOpen = expanded.some((parent) => parent.parentId === product?.id);
        if (product && activeLine.topIndex !== null && product.childCount > 0 && isOpen !== action.open) toggleExpanded(product.id, activeLine.topIndex);
        break;
      }
    }
  }

  return (
    <div
      ref={scrollRef}
      className="grid"
      role="grid"
      aria-label={t('catalogue.gridLabel')}
      aria-rowcount={model.count + 1}
      aria-colcount={leafColumns.length}
      aria-multiselectable="true"
      aria-activedescendant={activeLine && !editing ? cellId(activeRow, leafColumns[activeColumnIndex]?.id ?? '') : undefined}
      tabIndex={0}
      style={gridStyle}
      onKeyDown={onKeyDown}
      data-testid="catalogue-grid"
    >
      <div role="rowgroup" className="grid-head">
        {table.getHeaderGroups().map((group) => (
          <div role="row" aria-rowindex={1} className="grid-row grid-header-row" key={group.id}>
            {group.headers.map((header, index) => (
              <SortHeader key={header.id} header={header} colIndex={index + 1}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </SortHeader>
            ))}
          </div>
        ))}
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() - GRID_HEADER_HEIGHT }}>
        {items.map((item) => {
          const row = rowsByLine.get(item.index);
          const position = gridRowPosition(item, ROW_HEIGHT);
          if (!row) {
            return (
              <GridLoadingRow index={item.index} position={position} columnCount={leafColumns.length} key={`loading-${item.index}`}>
                {t('catalogue.loadingRow')}
              </GridLoadingRow>
            );
          }
          const { product, depth } = row.original;
          const selected = selection.has(product.id);
          return (
            <div
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              aria-level={depth + 1}
              data-product-number={product.productNumber}
              className={`grid-row${item.index === activeRow ? ' grid-row-active' : ''}${selected ? ' grid-row-selected' : ''}${depth ? ' grid-row-variation' : ''}${editing?.productId === product.id ? ' grid-row-editing' : ''}`}
              style={position}
              key={row.id}
              onClick={(event) => {
                if (!(event.target instanceof HTMLInputElement && event.target.type === 'text')) focusGrid();
              }}
            >
              {row.getVisibleCells().map((cell, index) => {
                const meta = cell.column.columnDef.meta;
                const editField: EditableField | undefined = meta?.editField;
                const isEditing = editField !== undefined && editing?.productId === product.id && editing.field === editField;
                const isActive = item.index === activeRow && index === activeColumnIndex;
                return (
                  <div
                    role="gridcell"
                    id={cellId(item.index, cell.column.id)}
                    aria-colindex={index + 1}
                    key={cell.id}
                    className={`grid-cell${meta?.align ? ` align-${meta.align}` : ''}${isActive ? ' grid-cell-active' : ''}${isEditing ? ' grid-cell-editing' : ''}`}
                    data-column={cell.column.id}
                    onMouseDown={() => setActive(item.index, cell.column.id)}
                    onDoubleClick={() => writable && editField && setEditing({ productId: product.id, field: editField })}
                  >
                    {isEditing && editField ? (
                      <CellEditor
                        product={product}
                        field={editField}
                        label={meta?.label ?? editField}
                        onDone={(keepFocus) => {
                          setEditing(null);
                          if (keepFocus) focusGrid();
                        }}
                      />
                    ) : (
                      <CutText className="cell-text">{flexRender(cell.column.columnDef.cell, cell.getContext())}</CutText>
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
