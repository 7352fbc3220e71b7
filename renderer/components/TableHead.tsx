// The head of a table: one row of column headings, each scoped to its column. A heading is its text, or its content
// with a class (numbers aligned to the end, a monospaced product number), or read only by a screen reader (a column of
// buttons needs a name, not a visible one), or nothing at all.
import type { ReactNode } from 'react';

export type ColumnHeading = ReactNode | { label: ReactNode; className?: string; screenReaderOnly?: boolean };

function isDescribed(heading: ColumnHeading): heading is { label: ReactNode; className?: string; screenReaderOnly?: boolean } {
  return typeof heading === 'object' && heading !== null && 'label' in heading;
}

export function TableHead({ columns }: { columns: readonly ColumnHeading[] }) {
  return (
    <thead>
      <tr>
        {columns.map((heading, index) => {
          if (!isDescribed(heading)) {
            return (
              <th key={index} scope="col">
                {heading}
              </th>
            );
          }
          return (
            <th key={index} scope="col" className={heading.className}>
              {heading.screenReaderOnly ? <span className="sr-only">{heading.label}</span> : heading.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
