// The product drawer: every core field and the free attributes of one product (or a new one), saved through catalogue:save.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product, ProductField } from '../../../shared/catalogue';
import { useApi } from '../../api/ApiContext';
import { isCallError, messageOf } from '../../api/call-error';
import { invalidateCatalogue, useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useCatalogueWritable } from '../../api/backup-queries';
import { ReadOnlyNote } from '../../shell/ReadOnlyScope';
import { useUnsavedWork } from '../../shell/unsaved-work';
import { messageText } from '../../i18n/message-text';
import { useCatalogueStore } from '../../store/catalogue-store';
import { AttributesEditor } from './AttributesEditor';
import { BackMarketProblems } from './BackMarketProblems';
import { BackMarketSku } from './BackMarketSku';
import { OfferStandings } from './OfferStandings';
import { ProductLeaf } from './ProductLeaf';
import { checkDraft, draftFromProduct, emptyDraft, FORM_SECTIONS, problemsFromIssues, type DraftProblems, type ProductDraft } from './product-form-model';

const NUMBER_FIELDS: ReadonlySet<ProductField> = new Set(['stock', 'price', 'weightGrams', 'widthCm', 'heightCm', 'depthCm']);

/** Opens from the store: the product being edited, or a blank one for "New product". */
export function ProductDrawer({ onSaved }: { onSaved(product: Product): void }) {
  const { t } = useTranslation();
  const openProduct = useCatalogueStore((state) => state.openProduct);
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  const editId = openProduct?.mode === 'edit' ? openProduct.id : 0;
  const product = useCallQuery('catalogue:get', { id: editId }, { enabled: editId > 0, staleTime: 0 });
  if (!openProduct) return null;
  const close = () => setOpenProduct(null);

  if (openProduct.mode === 'new') return <ProductForm key="new" product={null} onClose={close} onSaved={onSaved} />;
  if (product.data?.id === editId) return <ProductForm key={editId} product={product.data} onClose={close} onSaved={onSaved} />;
  return (
    <Dialog variant="drawer" title={t('app.loading')} onClose={close} testId="product-form">
      {product.error ? <Alert>{t('form.loadFailed', { message: messageOf(product.error, t('errors.unexpected')) })}</Alert> : <p>{t('app.loading')}</p>}
    </Dialog>
  );
}

interface ProductFormProps {
  product: Product | null;
  onClose(): void;
  onSaved(product: Product): void;
}

export function ProductForm({ product, onClose, onSaved }: ProductFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const formId = useId();
  const idPrefix = useId();
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftFromProduct(product) : emptyDraft()));
  const [dirty, setDirty] = useState(false);
  // "Restart to update" asks before throwing these edits away.
  useUnsavedWork(dirty);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Read-only catalogue: the drawer still shows the product, but nothing can be saved (main would refuse it).
  const writable = useCatalogueWritable();

  /** A Back Market problem's link: the product field of that name, or the value of the free attribute of that name. */
  function focusField(field: string): boolean {
    const controls = [...(formRef.current?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [])];
    const control = controls.find((element) => element.name === field) ?? controls.find((element) => element.dataset.attribute === field);
    if (!control) return false;
    control.scrollIntoView({ block: 'center' });
    control.focus();
    return true;
  }

  function change(next: ProductDraft, key: string) {
    setDraft(next);
    setDirty(true);
    setConfirmingClose(false);
    if (problems[key]) setProblems(({ [key]: _fixed, ...rest }) => rest);
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!writable) return;
    const checked = checkDraft(draft, {
      message: (message) => messageText(message, t),
      attributeNameMissing: t('form.attributeNameMissing'),
      attributeNameTwice: t('form.attributeNameTwice'),
    });
    setProblems(checked.problems);
    if (!checked.input) {
      setFailure(t('form.fixErrors'));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const saved = await api.call('catalogue:save', product ? { id: product.id, product: checked.input } : { product: checked.input });
      void invalidateCatalogue(queryClient);
      onSaved(saved);
      onClose();
    } catch (error) {
      setFailure(messageOf(error, t('errors.unexpected')));
      if (isCallError(error)) setProblems(problemsFromIssues(error.issues, (message) => messageText(message, t)));
      setSaving(false);
    }
  }

  // Nothing typed is thrown away without asking.
  const requestClose = () => (dirty && !confirmingClose ? setConfirmingClose(true) : onClose());
  const title = product ? t('form.editTitle', { productNumber: product.productNumber }) : t('form.newTitle');

  return (
    <Dialog
      variant="drawer"
      title={title}
      onClose={requestClose}
      testId="product-form"
      footer={
        <DialogActions
          cancelLabel={t('form.cancel')}
          onCancel={requestClose}
          confirmLabel={saving ? t('form.saving') : t('form.save')}
          form={formId}
          disabled={saving || !writable}
        />
      }
    >
      <form id={formId} ref={formRef} className="product-form" onSubmit={save} noValidate>
        {confirmingClose && (
          <Alert tone="warning" title={t('form.unsavedTitle')}>
            <p>{t('form.unsavedBody')}</p>
            <div className="button-row">
              <button type="button" className="button button-small" onClick={() => setConfirmingClose(false)}>
                {t('form.keepEditing')}
              </button>
              <button type="button" className="button button-small button-danger" onClick={onClose}>
                {t('form.discard')}
              </button>
            </div>
          </Alert>
        )}
        {!writable && <ReadOnlyNote />}
        {failure && <Alert>{failure}</Alert>}
        {product?.pending && <p className="form-note">{t('form.pending')}</p>}
        {product && <OfferStandings product={product} />}
        {product && <ProductLeaf product={product} writable={writable} />}
        <BackMarketProblems product={product} draft={draft} focusField={focusField} />
        {FORM_SECTIONS.map((section) => (
          <fieldset key={section.id} className="form-section">
            <legend>{t(`form.sections.${section.id}`)}</legend>
            <div className="form-grid">
              {section.fields.map((field) => {
                const id = `${idPrefix}-${field}`;
                const problem = problems[field];
                const common = {
                  id,
                  name: field,
                  className: problem ? 'input input-invalid' : 'input',
                  value: draft.fields[field],
                  'aria-invalid': problem ? true : undefined,
                  'aria-describedby': problem ? `${id}-error` : undefined,
                  onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                    change({ ...draft, fields: { ...draft.fields, [field]: event.target.value } }, field),
                };
                return (
                  <div key={field} className={`field${field === 'description' || field === 'title' ? ' field-wide' : ''}`}>
                    <label htmlFor={id}>{t(`fields.${field}`)}</label>
                    {field === 'description' ? (
                      <textarea {...common} rows={4} />
                    ) : (
                      <input {...common} inputMode={NUMBER_FIELDS.has(field) ? 'decimal' : undefined} data-autofocus={field === 'productNumber' || undefined} />
                    )}
                    {field === 'productNumber' && product && <BackMarketSku product={product} id={`${id}-backmarket`} />}
                    {problem && (
                      <span id={`${id}-error`} className="field-error">
                        {problem}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <AttributesEditor
          attributes={draft.attributes}
          problems={problems}
          onChange={(attributes, key) => change({ ...draft, attributes }, key)}
        />
      </form>
    </Dialog>
  );
}
