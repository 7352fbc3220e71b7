// One filter of a list as a labelled select: "all" first, then the options; a value filtered on but gone from the
// options (edited or synced away) stays choosable, so the filter never silently changes under the merchant.
import { useId } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect({ label, allLabel, value, options, onChange }: { label: string; allLabel: string; value: string; options: FilterOption[]; onChange(value: string): void }) {
  const id = useId();
  // A long choice (a category path) may be cut by the select's width: its whole text shows on hover.
  const chosen = value ? (options.find((option) => option.value === value)?.label ?? value) : allLabel;
  return (
    <div className="filter">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <select id={id} className="select" title={chosen} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {value && !options.some((option) => option.value === value) && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
