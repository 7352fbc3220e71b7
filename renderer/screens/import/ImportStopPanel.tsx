// Shown when main stopped an import before writing anything, because a column would be refused on most rows: which
// column, how many values, the first one as read, and the encoding choice at hand — or import the other rows anyway.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnStop, CsvEncoding } from '../../../shared/catalogue';
import { Alert } from '../../components/Alert';
import { EncodingSelect } from './EncodingSelect';

interface ImportStopPanelProps {
  stops: readonly ColumnStop[];
  encoding: CsvEncoding;
  busy: boolean;
  onEncoding(encoding: CsvEncoding): void;
  onImportAnyway(): void;
}

export function ImportStopPanel({ stops, encoding, busy, onEncoding, onImportAnyway }: ImportStopPanelProps) {
  const { t } = useTranslation();
  const encodingId = useId();
  const misread = stops.some((stop) => stop.problem === 'not-a-number');
  return (
    <Alert tone="warning" title={t('import.stop.title')} testId="import-stopped">
      <ul className="stop-list">
        {stops.map((stop) => (
          <li key={`${stop.header}-${stop.problem}`}>
            {t(`import.stop.problems.${stop.problem}`, { header: stop.header, refused: stop.refused, values: stop.values, example: stop.example, reason: stop.reason })}
            {stop.problem === 'not-a-number' && ` ${t('import.stop.encodingQuestion')}`}
          </li>
        ))}
      </ul>
      <div className="stop-actions">
        <label htmlFor={encodingId}>{misread ? t('import.stop.tryEncoding') : t('import.encoding')}</label>
        <EncodingSelect id={encodingId} value={encoding} disabled={busy} testId="stop-encoding" onChange={onEncoding} />
        <button type="button" className="button" disabled={busy} onClick={onImportAnyway} data-testid="import-anyway">
          {t('import.stop.importAnyway')}
        </button>
      </div>
      <p className="muted">{t('import.stop.hint')}</p>
    </Alert>
  );
}
