// The wizard's choice for a product number found on more than one row of the file: the last row wins (what a
// spreadsheet export usually means), the first row wins, or the repeats are rejected. The report lists every repeat.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from '../../../shared/catalogue';

export function DuplicateChoice({ value, disabled, onChange }: { value: DuplicatePolicy; disabled: boolean; onChange(policy: DuplicatePolicy): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter duplicate-choice">
      <label className="filter-label" htmlFor={id}>
        {t('importNotes.duplicatesChoice')}
      </label>
      <select id={id} className="select" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as DuplicatePolicy)}>
        {DUPLICATE_POLICIES.map((policy) => (
          <option key={policy} value={policy}>
            {t(`importNotes.policies.${policy}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
