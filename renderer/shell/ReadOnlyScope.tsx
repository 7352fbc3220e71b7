// Editing controls that the catalogue must accept: all off (a disabled fieldset) while the catalogue is open read-only
// or its file disappeared, with a short note that the banner above says why. Reading, paging and export stay outside.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueWritable } from '../api/backup-queries';

/** "Editing is off": shown where a control is off only because the catalogue takes no changes. */
export function ReadOnlyNote() {
  const { t } = useTranslation();
  return (
    <p className="form-note read-only-note" role="note" data-testid="read-only-note">
      {t('catalogueProblem.editingOff')}
    </p>
  );
}

export function ReadOnlyScope({ children, note = true }: { children: ReactNode; note?: boolean }) {
  const writable = useCatalogueWritable();
  return (
    <fieldset className="read-only-scope" disabled={!writable}>
      {!writable && note && <ReadOnlyNote />}
      {children}
    </fieldset>
  );
}
