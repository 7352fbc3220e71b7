// Beside the import's counts: the product numbers repeated in the file (every row, and the one imported) and the
// products imported without an EAN or a Back Market id, each with the spreadsheet row the merchant finds it on.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/catalogue';
import { useFormat } from '../../i18n/format';
import { TableHead } from '../../components/TableHead';

export function ImportNotes({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Row numbers as the spreadsheet's row headers show them: no thousands separator.
  const list = (rows: readonly number[]) => rows.join(', ');
  return (
    <>
      {report.duplicatesTotal > 0 && (
        <>
          <h3>{t('importNotes.duplicatesTitle')}</h3>
          <p>{t('importNotes.duplicatesTotal', { count: report.duplicatesTotal })}</p>
          {report.duplicates.length < report.duplicatesTotal && (
            <p className="muted">{t('import.rejectedShown', { shown: format.number(report.duplicates.length), total: format.number(report.duplicatesTotal) })}</p>
          )}
          <div className="table-scroll table-scroll-tall">
            <table className="data-table" aria-label={t('importNotes.duplicatesTitle')} data-testid="duplicate-rows">
              <TableHead columns={[t('fields.productNumber'), t('importNotes.rows'), t('importNotes.keptRow')]} />
              <tbody>
                {report.duplicates.map((duplicate) => (
                  <tr key={duplicate.productNumber}>
                    <td className="mono">{duplicate.productNumber}</td>
                    <td>{list(duplicate.rows)}</td>
                    <td className="align-end">{duplicate.keptRow}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.warningsTotal > 0 && (
        <>
          <h3>{t('importNotes.warningsTitle')}</h3>
          <p>{t('importNotes.warningsTotal', { count: report.warningsTotal })}</p>
          {report.warnings.length < report.warningsTotal && (
            <p className="muted">{t('import.rejectedShown', { shown: format.number(report.warnings.length), total: format.number(report.warningsTotal) })}</p>
          )}
          <div className="table-scroll table-scroll-tall">
            <table className="data-table" aria-label={t('importNotes.warningsTitle')} data-testid="import-warnings">
              <TableHead columns={[t('importNotes.row'), t('fields.productNumber'), t('import.reason')]} />
              <tbody>
                {report.warnings.map((warning) => (
                  <tr key={`${warning.row}-${warning.productNumber}`}>
                    <td className="align-end">{warning.row}</td>
                    <td className="mono">{warning.productNumber}</td>
                    <td className="cell-sentence">{t(`importNotes.warnings.${warning.code}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
