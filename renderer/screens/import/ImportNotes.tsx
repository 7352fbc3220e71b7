// Beside the import's counts: the product numbers repeated in the file (every row, and the one imported), the rows that
// updated a product the catalogue spells in another case (both spellings), the products imported without an EAN or a
// Back Market id, and the offers whose new price the price grid's box set by the merchant outweighs (the price sent, and
// the file's), each with the spreadsheet row the merchant finds it on.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/catalogue';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';
import { ReportRows } from './ReportRows';

export function ImportNotes({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  // Row numbers as the spreadsheet's row headers show them: no thousands separator.
  const list = (rows: readonly number[]) => rows.join(', ');
  return (
    <>
      {report.duplicatesTotal > 0 && (
        <ReportRows
          title={t('importNotes.duplicatesTitle')}
          totalText={t('importNotes.duplicatesTotal', { count: report.duplicatesTotal })}
          shown={report.duplicates.length}
          total={report.duplicatesTotal}
          testId="duplicate-rows"
          columns={[t('fields.productNumber'), t('importNotes.rows'), t('importNotes.keptRow')]}
        >
          {report.duplicates.map((duplicate) => (
            <tr key={duplicate.productNumber}>
              <td className="mono">{duplicate.productNumber}</td>
              <td>{list(duplicate.rows)}</td>
              <td className="align-end">{duplicate.keptRow}</td>
            </tr>
          ))}
        </ReportRows>
      )}
      {report.otherCaseTotal > 0 && (
        <ReportRows
          title={t('importNotes.otherCaseTitle')}
          totalText={t('importNotes.otherCaseTotal', { count: report.otherCaseTotal })}
          shown={report.otherCase.length}
          total={report.otherCaseTotal}
          testId="other-case-rows"
          columns={[t('importNotes.row'), t('importNotes.inFile'), t('importNotes.updatedProduct')]}
        >
          {report.otherCase.map((match) => (
            <tr key={match.row}>
              <td className="align-end">{match.row}</td>
              <td className="mono">{match.fileNumber}</td>
              <td className="mono">{match.catalogueNumber}</td>
            </tr>
          ))}
        </ReportRows>
      )}
      {report.warningsTotal > 0 && (
        <ReportRows
          title={t('importNotes.warningsTitle')}
          totalText={t('importNotes.warningsTotal', { count: report.warningsTotal })}
          shown={report.warnings.length}
          total={report.warningsTotal}
          testId="import-warnings"
          columns={[t('importNotes.row'), t('fields.productNumber'), t('import.reason')]}
        >
          {report.warnings.map((warning) => (
            <tr key={`${warning.row}-${warning.productNumber}`}>
              <td className="align-end">{warning.row}</td>
              <td className="mono">{warning.productNumber}</td>
              <td className="cell-sentence">{t(`importNotes.warnings.${warning.code}`)}</td>
            </tr>
          ))}
        </ReportRows>
      )}
      {report.gridPricesKeptTotal > 0 && (
        <ReportRows
          title={t('importNotes.gridPricesTitle')}
          totalText={t('importNotes.gridPricesTotal', { count: report.gridPricesKeptTotal })}
          shown={report.gridPricesKept.length}
          total={report.gridPricesKeptTotal}
          testId="grid-prices-kept"
          columns={[t('importNotes.row'), t('fields.productNumber'), t('importNotes.market'), t('importNotes.gridPrice'), t('importNotes.filePrice')]}
        >
          {report.gridPricesKept.map((kept) => (
            <tr key={`${kept.productNumber}-${kept.country}`}>
              <td className="align-end">{kept.row}</td>
              <td className="mono">{kept.productNumber}</td>
              <td>{countryName(kept.country)}</td>
              <td className="align-end">{format.money(kept.gridPrice)}</td>
              <td className="align-end">{format.money(kept.filePrice)}</td>
            </tr>
          ))}
        </ReportRows>
      )}
    </>
  );
}
