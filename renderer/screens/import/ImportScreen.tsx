// The import screen: choose a file, check its columns, run the import with progress, read the report.
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { useImportStore } from '../../store/import-store';
import { ColumnMapping } from './ColumnMapping';
import { DuplicateChoice } from './DuplicateChoice';
import './import-notes.css';
import { importedColumnCount, mappingProblems } from './column-mapping';
import { ImportFileSummary } from './ImportFileSummary';
import { ImportProgressView } from './ImportProgressView';
import { ImportReportView } from './ImportReportView';
import { ImportStopPanel } from './ImportStopPanel';

export function ImportScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const { stage, fileName, preview, mapping, progress, report, stopped, error, chooseFile, changeOptions, setColumnTarget, duplicates, setDuplicates, run, startOver } = useImportStore();
  const problems = mappingProblems(mapping);
  const columnCount = importedColumnCount(mapping);
  const running = stage === 'running';
  const blocked = problems.missingProductNumber || problems.duplicateFields.length > 0;
  const csvPicker = { accept: '.csv,.txt,text/csv', testId: 'import-file', onFile: (file: File) => void chooseFile(api, file) };

  if (stage === 'report' && report) return <ImportReportView report={report} onImportAnother={startOver} />;

  return (
    <div className="import">
      {error && (
        <Alert title={t('errors.title')} testId="import-error">
          {error}
        </Alert>
      )}
      {!preview && (
        <section className="import-intro">
          <h2>{t('import.title')}</h2>
          <p className="muted">{t('import.intro')}</p>
          {stage === 'reading' ? <p role="status">{t('import.reading', { fileName })}</p> : <FilePicker {...csvPicker} label={t('import.chooseFile')} drop={{ hint: t('import.dropHint') }} />}
        </section>
      )}
      {preview && (
        <>
          <div className="import-head">
            <ImportFileSummary preview={preview} busy={stage !== 'preview'} onOptions={(options) => void changeOptions(api, options)} />
            {!running && <FilePicker {...csvPicker} label={t('import.chooseAnother')} drop={{}} />}
          </div>
          {stage === 'reading' && <p role="status">{t('import.reading', { fileName: preview.fileName })}</p>}
          <section className="import-mapping">
            <h2>{t('import.mappingTitle')}</h2>
            <p className="muted">{t('import.mappingHint')}</p>
            <ColumnMapping preview={preview} mapping={mapping} disabled={stage !== 'preview'} onChange={setColumnTarget} />
          </section>
          {problems.missingProductNumber && <Alert tone="warning">{t('import.noProductNumber')}</Alert>}
          {problems.duplicateFields.map((field) => (
            <Alert tone="warning" key={field}>
              {t('import.fieldTwice', { field: t(`fields.${field}`) })}
            </Alert>
          ))}
          {stopped.length > 0 && (
            <ImportStopPanel
              stops={stopped}
              encoding={preview.encoding}
              busy={stage !== 'preview'}
              onEncoding={(encoding) => void changeOptions(api, { encoding })}
              onImportAnyway={() => void run(api, true)}
            />
          )}
          {running ? (
            <div data-testid="import-progress">
              <ImportProgressView progress={progress} />
            </div>
          ) : (
            <div className="button-row import-run-row">
              <DuplicateChoice value={duplicates} disabled={stage !== 'preview'} onChange={setDuplicates} />
              <button type="button" className="button button-primary" disabled={blocked || stage !== 'preview'} onClick={() => void run(api)} data-testid="import-run">
                {t('import.run', { count: columnCount })}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
