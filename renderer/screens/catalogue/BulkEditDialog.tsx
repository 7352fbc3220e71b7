// Bulk edit: one field set to one value across the selected products, saved at once through catalogue:updateField.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITABLE_FIELDS, type EditableField } from '../../../shared/catalogue';
import { fieldProblemSaid } from '../../../shared/product-rules';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { invalidateCatalogue } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { messageText } from '../../i18n/message-text';
import { patchCachedRows } from './cache-patch';
import { parseFieldInput } from './field-input';

interface BulkEditDialogProps {
  productIds: number[];
  onClose(): void;
  onApplied(updated: number): void;
}

export function BulkEditDialog({ productIds, onClose, onApplied }: BulkEditDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const fieldId = useId();
  const valueId = useId();
  const hintId = useId();
  const [field, setField] = useState<EditableField>('price');
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function apply(event: React.FormEvent) {
    event.preventDefault();
    const value = parseFieldInput(field, draft);
    const said = fieldProblemSaid(field, value);
    const local = said ? messageText(said, t) : null;
    setProblem(local);
    if (local) return;
    setSaving(true);
    setFailure(null);
    try {
      const { updated } = await api.call('catalogue:updateField', { ids: productIds, field, value });
      patchCachedRows(queryClient, productIds, field, value);
      void invalidateCatalogue(queryClient);
      onApplied(updated);
    } catch (error) {
      setFailure(messageOf(error, t('errors.unexpected')));
      setSaving(false);
    }
  }

  const formId = useId();
  return (
    <Dialog
      title={t('bulk.title')}
      onClose={onClose}
      testId="bulk-edit-dialog"
      footer={<DialogActions cancelLabel={t('bulk.cancel')} onCancel={onClose} confirmLabel={t('bulk.apply', { count: productIds.length })} form={formId} disabled={saving} />}
    >
      <form id={formId} className="form-stack" onSubmit={apply} noValidate>
        {failure && <Alert>{failure}</Alert>}
        <div className="field">
          <label htmlFor={fieldId}>{t('bulk.field')}</label>
          <select
            id={fieldId}
            className="select"
            value={field}
            data-autofocus
            onChange={(event) => {
              setField(event.target.value as EditableField);
              setProblem(null);
            }}
          >
            {EDITABLE_FIELDS.map((name) => (
              <option key={name} value={name}>
                {t(`fields.${name}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={valueId}>{t('bulk.value')}</label>
          <input
            id={valueId}
            className={problem ? 'input input-invalid' : 'input'}
            value={draft}
            aria-invalid={problem ? true : undefined}
            aria-describedby={hintId}
            onChange={(event) => {
              setDraft(event.target.value);
              setProblem(null);
            }}
          />
          <span id={hintId} className={problem ? 'field-error' : 'field-hint'} role={problem ? 'alert' : undefined}>
            {problem ?? t('bulk.valueHint')}
          </span>
        </div>
      </form>
    </Dialog>
  );
}
