// One page of a list read through a query, as a table: "Loading…" until the first answer, the failure when the read
// failed, the empty text when the page has no rows, else the rows under their column headings. A failed refresh keeps
// the rows already shown under its message (the page is still what was last read).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/call-error';
import { Alert } from './Alert';
import { TableHead, type ColumnHeading } from './TableHead';

interface QueryTableProps {
  /** The query's failure, if the last read failed. */
  error: unknown;
  /** How many rows the page holds; undefined until the first answer. */
  rowCount: number | undefined;
  emptyText: string;
  label: string;
  columns: readonly ColumnHeading[];
  /** The table's rows. */
  children: ReactNode;
}

export function QueryTable({ error, rowCount, emptyText, label, columns, children }: QueryTableProps) {
  const { t } = useTranslation();
  return (
    <>
      {Boolean(error) && <Alert>{messageOf(error, t('errors.unexpected'))}</Alert>}
      {rowCount === undefined && !error && <p role="status">{t('app.loading')}</p>}
      {rowCount === 0 && <p className="no-match">{emptyText}</p>}
      {rowCount !== undefined && rowCount > 0 && (
        <div className="table-frame">
          <table className="data-table" aria-label={label}>
            <TableHead columns={columns} />
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}
