// The attributes one mapped Back Market leaf asks for: type, required or not, a source each, and for multiple-choice
// attributes the value map from the merchant's values onto the allowed ones.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryAttributeRow, CategoryAttributes } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { SourcePicker } from './SourcePicker';
import { ValueMapEditor } from './ValueMapEditor';

function AttributeRow({ row, attributeNames }: { row: CategoryAttributeRow; attributeNames: readonly string[] }) {
  const { t } = useTranslation();
  const setField = useMappingCall('mapping:setField');
  const missing = row.required && !row.source;
  return (
    <div className={`field-row${missing ? ' field-row-missing' : ''}`} data-focus-key={row.key} data-testid={`attribute-row-${row.field}`}>
      <div className="field-row-name">
        <strong>{row.label}</strong> <span className="mono muted">{row.field}</span>{' '}
        <span className={`badge ${row.required ? 'badge-required' : 'badge-muted'}`}>{t(row.required ? 'mapping.requirement.required' : 'mapping.requirement.optional')}</span>{' '}
        <span className="badge badge-muted">{t(`mapping.attributeKinds.${row.kind}`)}</span>
        {row.kind === 'multiple-choice' && <p className="field-hint">{t('mapping.categoryAttributes.allowed', { values: row.allowedValues.join(', ') })}</p>}
      </div>
      <div className="field-row-source">
        <SourcePicker
          label={t('mapping.fields.sourceOf', { field: row.label })}
          source={row.source}
          suggestion={row.suggestion}
          attributeNames={attributeNames}
          emptyLabel={t('mapping.notMapped')}
          disabled={setField.isPending}
          onChange={(source) => setField.mutate({ backMarketField: row.key, source })}
        />
        {setField.isError && <span className="field-error">{messageOf(setField.error, t('errors.unexpected'))}</span>}
        {row.valueMap && row.source && row.source.kind !== 'fixed' && <ValueMapEditor map={row.valueMap} title={t('mapping.categoryAttributes.valueMap', { field: row.label })} />}
      </div>
    </div>
  );
}

export function LeafAttributes({ marketplaceCategoryId, attributeNames }: { marketplaceCategoryId: number; attributeNames: readonly string[] }) {
  const { t } = useTranslation();
  const leaf = useCallQuery('mapping:categoryAttributes', { marketplaceCategoryId });
  if (leaf.error) return <Alert>{messageOf(leaf.error, t('errors.unexpected'))}</Alert>;
  if (!leaf.data) return <p role="status">{t('app.loading')}</p>;
  return <LeafBlock leaf={leaf.data} attributeNames={attributeNames} />;
}

function LeafBlock({ leaf, attributeNames }: { leaf: CategoryAttributes; attributeNames: readonly string[] }) {
  const { t } = useTranslation();
  const { path, gloss, merchantCategories, productCount, attributes } = leaf;
  const missing = attributes.filter((row) => row.required && !row.source).length;
  // Open at first when something is missing; after that the merchant opens and closes it, never the data.
  const [initiallyOpen] = useState(missing > 0);
  return (
    <details className="leaf-attributes-block" open={initiallyOpen || undefined} data-testid="leaf-attributes">
      <summary>
        <span className="leaf-path">{path}</span> {gloss && <span className="leaf-gloss">{gloss}</span>}{' '}
        <span className="muted">{t('mapping.categoryAttributes.from', { categories: merchantCategories.join(', '), count: productCount })}</span>{' '}
        {missing > 0 ? (
          <span className="badge badge-warning">{t('mapping.categoryAttributes.missing', { count: missing })}</span>
        ) : (
          <span className="badge badge-ok">{t('mapping.categoryAttributes.complete')}</span>
        )}
      </summary>
      {attributes.map((row) => (
        <AttributeRow key={row.key} row={row} attributeNames={attributeNames} />
      ))}
    </details>
  );
}
