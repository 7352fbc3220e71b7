// Moving the mapping to another computer: export it as a JSON file, or import such a file after confirming what it replaces.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingImportReport } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useApi } from '../../api/ApiContext';
import { useMappingCall } from '../../api/mapping-queries';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { saveDownload } from '../../components/save-download';
import { ReadOnlyScope } from '../../shell/ReadOnlyScope';

interface Chosen {
  name: string;
  content: string;
}

export function MappingTransfer() {
  const { t } = useTranslation();
  const api = useApi();
  const importMapping = useMappingCall('mapping:import');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [report, setReport] = useState<MappingImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  async function exportMapping() {
    setError(null);
    setExporting(true);
    try {
      const file = await api.call('mapping:export', {});
      saveDownload(file.content, file.fileName, 'application/json');
    } catch (failure) {
      setError(messageOf(failure, t('errors.unexpected')));
    } finally {
      setExporting(false);
    }
  }

  async function choose(file: File) {
    setError(null);
    setReport(null);
    try {
      setChosen({ name: file.name, content: await file.text() });
    } catch (failure) {
      setError(messageOf(failure, t('errors.unexpected')));
    }
  }

  function confirmImport(file: Chosen) {
    importMapping.mutate(
      { content: file.content },
      {
        onSuccess: (result) => {
          setReport(result);
          setChosen(null);
        },
        onError: (failure) => {
          setError(messageOf(failure, t('errors.unexpected')));
          setChosen(null);
        },
      },
    );
  }

  return (
    <section className="mapping-group" aria-labelledby="mapping-transfer-title" data-testid="mapping-transfer">
      <h3 id="mapping-transfer-title">{t('mapping.transfer.title')}</h3>
      <p className="muted">{t('mapping.transfer.hint')}</p>
      <div className="button-row">
        <button type="button" className="button button-small" disabled={exporting} onClick={() => void exportMapping()}>
          {t('mapping.transfer.export')}
        </button>
        <ReadOnlyScope note={false}>
          <FilePicker label={t('mapping.transfer.import')} size="small" accept=".json,application/json" testId="mapping-import-file" onFile={(file) => void choose(file)} />
        </ReadOnlyScope>
      </div>
      <ReadOnlyScope note={false}>
        {chosen && (
          <Alert tone="warning" title={t('mapping.transfer.confirmTitle', { file: chosen.name })}>
            <p>{t('mapping.transfer.confirmText')}</p>
            <div className="button-row">
              <button type="button" className="button button-small button-primary" disabled={importMapping.isPending} onClick={() => confirmImport(chosen)}>
                {t('mapping.transfer.confirm')}
              </button>
              <button type="button" className="button button-small button-ghost" onClick={() => setChosen(null)}>
                {t('mapping.transfer.cancel')}
              </button>
            </div>
          </Alert>
        )}
      </ReadOnlyScope>
      {report && (
        <Alert tone="success" testId="mapping-import-report" onDismiss={() => setReport(null)}>
          {t('mapping.transfer.imported', {
            categories: report.categories,
            fields: report.fields,
            values: report.values,
            products: t('mapping.transfer.products', { count: report.affectedProducts }),
          })}
        </Alert>
      )}
      {error && (
        <Alert onDismiss={() => setError(null)} title={t('mapping.transfer.failed')}>
          {error}
        </Alert>
      )}
    </section>
  );
}
