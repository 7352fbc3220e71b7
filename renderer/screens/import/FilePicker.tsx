// Choosing the CSV file: a labelled file input (the label is the visible button) that also takes a dropped file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function FilePicker({ onFile, compact = false }: { onFile(file: File): void; compact?: boolean }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`file-drop${dragging ? ' file-drop-active' : ''}${compact ? ' file-drop-compact' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <label className="button button-primary file-label">
        {compact ? t('import.chooseAnother') : t('import.chooseFile')}
        <input
          type="file"
          className="sr-only"
          accept=".csv,.txt,text/csv"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it) still counts as a choice.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      {!compact && <span className="muted">{t('import.dropHint')}</span>}
    </div>
  );
}
