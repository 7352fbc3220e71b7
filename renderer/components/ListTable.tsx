// A list as a table: "Loading…" until the first answer, the failure when the read failed, the empty text when there
// are no rows, else the rows under their column headings. A failed refresh keeps the rows already shown under its
// message (the list is still what was last read).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/call-error';
import { Alert } from './Alert';
import { TableHead, type ColumnHeading } from './TableHead';

interface ListTableProps {
  /** The read's failure, if the last read failed. */
  error?: unknown;
  /** How many rows there are; undefined until the first answer. */
  rowCount: number | undefined;
  emptyText: string;
  label: string;
  /** A class of the table beside data-table (a mapping table's column widths). */
  tableClassName?: string;
  columns: readonly ColumnHeading[];
  /** The table's rows. */
  children: ReactNode;
}

export function ListTable({ error, rowCount, emptyText, label, tableClassName, columns, children }: ListTableProps) {
  const { t } = useTranslation();
  return (
    <>
      {Boolean(error) && <Alert>{messageOf(error, t('errors.unexpected'))}</Alert>}
      {rowCount === undefined && !error && <p role="status">{t('app.loading')}</p>}
      {rowCount === 0 && <p className="no-match">{emptyText}</p>}
      {rowCount !== undefined && rowCount > 0 && (
        <div className="table-frame">
          <table className={tableClassName ? `data-table ${tableClassName}` : 'data-table'} aria-label={label}>
            <TableHead columns={columns} />
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}
