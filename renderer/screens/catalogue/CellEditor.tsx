// Inline edit of one cell: Enter or leaving the cell saves through catalogue:updateField, Escape puts the old value back.
// A refused value stays in the box with main's explanation below it, so nothing typed is lost.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableField, ProductRow } from '../../../shared/catalogue';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { invalidateCatalogue } from '../../api/queries';
import { patchCachedRows } from './cache-patch';
import { parseFieldInput, toEditText } from './field-input';

interface CellEditorProps {
  product: ProductRow;
  field: EditableField;
  label: string;
  /** `keepFocus`: the merchant finished with the keyboard, so focus goes back to the grid. */
  onDone(keepFocus: boolean): void;
}

export function CellEditor({ product, field, label, onDone }: CellEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const errorId = useId();
  const [draft, setDraft] = useState(() => toEditText(product[field]));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const finished = useRef(false);

  async function save(keepFocus: boolean) {
    if (finished.current || saving) return;
    const value = parseFieldInput(field, draft);
    if (value === (product[field] ?? null)) {
      finished.current = true;
      onDone(keepFocus);
      return;
    }
    setSaving(true);
    try {
      await api.call('catalogue:updateField', { ids: [product.id], field, value });
      finished.current = true;
      patchCachedRows(queryClient, [product.id], field, value);
      void invalidateCatalogue(queryClient);
      onDone(keepFocus);
    } catch (failure) {
      setError(messageOf(failure, t('errors.unexpected')));
      setSaving(false);
    }
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    // The grid's own keys (arrows, space, Enter) belong to the text box while editing.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void save(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finished.current = true;
      onDone(true);
    }
  }

  return (
    <span className="cell-editor">
      <input
        // The editor opens because the merchant asked for it (double-click or Enter), so taking focus is expected.
        autoFocus
        className={error ? 'input input-invalid' : 'input'}
        data-testid="cell-editor"
        aria-label={t('catalogue.editCell', { field: label, productNumber: product.productNumber })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        aria-busy={saving || undefined}
        inputMode={field === 'stock' ? 'numeric' : field === 'price' || field === 'weightGrams' ? 'decimal' : undefined}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => void save(false)}
        onFocus={(event) => event.target.select()}
      />
      {error && (
        <span id={errorId} className="cell-error" role="alert" data-testid="cell-error">
          {error}
        </span>
      )}
    </span>
  );
}
