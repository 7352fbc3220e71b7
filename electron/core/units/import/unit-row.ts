// Turns one CSV row into a unit's fields under the merchant's column mapping, or says which column is wrong and how to
// fix it: IMEIs Luhn-checked (and spotted when a spreadsheet rounded them), costs with decimal commas, battery "91 %",
// dates in the usual European forms, grades and VAT regimes in the merchant's words.
import { isGrade, suggestGrade, type Grade } from '../../../../shared/grades';
import { isValidImei, normaliseImei, unitFieldsProblem, type UnitFields, type VatRegime } from '../../../../shared/device-units';
import type { UnitColumn } from '../../../../shared/units-import';
import { parseDecimal } from '../../../../shared/decimal';
import { unguardFormula } from '../../catalogue/csv/formula-guard';

export interface UnitRowPlan {
  /** Column index per unit field the file maps. */
  columns: Partial<Record<UnitColumn, number>>;
  headers: string[];
  defaults: { vatRegime: VatRegime; currency: 'EUR' | 'GBP' | 'SEK' };
  /** The product number a SKU or a model names (exact, or differing only in case; a model by product title). */
  resolveProduct: (sku: string, model: string) => string | undefined;
}

export type UnitRowReading = { ok: true; fields: UnitFields } | { ok: false; header: string | null; reason: string };

const fail = (plan: UnitRowPlan, column: UnitColumn | null, reason: string): UnitRowReading => ({
  ok: false,
  header: column === null ? null : (plan.headers[plan.columns[column] ?? -1] ?? column),
  reason,
});

const MARGIN_WORDS = new Set(['margin', 'margin scheme', 'marginal', 'marge', 'regime de la marge', 'differenzbesteuerung', 'margen', 'regimen especial', 'regime del margine', 'margine', 'margeregeling', 'yes', 'oui', 'ja', 'si', 'sì']);
const REGULAR_WORDS = new Set(['regular', 'normal', 'standard', 'normale', 'regulier', 'regulär', 'regelbesteuerung', 'general', 'ordinario', 'no', 'non', 'nein', 'nee']);

function readVatRegime(text: string): VatRegime | undefined {
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  if (MARGIN_WORDS.has(folded)) return 'margin';
  if (REGULAR_WORDS.has(folded)) return 'regular';
  return undefined;
}

/**
 * Remembers what a function of a cell's text answered: an import of 100,000 devices repeats a few hundred dates and
 * grades, and parsing each again (a Date per row) was a tenth of the import's own time. Bounded, for a file of all
 * different values.
 */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    if (answers.size >= 10_000) answers.clear();
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}

/** The VAT regime a cell names (the same few words on every row). */
const vatRegimeOf = remembered(readVatRegime);

/** YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or DD-MM-YYYY (European day first), to YYYY-MM-DD. */
const dateOf = remembered(parseDate);
function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : european ? [european[3], european[2], european[1]] : [];
  if (!year || !month || !day) return undefined;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : undefined;
}

const gradeOf = remembered((text: string): Grade | undefined => {
  const upper = text.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return isGrade(upper) ? upper : undefined;
});
/** The Back Market grade a merchant's own grade names or suggests. */
const gradeOfMerchantGrade = remembered((text: string): Grade | null => gradeOf(text) ?? suggestGrade(text));

const centsOfText = (text: string): number | undefined => {
  const amount = parseDecimal(text);
  return amount === undefined ? undefined : Math.round(amount * 100);
};

