// Getting devices in from a CSV: choose the file, check the column each field comes from (suggested from the headers,
// in six languages), say how rows without a VAT regime were bought, import; refused rows are listed by line.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_COLUMNS, type UnitColumn, type UnitImportPreview, type UnitImportReport } from '../../../shared/units-import';
import { VAT_REGIMES, type VatRegime } from '../../../shared/device-units';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { useUnitsCall } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { SelectField } from '../../components/SelectField';
import { TableHead } from '../../components/TableHead';
import { CURRENCY_CHOICES, type UnitCurrency } from './UnitEditor';

export function UnitsImport({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const api = useApi();
  const run = useUnitsCall('units:importRun');
  const [preview, setPreview] = useState<UnitImportPreview | null>(null);
  const [mapping, setMapping] = useState<(UnitColumn | null)[]>([]);
  const [vatRegime, setVatRegime] = useState<VatRegime>('margin');
  const [currency, setCurrency] = useState<UnitCurrency>('EUR');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<UnitImportReport | null>(null);

  const choose = async (file: File) => {
    setError(null);
    setReport(null);
    try {
      const { fileId } = await api.stageFile(file);
      const found = await api.call('units:importPreview', { fileId, fileName: file.name });
      setPreview(found);
      setMapping(found.suggestedMapping);
    } catch (caught) {
      setError(messageOf(caught, t('units.import.failed')));
    }
  };

  return (
    <section className="unit-import" data-testid="units-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('units.import.title')}</h2>
      <p className="muted">{t('units.import.intro')}</p>
      <FilePicker label={t('units.import.choose')} accept=".csv,text/csv" testId="units-import-file" onFile={(file) => void choose(file)} drop={{ hint: t('units.import.drop') }} />
      {error && <Alert testId="units-import-error">{error}</Alert>}
      {preview && !report && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run.mutate({ fileId: preview.fileId, mapping, defaults: { vatRegime, currency } }, { onSuccess: setReport });
          }}
        >
          <p>{t('units.import.file', { name: preview.fileName, columns: preview.headers.length })}</p>
          <table className="unit-import-mapping">
            <TableHead columns={[t('units.import.column'), t('units.import.example'), t('units.import.field')]} />
            <tbody>
              {preview.headers.map((header, index) => (
                <tr key={`${header}-${index}`}>
                  <th scope="row">{header}</th>
                  <td className="muted">{preview.sampleRows[0]?.[index] ?? ''}</td>
                  <td>
                    <select
                      className="select"
                      aria-label={t('units.import.fieldFor', { header })}
                      value={mapping[index] ?? ''}
                      onChange={(event) => setMapping((current) => current.map((column, at) => (at === index ? ((event.target.value || null) as UnitColumn | null) : column)))}
                    >
                      <option value="">{t('units.import.ignore')}</option>
                      {UNIT_COLUMNS.map((column) => (
                        <option key={column} value={column}>
                          {t(`units.columns.${column}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="unit-form-row">
            <SelectField
              label={t('units.import.defaultVat')}
              value={vatRegime}
              choices={VAT_REGIMES.map((regime) => ({ value: regime, label: t(`units.vatRegimes.${regime}`) }))}
              onChange={setVatRegime}
            />
            <SelectField label={t('units.import.costCurrency')} value={currency} choices={CURRENCY_CHOICES} onChange={setCurrency} />
          </div>
          {run.error && <Alert testId="units-import-error">{messageOf(run.error, t('units.import.failed'))}</Alert>}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={run.isPending} data-testid="units-import-run">
              {t('units.import.run')}
            </button>
          </div>
        </form>
      )}
      {report && (
        <div data-testid="units-import-report">
          <Alert tone={report.rejectedTotal > 0 ? 'warning' : 'success'}>{t('units.import.done', { count: report.added, rejected: report.rejectedTotal })}</Alert>
          {report.rejected.length > 0 && (
            <table className="unit-import-rejects">
              <TableHead columns={[t('units.import.line'), t('units.import.column'), t('units.import.problem')]} />
              <tbody>
                {report.rejected.map((row) => (
                  <tr key={`${row.line}-${row.field ?? ''}`}>
                    <td>{row.line}</td>
                    <td>{row.field ?? '—'}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      <button type="button" className="button button-ghost" onClick={onClose}>
        {t('units.import.close')}
      </button>
    </section>
  );
}
