// The file's first rows as a table, with a select above each column saying what that column becomes (and, for a weight or
// dimension, the unit it is in), and under each mapped cell what it will be stored as.
import { useTranslation } from 'react-i18next';
import { PRODUCT_FIELDS, type ColumnTarget, type ImportPreview } from '../../../shared/catalogue';
import { isMeasureField } from '../../../shared/units';
import { previewCell } from './cell-preview';
import { ATTRIBUTE, IGNORE, targetToValue, valueToTarget, withUnit } from './column-mapping';
import { UnitChoice } from './UnitChoice';

interface ColumnMappingProps {
  preview: ImportPreview;
  mapping: readonly ColumnTarget[];
  disabled: boolean;
  onChange(column: number, target: ColumnTarget): void;
}

export function ColumnMapping({ preview, mapping, disabled, onChange }: ColumnMappingProps) {
  const { t, i18n } = useTranslation();
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
                  {target.kind === 'field' && isMeasureField(target.field) && (
                    <UnitChoice
                      column={column}
                      header={header}
                      field={target.field}
                      unit={target.unit}
                      disabled={disabled}
                      onChange={(unit) => onChange(column, withUnit(target, unit))}
                    />
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.sampleRows.map((row, line) => (
            <tr key={line}>
              {preview.headers.map((_, column) => {
                const raw = row[column] ?? '';
                const cell = previewCell(t, i18n.language, mapping[column], raw, preview.conditionGrades);
                return (
                  <td key={column} className={mapping[column]?.kind === 'ignore' ? 'column-ignored' : undefined} data-testid={`sample-${line}-${column}`}>
                    <span className="cell-raw">{raw}</span>
                    {cell.kind === 'becomes' && (
                      <span className="cell-becomes" data-testid="cell-becomes">
                        → {cell.text}
                        {cell.note && <span className="muted"> ({cell.note})</span>}
                      </span>
                    )}
                    {cell.kind === 'refused' && (
                      <span className="cell-refused" data-testid="cell-refused">
                        ✕ {cell.text}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
