// Counts, per mapped column, the values read and the values refused by reason, to stop an import whose column would be
// refused on most rows (a wrong encoding or unit turns every price into "337,50 ¤") and to list the unit conversions made.
import type { ColumnStop, UnitConversion } from '../../../../shared/catalogue';
import type { CellProblem, CellReading } from '../../../../shared/csv-cells';
import { isMeasureField, STORED_UNIT, UNIT_FACTORS } from '../../../../shared/units';
import type { ColumnPlan, FieldColumn } from './row-values';

interface ColumnCounts {
  values: number;
  converted: number;
  refused: Map<CellProblem, { count: number; example: string; reason: string }>;
}

export interface ColumnTally {
  observe(column: FieldColumn, text: string, reading: CellReading): void;
  /** Columns refused on more than half of the rows for one reason, most refused first. */
  stops(rows: number): ColumnStop[];
  conversions(): UnitConversion[];
}

export function createColumnTally(plan: ColumnPlan): ColumnTally {
  // By column index: an array lookup per cell, as this runs for every cell of a 100,000-row file.
  const counts: ColumnCounts[] = [];
  for (const column of plan.fields) counts[column.index] = { values: 0, converted: 0, refused: new Map() };
  return {
    observe(column, text, reading) {
      if (text === '') return;
      const tally = counts[column.index] as ColumnCounts;
      tally.values += 1;
      if (reading.ok) {
        if (reading.convertedFrom) tally.converted += 1;
        return;
      }
      const refused = tally.refused.get(reading.problem);
      if (refused) refused.count += 1;
      else tally.refused.set(reading.problem, { count: 1, example: text, reason: reading.reason });
    },

    stops(rows) {
      const stops: ColumnStop[] = [];
      for (const column of plan.fields) {
        const tally = counts[column.index] as ColumnCounts;
        for (const [problem, refused] of tally.refused) {
          if (refused.count * 2 > rows) {
            stops.push({ header: column.header, field: column.field, problem, refused: refused.count, values: tally.values, example: refused.example, reason: refused.reason });
          }
        }
      }
      return stops.sort((a, b) => b.refused - a.refused);
    },

    conversions() {
      return plan.fields.flatMap((column): UnitConversion[] => {
        if (!isMeasureField(column.field) || !column.unit) return [];
        const storedUnit = STORED_UNIT[column.field];
        const converted = (counts[column.index] as ColumnCounts).converted;
        if (column.unit === storedUnit && converted === 0) return [];
        return [{ header: column.header, field: column.field, unit: column.unit, storedUnit, factor: UNIT_FACTORS[column.unit], converted }];
      });
    },
  };
}
