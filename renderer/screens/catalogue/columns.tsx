// The grid's columns: what each shows, how wide it is, which field an inline edit changes and which column it sorts.
import { createColumnHelper, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableField, SortColumn } from '../../../shared/catalogue';
import { ProductNumberCell, SelectAllHeader, SelectRowCell } from './grid-cells';
import { useFormatters } from './format';
import { gradeName } from '../../i18n/grade-name';
import { SyncCell } from './SyncCell';
import type { GridLine } from './use-catalogue-lines';

/* eslint-disable @typescript-eslint/no-unused-vars -- a module augmentation must repeat TanStack's type parameters */
declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** A CSS grid track size. */
    width: string;
    align?: 'end' | 'center';
    /** The field an inline edit of this cell changes; absent when the cell is not editable in place. */
    editField?: EditableField;
    sortColumn?: SortColumn;
    /** The name of the column for assistive technology when its header shows no text. */
    label: string;
  }
  interface TableMeta<TData extends RowData> {
    loadedProductIds: number[];
  }
}
/* eslint-enable @typescript-eslint/no-unused-vars */

const column = createColumnHelper<GridLine>();

export function useGridColumns(): ColumnDef<GridLine, unknown>[] {
  const { t } = useTranslation();
  const format = useFormatters();

  return useMemo(() => {
    const text = (field: EditableField, width: string, labelKey = `fields.${field}`) =>
      column.accessor((line) => line.product[field], {
        id: field,
        header: t(labelKey),
        cell: (context) => {
          const value = context.getValue();
          return value === null || value === undefined ? '' : String(value);
        },
        meta: { width, editField: field, sortColumn: field, label: t(labelKey) },
      });

    return [
      column.display({
        id: 'select',
        header: (context) => <SelectAllHeader productIds={context.table.options.meta?.loadedProductIds ?? []} />,
        cell: (context) => <SelectRowCell product={context.row.original.product} />,
        meta: { width: '36px', align: 'center', label: t('catalogue.columns.select') },
      }),
      column.accessor((line) => line.product.productNumber, {
        id: 'productNumber',
        header: t('fields.productNumber'),
        cell: (context) => <ProductNumberCell line={context.row.original} />,
        meta: { width: '150px', sortColumn: 'productNumber', label: t('fields.productNumber') },
      }),
      text('title', 'minmax(220px, 1fr)'),
      text('ean', '128px'),
      text('backmarketId', '124px'),
      text('brand', '100px'),
      text('category', '140px'),
      // A Back Market grade code an account import wrote (GOOD, STALLONE) reads in the merchant's language.
      column.accessor((line) => line.product.condition, {
        id: 'condition',
        header: t('fields.condition'),
        cell: (context) => {
          const value = context.getValue();
          return value ? gradeName(t, value) : '';
        },
        meta: { width: '100px', editField: 'condition', sortColumn: 'condition', label: t('fields.condition') },
      }),
      column.accessor((line) => line.product.stock, {
        id: 'stock',
        header: t('fields.stock'),
        cell: (context) => format.count(context.getValue()),
        meta: { width: '84px', align: 'end', editField: 'stock', sortColumn: 'stock', label: t('fields.stock') },
      }),
      column.accessor((line) => line.product.price, {
        id: 'price',
        header: t('catalogue.columns.price'),
        cell: (context) => format.price(context.getValue()),
        meta: { width: '92px', align: 'end', editField: 'price', sortColumn: 'price', label: t('catalogue.columns.price') },
      }),
      column.accessor((line) => line.product.weightGrams, {
        id: 'weightGrams',
        header: t('catalogue.columns.weight'),
        cell: (context) => format.weight(context.getValue()),
        meta: { width: '88px', align: 'end', editField: 'weightGrams', sortColumn: 'weightGrams', label: t('catalogue.columns.weight') },
      }),
      column.accessor((line) => [line.product.colour, line.product.storage].filter(Boolean).join(' · '), {
        id: 'colourStorage',
        header: t('catalogue.columns.colourStorage'),
        meta: { width: '130px', sortColumn: 'colour', label: t('catalogue.columns.colourStorage') },
      }),
      column.accessor((line) => line.product.pending, {
        id: 'pending',
        header: t('catalogue.columns.pending'),
        cell: (context) => <SyncCell product={context.row.original.product} />,
        meta: { width: '52px', align: 'center', label: t('catalogue.columns.pending') },
      }),
    ] as ColumnDef<GridLine, unknown>[];
  }, [t, format]);
}
