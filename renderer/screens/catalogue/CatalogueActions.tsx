// The catalogue's action bar: new product, bulk edit and delete of the selection, CSV export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useCatalogueWritable } from '../../api/backup-queries';
import { messageOf } from '../../api/call-error';
import { useCatalogueStore } from '../../store/catalogue-store';
import { BulkEditDialog } from './BulkEditDialog';
import { DeleteDialog } from './DeleteDialog';
import { saveDownload } from '../../components/save-download';

interface CatalogueActionsProps {
  /** A short confirmation or failure for the status line. */
  onReport(report: { tone: 'success' | 'error'; message: string }): void;
}

export function CatalogueActions({ onReport }: CatalogueActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const selection = useCatalogueStore((state) => state.selection);
  const clearSelection = useCatalogueStore((state) => state.clearSelection);
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  const [dialog, setDialog] = useState<'bulk' | 'delete' | null>(null);
  const [exporting, setExporting] = useState(false);
  const selectedIds = [...selection];
  // Read-only catalogue: the banner says why; export still works.
  const writable = useCatalogueWritable();

  async function exportCsv() {
    setExporting(true);
    try {
      const csv = await api.call('catalogue:export', {});
      saveDownload(csv.content, csv.fileName, 'text/csv');
      onReport({ tone: 'success', message: t('catalogue.exported', { count: csv.rowCount, fileName: csv.fileName }) });
    } catch (error) {
      onReport({ tone: 'error', message: messageOf(error, t('errors.unexpected')) });
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="actions">
      {selectedIds.length > 0 && (
        <span className="selection-summary">
          {t('catalogue.selectedCount', { count: selectedIds.length })}
          <button type="button" className="button button-ghost button-small" onClick={clearSelection}>
            {t('catalogue.clearSelection')}
          </button>
        </span>
      )}
      <button type="button" className="button" disabled={!writable || selectedIds.length === 0} onClick={() => setDialog('bulk')}>
        {t('catalogue.bulkEdit')}
      </button>
      <button type="button" className="button" disabled={!writable || selectedIds.length === 0} onClick={() => setDialog('delete')}>
        {t('catalogue.delete')}
      </button>
      <button type="button" className="button" disabled={exporting} onClick={() => void exportCsv()}>
        {exporting ? t('catalogue.exporting') : t('catalogue.exportCsv')}
      </button>
      <button type="button" className="button button-primary" disabled={!writable} onClick={() => setOpenProduct({ mode: 'new' })}>
        {t('catalogue.newProduct')}
      </button>
      {dialog === 'bulk' && (
        <BulkEditDialog
          productIds={selectedIds}
          onClose={() => setDialog(null)}
          onApplied={(updated) => {
            setDialog(null);
            onReport({ tone: 'success', message: t('catalogue.updated', { count: updated }) });
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDialog
          productIds={selectedIds}
          onClose={() => setDialog(null)}
          onDeleted={(deleted) => {
            setDialog(null);
            clearSelection();
            onReport({ tone: 'success', message: t('catalogue.deleted', { count: deleted }) });
          }}
        />
      )}
    </div>
  );
}
