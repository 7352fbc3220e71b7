// Column targets as select values ("field:title", "attribute", "ignore"), and what the mapping as a whole is missing.
import type { ColumnTarget, ProductField } from '../../../shared/catalogue';
import type { MeasureUnit } from '../../../shared/units';
import { isMeasureField, STORED_UNIT } from '../../../shared/units';

export const IGNORE = 'ignore';
export const ATTRIBUTE = 'attribute';

export function targetToValue(target: ColumnTarget): string {
  if (target.kind === 'field') return `field:${target.field}`;
  return target.kind;
}

export function valueToTarget(value: string, header: string): ColumnTarget {
  if (value.startsWith('field:')) return { kind: 'field', field: value.slice('field:'.length) as ProductField };
  if (value === ATTRIBUTE) return { kind: 'attribute', name: header.trim() || 'column' };
  return { kind: 'ignore' };
}

/** A weight or dimension target read in the unit; the stored unit (grams, centimetres) is no unit at all. */
export function withUnit(target: Extract<ColumnTarget, { kind: 'field' }>, unit: MeasureUnit): ColumnTarget {
  if (!isMeasureField(target.field) || unit === STORED_UNIT[target.field]) return { kind: 'field', field: target.field };
  return { kind: 'field', field: target.field, unit };
}

export const importedColumnCount = (mapping: readonly ColumnTarget[]) => mapping.filter((target) => target.kind !== 'ignore').length;

export interface MappingProblems {
  missingProductNumber: boolean;
  /** Fields chosen for more than one column. */
  duplicateFields: ProductField[];
}

export function mappingProblems(mapping: readonly ColumnTarget[]): MappingProblems {
  const seen = new Map<ProductField, number>();
  for (const target of mapping) if (target.kind === 'field') seen.set(target.field, (seen.get(target.field) ?? 0) + 1);
  return {
    missingProductNumber: !seen.has('productNumber'),
    duplicateFields: [...seen].filter(([, count]) => count > 1).map(([field]) => field),
  };
}
