// The import's outcome: how many products were added, updated, unchanged and rejected, and why each rejected row was.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/catalogue';
import { hrefOf } from '../../shell/use-hash-route';
import { useFormat } from '../../i18n/format';
import { ImportNotes } from './ImportNotes';
import { ReportRows } from './ReportRows';
import { conversionText } from './UnitChoice';
import { messageText } from '../../i18n/message-text';

export function ImportReportView({ report, onImportAnother }: { report: ImportReport; onImportAnother(): void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const format = useFormat();
  const seconds = report.durationMs / 1000;
  // A fast import is not "0.0 s": under a tenth of a second it says so.
  const took =
    seconds < 0.1
      ? t('importNotes.tookUnder', { duration: format.number(0.1, { style: 'unit', unit: 'second', unitDisplay: 'short' }) })
      : t('importNotes.took', { duration: format.number(seconds, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 }) });
  const counts = [
    ['inserted', report.inserted],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['rejected', report.rejectedTotal],
  ] as const;
  return (
    <section className="import-report" aria-labelledby="import-report-title" data-testid="import-report">
      <h2 id="import-report-title">{t('import.reportTitle')}</h2>
      <dl className="report-counts">
        {counts.map(([key, count]) => (
          <div key={key} className={`report-count report-${key}${key === 'rejected' && count > 0 ? ' report-count-bad' : ''}`} data-testid={`report-${key}`}>
            <dt>{t(`import.${key}`)}</dt>
            <dd>{number.format(count)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted" data-testid="report-duration">
        {took}
      </p>
      <p className="muted" data-testid="report-encoding">
        {t('import.readAs', { encoding: t(`import.encodings.${report.encoding}`) })}
      </p>
      {report.conversions.length > 0 && (
        <>
          <h3>{t('import.conversionsTitle')}</h3>
          <ul className="conversion-list" data-testid="report-conversions">
            {report.conversions.map((conversion) => (
              <li key={conversion.header}>
                {t('import.conversionLine', {
                  header: conversion.header,
                  conversion: conversionText(t, i18n.language, conversion.unit, conversion.storedUnit),
                  converted: number.format(conversion.converted),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.rejectedTotal > 0 && (
        <ReportRows
          title={t('import.rejectedTitle')}
          totalText={t('import.rejectedTotal', { count: report.rejectedTotal })}
          shown={report.rejected.length}
          total={report.rejectedTotal}
          testId="rejected-rows"
          columns={[t('importNotes.row'), t('import.column'), t('import.reason')]}
        >
          {report.rejected.map((row, index) => (
            <tr key={`${row.row}-${index}`}>
              <td className="align-end" title={t('importNotes.fileLine', { line: row.line })}>
                {row.row}
              </td>
              <td>{row.field ?? t('import.wholeRow')}</td>
              <td>{row.said ? messageText(row.said, t) : row.reason}</td>
            </tr>
          ))}
        </ReportRows>
      )}
      <ImportNotes report={report} />
      <div className="button-row">
        <a className="button button-primary" href={hrefOf('catalogue')}>
          {t('import.goToCatalogue')}
        </a>
        <button type="button" className="button" onClick={onImportAnother}>
          {t('import.importAnother')}
        </button>
      </div>
    </section>
  );
}
