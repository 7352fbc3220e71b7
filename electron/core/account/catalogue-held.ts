// What the catalogue itself holds for a matched offer's price, quantity and grade where the mapping gives the sync no
// value yet (the merchant has not mapped the field): the review shows the catalogue's own value beside Back Market's
// rather than "(none)", and equal values are no difference. A grade is compared as the grade the condition map makes of
// it ('A' mapped to Excellent is EXCELLENT), never as the merchant's raw condition.
import { isGrade } from '../../../shared/grades';
import type { ReviewField } from '../../../shared/account';
import type { ValidationContext, ValidationProduct } from '../../../shared/validation';
import type { Db } from '../db/connection';

interface CatalogueColumns {
  price_cents: number | null;
  stock: number | null;
  condition: string | null;
}

/** The grade a catalogue value stands for: a grade as it is (whatever its case), a condition through the condition map. */
export function gradeOf(context: ValidationContext, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  if (isGrade(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return context.conditionMap.get(trimmed) ?? trimmed;
}

export interface CatalogueHeld {
  /**
   * The catalogue's values of an offer (as catalogueValues gives them, filled in place: an import fills one per offer),
   * with price, quantity and grade filled in where the mapping gives none.
   */
  fill(product: ValidationProduct, country: string, mine: Record<ReviewField, string>): Record<ReviewField, string>;
}

export function catalogueHeld(db: Db, context: ValidationContext): CatalogueHeld {
  const currencies = new Map(context.countries.map((entry) => [entry.country.code, entry.country.currency]));
  let read: ((productNumber: string) => CatalogueColumns | undefined) | undefined;
  // A product's markets come one after the other: its columns are read once for all of them.
  let last: { productNumber: string; columns: CatalogueColumns | undefined } | undefined;
  const columnsOf = (productNumber: string): CatalogueColumns | undefined => {
    if (last?.productNumber === productNumber) return last.columns;
    // Prepared at the first offer that needs it: with every field mapped (nearly always), it is never read.
    read ??= (() => {
      const statement = db.prepare('SELECT price_cents, stock, condition FROM products WHERE product_number = ?');
      return (number: string) => statement.get(number) as CatalogueColumns | undefined;
    })();
    last = { productNumber, columns: read(productNumber) };
    return last.columns;
  };
  return {
    fill(product, country, mine) {
      // What the mapping gave, before any of it is filled in.
      const { price, quantity, grade } = mine;
      mine.grade = gradeOf(context, grade);
      if (price !== '' && quantity !== '' && grade !== '') return mine;
      const columns = columnsOf(product.productNumber);
      if (price === '') {
        const stored = product.countryPrices?.[country];
        // The catalogue's own price is in euros: it is no price of a market in pounds.
        const own = columns?.price_cents !== null && columns?.price_cents !== undefined && currencies.get(country) === 'EUR' ? columns.price_cents / 100 : undefined;
        const filled = stored ?? own;
        if (filled !== undefined) mine.price = filled.toFixed(2);
      }
      if (quantity === '' && columns?.stock !== null && columns?.stock !== undefined) mine.quantity = String(columns.stock);
      if (grade === '' && columns?.condition) mine.grade = gradeOf(context, columns.condition);
      return mine;
    },
  };
}
