// Asks before deleting the selected products, then deletes them through catalogue:delete.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { invalidateCatalogue } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';

interface DeleteDialogProps {
  productIds: number[];
  onClose(): void;
  onDeleted(deleted: number): void;
}

export function DeleteDialog({ productIds, onClose, onDeleted }: DeleteDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function confirm() {
    setDeleting(true);
    setFailure(null);
    try {
      const { deleted } = await api.call('catalogue:delete', { ids: productIds });
      void invalidateCatalogue(queryClient);
      onDeleted(deleted);
    } catch (error) {
      setFailure(messageOf(error, t('errors.unexpected')));
      setDeleting(false);
    }
  }

  return (
    <Dialog
      title={t('deleteDialog.title', { count: productIds.length })}
      role="alertdialog"
      onClose={onClose}
      testId="delete-dialog"
      footer={
        // Cancel first and focused first: the safe choice is the default.
        <DialogActions
          cancelLabel={t('deleteDialog.cancel')}
          onCancel={onClose}
          confirmLabel={t('deleteDialog.confirm')}
          onConfirm={() => void confirm()}
          disabled={deleting}
          tone="danger"
          autoFocus="cancel"
        />
      }
    >
      {failure && <Alert>{failure}</Alert>}
      <p>{t('deleteDialog.body')}</p>
    </Dialog>
  );
}
