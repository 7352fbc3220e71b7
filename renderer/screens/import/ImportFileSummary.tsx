// The chosen file at a glance — name, size — with the delimiter and encoding Refurb Desk detected, both changeable,
// and why it chose that encoding.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDelimiter, type CsvReadOptions, type ImportPreview } from '../../../shared/catalogue';
import { formatBytes } from '../catalogue/format';
import { encodingReasonText } from './encoding-reason';
import { EncodingSelect } from './EncodingSelect';

const DELIMITER_KEYS: Record<CsvDelimiter, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' };

interface ImportFileSummaryProps {
  preview: ImportPreview;
  busy: boolean;
  onOptions(options: CsvReadOptions): void;
}

export function ImportFileSummary({ preview, busy, onOptions }: ImportFileSummaryProps) {
  const { t, i18n } = useTranslation();
  const delimiterId = useId();
  const encodingId = useId();
  return (
    <dl className="file-summary" data-testid="import-file-summary">
      <div>
        <dt>{t('import.file')}</dt>
        <dd className="file-name">{preview.fileName}</dd>
      </div>
      <div>
        <dt>{t('import.size')}</dt>
        <dd>{formatBytes(preview.sizeBytes, i18n.language)}</dd>
      </div>
      <div>
        <dt>
          <label htmlFor={delimiterId}>{t('import.delimiter')}</label>
        </dt>
        <dd>
          <select id={delimiterId} className="select" value={preview.delimiter} disabled={busy} onChange={(event) => onOptions({ delimiter: event.target.value as CsvDelimiter })}>
            {CSV_DELIMITERS.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {t(`import.delimiters.${DELIMITER_KEYS[delimiter]}`)}
              </option>
            ))}
          </select>
        </dd>
      </div>
      <div>
        <dt>
          <label htmlFor={encodingId}>{t('import.encoding')}</label>
        </dt>
        <dd>
          <EncodingSelect id={encodingId} value={preview.encoding} disabled={busy} onChange={(encoding) => onOptions({ encoding })} />
        </dd>
      </div>
      <div className="encoding-reason">
        <dt>{t('import.encodingWhy')}</dt>
        <dd data-testid="encoding-reason">{encodingReasonText(t, preview)}</dd>
      </div>
    </dl>
  );
}
