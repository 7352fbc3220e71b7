// The file's first rows as a table, with a select above each column saying what that column becomes.
import { useTranslation } from 'react-i18next';
import { PRODUCT_FIELDS, type ColumnTarget, type ImportPreview } from '../../../shared/catalogue';
import { ATTRIBUTE, IGNORE, targetToValue, valueToTarget } from './column-mapping';

interface ColumnMappingProps {
  preview: ImportPreview;
  mapping: readonly ColumnTarget[];
  disabled: boolean;
  onChange(column: number, target: ColumnTarget): void;
}

export function ColumnMapping({ preview, mapping, disabled, onChange }: ColumnMappingProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table mapping-table" aria-label={t('import.previewLabel')}>
        <thead>
          <tr>
            {preview.headers.map((header, column) => {
              const target = mapping[column] ?? { kind: 'ignore' };
              return (
                <th key={column} scope="col" className={target.kind === 'ignore' ? 'column-ignored' : undefined}>
                  <div className="mapping-header">{header}</div>
                  <select
                    className="select select-small"
                    aria-label={t('import.mapColumn', { header })}
                    data-testid={`mapping-${column}`}
                    value={targetToValue(target)}
                    disabled={disabled}
                    onChange={(event) => onChange(column, valueToTarget(event.target.value, header))}
                  >
                    <optgroup label={t('import.coreFields')}>
                      {PRODUCT_FIELDS.map((field) => (
                        <option key={field} value={`field:${field}`}>
                          {t(`fields.${field}`)}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label={t('import.other')}>
                      <option value={ATTRIBUTE}>{t('import.keepAsAttribute')}</option>
                      <option value={IGNORE}>{t('import.ignore')}</option>
                    </optgroup>
                  </select>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.sampleRows.map((row, line) => (
            <tr key={line}>
              {preview.headers.map((_, column) => (
                <td key={column} className={mapping[column]?.kind === 'ignore' ? 'column-ignored' : undefined}>
                  {row[column] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