export function readUnitRow(plan: UnitRowPlan, cells: readonly string[]): UnitRowReading {
  const text = (column: UnitColumn): string => {
    const index = plan.columns[column];
    const raw = index === undefined ? undefined : cells[index];
    return raw === undefined ? '' : unguardFormula(raw.trim());
  };

  const identifiers: Record<'imei' | 'imei2', string | null> = { imei: null, imei2: null };
  for (const column of ['imei', 'imei2'] as const) {
    const value = text(column);
    if (value === '') continue;
    if (/e\+?\d+$/i.test(value)) return fail(plan, column, `"${value}" is an IMEI a spreadsheet turned into a rounded number. Format the column as text in the spreadsheet, export again and import.`);
    const imei = normaliseImei(value);
    if (!/^\d{15}$/.test(imei)) return fail(plan, column, `"${value}" is not an IMEI: an IMEI has 15 digits. Correct it from the device (*#06#) and import again.`);
    if (!isValidImei(imei)) return fail(plan, column, `IMEI ${imei} fails its check digit (Luhn): one digit is wrong. Correct it from the device (*#06#) and import again.`);
    identifiers[column] = imei;
  }

  const sku = text('sku');
  const model = text('model');
  if (sku === '' && model === '') return fail(plan, plan.columns.sku !== undefined ? 'sku' : 'model', 'The row names no product: give the SKU the device is sold as.');
  const productNumber = plan.resolveProduct(sku, model);
  if (productNumber === undefined) {
    const named = sku !== '' ? `SKU "${sku}"` : `model "${model}"`;
    return fail(plan, sku !== '' ? 'sku' : 'model', `No product of your catalogue has the ${named}. Add the product first, or correct the ${sku !== '' ? 'SKU' : 'model'} in the file.`);
  }

  const battery = text('batteryHealth').replace(/%$/, '').trim();
  const batteryHealth = battery === '' ? null : parseDecimal(battery);
  if (batteryHealth === undefined || (batteryHealth !== null && (batteryHealth < 0 || batteryHealth > 100))) {
    return fail(plan, 'batteryHealth', `"${text('batteryHealth')}" is not a battery health: write a percentage from 0 to 100.`);
  }

  const costs: Record<'purchaseCost' | 'repairCost', number | null> = { purchaseCost: null, repairCost: null };
  for (const column of ['purchaseCost', 'repairCost'] as const) {
    const value = text(column);
    if (value === '') continue;
    const cents = centsOfText(value);
    if (cents === undefined || cents < 0) return fail(plan, column, `"${value}" is not an amount: write it as 129.90 or 129,90, without a minus sign.`);
    costs[column] = cents;
  }

  const dateText = text('purchaseDate');
  const purchaseDate = dateText === '' ? null : dateOf(dateText);
  if (purchaseDate === undefined) return fail(plan, 'purchaseDate', `"${dateText}" is not a date: write it as 2026-03-31 or 31/03/2026.`);

  const regimeText = text('vatRegime');
  const vatRegime = regimeText === '' ? plan.defaults.vatRegime : vatRegimeOf(regimeText);
  if (vatRegime === undefined) return fail(plan, 'vatRegime', `"${regimeText}" is not a VAT regime: write "margin" for a device bought under the margin scheme, or "regular".`);

  const merchantGrade = text('merchantGrade');
  const gradeText = text('grade');
  const grade = gradeText === '' ? (merchantGrade === '' ? null : gradeOfMerchantGrade(merchantGrade)) : gradeOf(gradeText);
  if (grade === undefined) return fail(plan, 'grade', `"${gradeText}" is not a Back Market grade: use PREMIUM, EXCELLENT, VERY_GOOD, GOOD, FAIR or STALLONE.`);

  // Every value is read and typed above; what is left to check is across fields and text lengths.
  const fields: UnitFields = {
    imei: identifiers.imei,
    imei2: identifiers.imei2,
    serialNumber: text('serialNumber'),
    sku: productNumber,
    merchantGrade,
    grade,
    batteryHealth: batteryHealth === null ? null : Math.round(batteryHealth),
    colour: text('colour'),
    storage: text('storage'),
    purchaseDate,
    supplier: text('supplier'),
    purchaseCostCents: costs.purchaseCost,
    repairCostCents: costs.repairCost ?? 0,
    currency: plan.defaults.currency,
    vatRegime,
    notes: text('notes'),
  };
  const problem = unitFieldsProblem(fields);
  if (problem) {
    const column = problem.path as UnitColumn;
    return fail(plan, column in plan.columns ? column : null, problem.message);
  }
  return { ok: true, fields };
}
