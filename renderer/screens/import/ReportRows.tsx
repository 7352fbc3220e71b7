// One list of the import's report (rejected rows, repeated product numbers, warnings): its title, how many the file
// had, a note when only the first of them are listed, and the rows in a scrolling table named by the title.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHead, type ColumnHeading } from '../../components/TableHead';
import { useFormat } from '../../i18n/format';

interface ReportRowsProps {
  title: string;
  /** How many the file had, in a sentence: "3 rows were rejected". */
  totalText: string;
  shown: number;
  total: number;
  testId: string;
  columns: readonly ColumnHeading[];
  /** The table's rows. */
  children: ReactNode;
}

export function ReportRows({ title, totalText, shown, total, testId, columns, children }: ReportRowsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <h3>{title}</h3>
      <p>{totalText}</p>
      {shown < total && <p className="muted">{t('import.rejectedShown', { shown: format.number(shown), total: format.number(total) })}</p>}
      <div className="table-scroll table-scroll-tall">
        <table className="data-table" aria-label={title} data-testid={testId}>
          <TableHead columns={columns} />
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
}
