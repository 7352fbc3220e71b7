// "Import from a file": an "Export everything" file replaces the current mode's database after a confirmation; the
// current file is backed up first (by main). Used in Settings and on the recovery screen.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';

export function ImportEverything() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosenFile, setChosenFile] = useState<File | null>(null);
  const importAll = useMutation({
    mutationFn: async (file: File) => {
      const { fileId } = await api.stageFile(file);
      return api.call('backup:importAll', { fileId });
    },
    onSuccess: () => {
      setChosenFile(null);
      // Everything on screen may have changed: catalogue, mappings, orders, the backups themselves.
      void queryClient.invalidateQueries();
    },
    onError: () => setChosenFile(null),
  });

  return (
    <>
      <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={importAll.isPending}>
        {importAll.isPending ? t('backups.importing') : t('backups.importAll')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-everything-file"
        onChange={(event) => {
          setChosenFile(event.target.files?.[0] ?? null);
          event.target.value = '';
        }}
      />
      {importAll.data && <Alert tone="success">{t('backups.imported', { rows: importAll.data.rows })}</Alert>}
      {importAll.isError && <Alert>{messageOf(importAll.error, t('errors.unexpected'))}</Alert>}
      {chosenFile && (
        <Dialog
          title={t('backups.confirmImportTitle')}
          role="alertdialog"
          onClose={() => setChosenFile(null)}
          footer={
            <DialogActions
              cancelLabel={t('backups.cancel')}
              onCancel={() => setChosenFile(null)}
              confirmLabel={importAll.isPending ? t('backups.importing') : t('backups.importConfirm')}
              onConfirm={() => importAll.mutate(chosenFile)}
              disabled={importAll.isPending}
              autoFocus="confirm"
            />
          }
        >
          <p>{t('backups.confirmImport', { fileName: chosenFile.name })}</p>
        </Dialog>
      )}
    </>
  );
}
